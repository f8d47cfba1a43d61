import type { INodeProperties } from 'n8n-workflow';

import { type OperationModule } from '../shared/contract';
import { operationOptions } from '../shared/descriptions';
import { product } from './config';

import * as adjustStock from './adjustStock.operation';
import * as batch from './batch.operation';
import * as create from './create.operation';
import * as createOrUpdate from './createOrUpdate.operation';
import * as deleteProduct from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as setStock from './setStock.operation';
import * as sync from './sync.operation';
import * as update from './update.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	adjustStock,
	batch,
	create,
	createOrUpdate,
	delete: deleteProduct,
	get,
	getAll,
	setStock,
	sync,
	update,
} satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	operationOptions(product, [
		{
			name: 'Adjust Stock',
			value: 'adjustStock',
			description:
				'Add to or subtract from the stock quantity (reads the quantity, then writes the new one: WooCommerce has no atomic increment)',
			action: 'Adjust the stock of a product',
		},
		{ name: 'Batch', value: 'batch', description: 'Create, update or delete many products in one request per 100 items', action: 'Batch write products' },
		{ name: 'Create', value: 'create', description: 'Create a product', action: 'Create a product' },
		{
			name: 'Create or Update',
			value: 'createOrUpdate',
			description: 'Update the product with this SKU, or create it when no product has the SKU',
			action: 'Create or update a product by SKU',
		},
		{ name: 'Delete', value: 'delete', description: 'Move a product to the trash or delete it permanently', action: 'Delete a product' },
		{ name: 'Get', value: 'get', description: 'Get a product', action: 'Get a product' },
		{ name: 'Get Many', value: 'getAll', description: 'Get many products, with filters', action: 'Get many products' },
		{
			name: 'Set Stock Quantity',
			value: 'setStock',
			description: 'Set the stock quantity of a product (turns on Manage Stock)',
			action: 'Set the stock quantity of a product',
		},
		{
			name: 'Sync',
			value: 'sync',
			description: 'Bring many products, found by SKU, to the incoming values of the chosen fields, writing only the products that differ',
			action: 'Sync products by SKU',
		},
		{ name: 'Update', value: 'update', description: 'Update a product', action: 'Update a product' },
	]),
	...adjustStock.description,
	...batch.description,
	...create.description,
	...createOrUpdate.description,
	...deleteProduct.description,
	...get.description,
	...getAll.description,
	...setStock.description,
	...sync.description,
	...update.description,
];
