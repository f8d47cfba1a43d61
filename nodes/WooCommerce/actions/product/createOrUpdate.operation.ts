import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { fieldsCollection, show } from '../shared/descriptions';
import { itemLabel, operationError } from '../shared/errors';
import { productBody } from '../shared/productBody';
import { productNameField, productOptionalFields } from '../shared/productFields';
import { product } from './config';

const properties: INodeProperties[] = [
	{
		displayName: 'SKU',
		name: 'upsertSku',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. WOO-TEE-1',
		description:
			'The SKU that identifies the product. The node looks it up once (GET products?sku=…): when a product has this SKU it is updated, otherwise a product with this SKU is created. The output says which in "_operation" ("created" or "updated").',
	},
	{
		...fieldsCollection(
			'additionalFields',
			'Additional Fields',
			[{ ...productNameField, required: false, description: 'Name of the product; when a new product is created without one, WooCommerce names it "Product"' }, ...productOptionalFields.filter((field) => field.name !== 'sku')],
		),
		description: 'Sent both when creating and when updating',
	},
];

export const description = show(product, 'createOrUpdate', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const sku = String(this.getNodeParameter('upsertSku', itemIndex, '') ?? '').trim();
	if (sku === '') {
		throw operationError(
			this,
			itemIndex,
			`The field "SKU" is empty in ${itemLabel(itemIndex)}`,
			'Create or Update finds the product by its SKU: give one, or use Create.',
		);
	}
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = productBody(this, itemIndex, 'product', fields);
	delete body.sku;

	const found = (await wooApiRequest.call(this, 'GET', 'products', {
		qs: { sku, status: 'any', _fields: 'id,sku' },
		itemIndex,
	})) as IDataObject[];
	// WooCommerce matches `sku` exactly, but keep only exact matches in case a store plugin widens the search.
	const matches = (Array.isArray(found) ? found : []).filter((entry) => String(entry.sku ?? '') === sku);
	if (matches.length > 1) {
		throw operationError(
			this,
			itemIndex,
			`Several products have the SKU "${sku}" (IDs ${matches.map((entry) => String(entry.id)).join(', ')}), so ${itemLabel(itemIndex)} was not written`,
			'Make the SKUs unique in the store, or update the product by ID.',
		);
	}
	if (matches.length === 1) {
		const id = Number(matches[0].id);
		const record = (await wooApiRequest.call(this, 'PUT', `products/${id}`, { body, itemIndex })) as IDataObject;
		return { _operation: 'updated', ...record };
	}
	const record = (await wooApiRequest.call(this, 'POST', 'products', {
		body: { ...body, sku },
		itemIndex,
	})) as IDataObject;
	return { _operation: 'created', ...record };
}
