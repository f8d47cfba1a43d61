import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { extraFieldsJson } from '../../descriptions/common.descriptions';
import { wooApiRequest } from '../../transport';
import { show } from '../crud';
import { readBody } from '../order/body';
import { prepareCustomerBody } from './body';
import { customer } from './config';
import { customerEmailField, customerWritableFields } from './fields';

export function customerCollection(name: string, displayName: string, fields: INodeProperties[]): INodeProperties {
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
	customerEmailField,
	customerCollection('additionalFields', 'Additional Fields', customerWritableFields),
];

export const description = show(customer, 'create', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const body = prepareCustomerBody(this, itemIndex, readBody(this, itemIndex, ['email'], 'additionalFields'));
	return (await wooApiRequest.call(this, 'POST', 'customers', { body, itemIndex })) as IDataObject;
}
