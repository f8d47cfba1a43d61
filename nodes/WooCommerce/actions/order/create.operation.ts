import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { extraFieldsJson } from '../../descriptions/common.descriptions';
import { wooApiRequest } from '../../transport';
import { show } from '../crud';
import { prepareOrderBody, readBody } from './body';
import { order } from './config';
import { lineItemsField, orderWritableFields } from './fields';

export function orderCollection(name: string, displayName: string, fields: INodeProperties[]): INodeProperties {
	return {
		displayName,
		name,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [...fields, extraFieldsJson].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

const properties: INodeProperties[] = [
	lineItemsField,
	orderCollection('additionalFields', 'Additional Fields', orderWritableFields),
];

export const description = show(order, 'create', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const body = await prepareOrderBody(this, itemIndex, readBody(this, itemIndex, ['line_items'], 'additionalFields'));
	return (await wooApiRequest.call(this, 'POST', 'orders', { body, itemIndex })) as IDataObject;
}
