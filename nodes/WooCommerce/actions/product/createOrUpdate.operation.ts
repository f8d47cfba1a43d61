import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { type OperationLabel } from '../shared/contract';
import { fieldsCollection, show } from '../shared/descriptions';
import { itemLabel, operationError } from '../shared/errors';
import { productBody } from '../shared/productBody';
import { productNameField, productOptionalFields } from '../shared/productFields';
import { type UpsertItem, upsertItemOperation } from '../shared/upsert';
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

function prepare(ctx: IExecuteFunctions, itemIndex: number): UpsertItem {
	const sku = String(ctx.getNodeParameter('upsertSku', itemIndex, '') ?? '').trim();
	if (sku === '') {
		throw operationError(
			ctx,
			itemIndex,
			`The field "SKU" is empty in ${itemLabel(itemIndex)}`,
			'Create or Update finds the product by its SKU: give one, or use Create.',
		);
	}
	const fields = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = productBody(ctx, itemIndex, 'product', fields);
	delete body.sku;
	return { key: sku, create: { ...body, sku }, update: body };
}

// Many products are synced with Product > Sync (100 SKUs per lookup): Create or Update goes item by item.
export const execute = upsertItemOperation({
	label: 'product',
	plural: 'products',
	keyName: 'SKU',
	duplicateHint: 'Make the SKUs unique in the store, or update the product by ID.',
	collection: 'products',
	param: 'sku',
	qs: { status: 'any', _fields: 'id,sku' },
	prepare,
	// WooCommerce matches `sku` exactly, but keep only exact matches in case a store plugin widens the search.
	matches: (records, sku) => records.filter((entry) => String(entry.sku ?? '') === sku),
	same: (sku) => sku,
});

export const option: OperationLabel = { name: 'Create or Update', description: 'Update the product with this SKU, or create it when no product has the SKU', action: 'Create or update a product by SKU' };
