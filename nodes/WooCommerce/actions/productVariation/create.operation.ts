import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { type OperationLabel } from '../shared/contract';
import { fieldsCollection, show } from '../shared/descriptions';
import { productBody } from '../shared/productBody';
import { productVariation } from './config';
import { variationAttributesField, variationOptionalFields } from './fields';

const properties: INodeProperties[] = [
	variationAttributesField,
	fieldsCollection(
		'additionalFields',
		'Additional Fields',
		variationOptionalFields,
	),
];

export const description = show(productVariation, 'create', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const endpoint = productVariation.collection.call(this, itemIndex);
	const attributes = this.getNodeParameter('attributes', itemIndex, {}) as IDataObject;
	const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = productBody(this, itemIndex, 'variation', { attributes }, additional);
	return (await wooApiRequest.call(this, 'POST', endpoint, { body, itemIndex })) as IDataObject;
}

export const option: OperationLabel = { name: 'Create', description: 'Create a variation of a variable product', action: 'Create a product variation' };
