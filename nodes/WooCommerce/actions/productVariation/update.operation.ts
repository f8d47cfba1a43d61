import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { recordId, show } from '../crud';
import { itemLabel, operationError } from '../common';
import { wooApiRequest } from '../../transport';
import { productBody } from '../product/body';
import { productCollection } from '../product/create.operation';
import { productVariation } from './config';
import { variationAttributesField, variationOptionalFields } from './fields';

const properties: INodeProperties[] = [
	productVariation.idParameter,
	productCollection('updateFields', 'Update Fields', [variationAttributesField, ...variationOptionalFields]),
];

export const description = show(productVariation, 'update', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const endpoint = productVariation.collection.call(this, itemIndex);
	const id = recordId(this, productVariation, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body = productBody(this, itemIndex, 'variation', fields);
	if (Object.keys(body).length === 0) {
		throw operationError(this, itemIndex, `Nothing to update in ${itemLabel(itemIndex)}`, 'Add at least one field under "Update Fields".');
	}
	return (await wooApiRequest.call(this, 'PUT', `${endpoint}/${id}`, { body, itemIndex })) as IDataObject;
}
