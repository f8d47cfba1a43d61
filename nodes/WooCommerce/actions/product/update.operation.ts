import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { recordId, show } from '../crud';
import { itemLabel, operationError } from '../common';
import { wooApiRequest } from '../../transport';
import { productBody } from './body';
import { product } from './config';
import { productCollection } from './create.operation';
import { productNameField, productOptionalFields } from './fields';

const properties: INodeProperties[] = [
	product.idParameter,
	productCollection('updateFields', 'Update Fields', [{ ...productNameField, required: false }, ...productOptionalFields]),
];

export const description = show(product, 'update', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = recordId(this, product, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body = productBody(this, itemIndex, 'product', fields);
	if (Object.keys(body).length === 0) {
		throw operationError(this, itemIndex, `Nothing to update in ${itemLabel(itemIndex)}`, 'Add at least one field under "Update Fields".');
	}
	return (await wooApiRequest.call(this, 'PUT', `products/${id}`, { body, itemIndex })) as IDataObject;
}
