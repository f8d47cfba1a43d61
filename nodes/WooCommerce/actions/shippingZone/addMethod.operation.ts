import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { readBody } from '../shared/bodies';
import { type OperationLabel } from '../shared/contract';
import { fieldsCollection, showFor } from '../shared/descriptions';
import { parseTextId } from '../shared/ids';
import { getZoneId, methodBody, methodFields, methodPath, RESOURCE, zoneIdParameter } from './fields';

const properties: INodeProperties[] = [
	zoneIdParameter,
	{
		displayName: 'Method Name or ID',
		name: 'method_id',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getShippingMethods' },
		required: true,
		default: '',
		description:
			'Type of shipping method to add, e.g. flat_rate, free_shipping, local_pickup. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	fieldsCollection('additionalFields', 'Additional Fields', methodFields),
];

export const description = showFor(RESOURCE, 'addMethod', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const zoneId = getZoneId(this, itemIndex);
	const body = readBody(this, itemIndex, ['method_id'], 'additionalFields', methodBody);
	body.method_id = parseTextId(this, body.method_id, itemIndex, 'Method');
	return (await wooApiRequest.call(this, 'POST', methodPath(zoneId), { body, itemIndex })) as IDataObject;
}

export const option: OperationLabel = { name: 'Add Method', description: 'Add a shipping method (e.g. flat rate) to a zone', action: 'Add a method to a shipping zone' };
