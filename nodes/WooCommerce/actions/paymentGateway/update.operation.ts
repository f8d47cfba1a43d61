import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { nothingToUpdate, readBody } from '../shared/bodies';
import { type OperationLabel } from '../shared/contract';
import { fieldsCollection, keyValueSettingsField, showFor } from '../shared/descriptions';
import { getTextId } from '../shared/ids';
import { keyValueObject } from '../shared/values';
import { gatewayIdParameter } from './fields';
import { gatewayPath } from './paths';

const gatewayFields: INodeProperties[] = [
	{
		displayName: 'Enabled',
		name: 'enabled',
		type: 'boolean',
		default: true,
		description: 'Whether customers can pay with this gateway',
	},
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		default: '',
		description: 'Name customers see at checkout',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'Text customers see at checkout',
	},
	{
		displayName: 'Order',
		name: 'order',
		type: 'number',
		default: 0,
		description: 'Position of the gateway at checkout (lower first)',
	},
	keyValueSettingsField(
		'Gateway settings by ID, as in the "settings" map of the gateway (e.g. instructions for bacs and cheque)',
		'e.g. instructions',
	),
];

export const description = showFor('paymentGateway', 'update', [
	gatewayIdParameter,
	fieldsCollection('updateFields', 'Update Fields', gatewayFields),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = getTextId(this, 'gatewayId', itemIndex, 'Payment Gateway');
	const body = readBody(this, itemIndex, [], 'updateFields', (ctx, index, values) => {
		const result = { ...values };
		if (Array.isArray(result.settings)) result.settings = keyValueObject(ctx, index, result.settings, 'Settings');
		return result;
	});
	if (Object.keys(body).length === 0) throw nothingToUpdate(this, itemIndex);
	return (await wooApiRequest.call(this, 'PUT', gatewayPath(id), { body, itemIndex })) as IDataObject;
}

export const option: OperationLabel = { name: 'Update', description: 'Enable, disable, rename or configure a payment gateway', action: 'Update a payment gateway' };
