import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { wooApiBatch } from '../../transport';
import { type OperationLabel } from '../shared/contract';
import { batchOptions, showFor } from '../shared/descriptions';
import { batchItemErrorJson, itemErrorJson, operationError } from '../shared/errors';
import { batchConcurrency } from '../shared/factories';
import { parseTextId } from '../shared/ids';
import { getGroup, groupParameter, RESOURCE } from './fields';
import { settingValue } from './value';

const properties: INodeProperties[] = [
	groupParameter,
	{
		displayName: 'Setting ID',
		name: 'batchSettingId',
		type: 'string',
		required: true,
		default: '={{ $json.id }}',
		description: 'ID of the setting each item updates, e.g. woocommerce_currency',
	},
	{
		displayName: 'Value',
		name: 'batchValue',
		type: 'string',
		default: '={{ $json.value }}',
		description: 'New value each item sets; an expression that gives a list (e.g. countries) is sent as a list',
	},
	batchOptions,
];

export const description = showFor(RESOURCE, 'batch', properties);

/** Updates many settings of one group in one request per 100 items; each output item carries its own result or error. */
export async function executeAll(this: IExecuteFunctions, items: INodeExecutionData[]) {
	const output: INodeExecutionData[] = new Array(items.length);
	const operations: Array<{ itemIndex: number; payload: IDataObject }> = [];
	const groups = new Set<string>();
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			groups.add(getGroup(this, itemIndex));
			const id = parseTextId(this, this.getNodeParameter('batchSettingId', itemIndex, ''), itemIndex, 'Setting ID', {
				pattern: /^[\w-]+$/,
				hint: 'Use the setting ID (e.g. woocommerce_currency), not its label.',
			});
			const value = settingValue(this, itemIndex, this.getNodeParameter('batchValue', itemIndex, ''), false, 'Value');
			operations.push({ itemIndex, payload: { id, value } as IDataObject });
		} catch (error) {
			const failure = error instanceof NodeOperationError ? error : new NodeOperationError(this.getNode(), error as Error, { itemIndex });
			if (!this.continueOnFail()) throw failure;
			output[itemIndex] = { json: itemErrorJson(failure), pairedItem: { item: itemIndex } };
		}
	}
	if (groups.size > 1) {
		throw operationError(
			this,
			0,
			'Batch items point to different settings groups',
			'A batch updates one group: use the same group for every item, or split the items first.',
		);
	}
	if (operations.length) {
		// partial: a failed request keeps what the requests before it applied (see the generic batch operation).
		const results = await wooApiBatch.call(
			this,
			`settings/${[...groups][0]}`,
			{ update: operations.map((operation) => operation.payload) },
			{ partial: true, concurrency: batchConcurrency(this) },
		);
		if (results.failure && !this.continueOnFail()) throw results.failure.error;
		operations.forEach((operation, position) => {
			const result = results.update[position];
			output[operation.itemIndex] = {
				json: result.ok ? result.json : batchItemErrorJson(result.json),
				pairedItem: { item: operation.itemIndex },
			};
		});
	}
	return output;
}

export const option: OperationLabel = { name: 'Batch', description: 'Update many settings of a group from the input items', action: 'Batch update settings' };
