import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { extraFieldsJson } from '../../descriptions/common.descriptions';
import { show } from '../crud';
import { wooApiRequest } from '../../transport';
import { productBody } from './body';
import { product } from './config';
import { productNameField, productOptionalFields } from './fields';

export function productCollection(name: string, displayName: string, fields: INodeProperties[]): INodeProperties {
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
	productNameField,
	productCollection('additionalFields', 'Additional Fields', productOptionalFields),
];

export const description = show(product, 'create', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const name = this.getNodeParameter('name', itemIndex) as string;
	const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = productBody(this, itemIndex, 'product', { name }, additional);
	return (await wooApiRequest.call(this, 'POST', 'products', { body, itemIndex })) as IDataObject;
}
