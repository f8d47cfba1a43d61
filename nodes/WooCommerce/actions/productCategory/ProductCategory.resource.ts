import type { INodeProperties } from 'n8n-workflow';

import { type OperationModule } from '../shared/contract';
import { operationOptions } from '../shared/descriptions';
import { productCategory } from './config';

import * as batch from './batch.operation';
import * as create from './create.operation';
import * as deleteCategory from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	batch,
	create,
	delete: deleteCategory,
	get,
	getAll,
	update,
} satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	operationOptions(productCategory, [
		{ name: 'Batch', value: 'batch', description: 'Create, update or delete many categories in one request per 100 items', action: 'Batch write product categories' },
		{ name: 'Create', value: 'create', description: 'Create a product category', action: 'Create a product category' },
		{ name: 'Delete', value: 'delete', description: 'Delete a product category', action: 'Delete a product category' },
		{ name: 'Get', value: 'get', description: 'Get a product category', action: 'Get a product category' },
		{ name: 'Get Many', value: 'getAll', description: 'Get many product categories', action: 'Get many product categories' },
		{ name: 'Update', value: 'update', description: 'Update a product category', action: 'Update a product category' },
	]),
	...batch.description,
	...create.description,
	...deleteCategory.description,
	...get.description,
	...getAll.description,
	...update.description,
];
