import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { fieldsCollection, show } from '../crud';
import { wooApiRequest } from '../../transport';
import { productBody } from '../product/body';
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
