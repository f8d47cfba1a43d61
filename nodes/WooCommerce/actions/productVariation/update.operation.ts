import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { nothingToUpdate } from '../shared/bodies';
import { type OperationLabel } from '../shared/contract';
import { fieldsCollection, show } from '../shared/descriptions';
import { recordId } from '../shared/ids';
import { productBody } from '../shared/productBody';
import { productVariation } from './config';
import { variationAttributesField, variationOptionalFields } from './fields';

const properties: INodeProperties[] = [
	productVariation.idParameter,
	fieldsCollection('updateFields', 'Update Fields', [variationAttributesField, ...variationOptionalFields]),
];

export const description = show(productVariation, 'update', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const endpoint = productVariation.collection.call(this, itemIndex);
	const id = recordId(this, productVariation, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body = productBody(this, itemIndex, 'variation', fields);
	if (Object.keys(body).length === 0) {
		throw nothingToUpdate(this, itemIndex);
	}
	return (await wooApiRequest.call(this, 'PUT', `${endpoint}/${id}`, { body, itemIndex })) as IDataObject;
}

export const option: OperationLabel = { name: 'Update', description: 'Update a variation of a product', action: 'Update a product variation' };
