import type { INodeProperties } from 'n8n-workflow';

import { type OperationModule } from '../shared/contract';
import { operationOptions } from '../shared/descriptions';
import { productAttribute } from './config';

import * as batch from './batch.operation';
import * as create from './create.operation';
import * as deleteAttribute from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	batch,
	create,
	delete: deleteAttribute,
	get,
	getAll,
	update,
} satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	operationOptions(productAttribute, [
		{ name: 'Batch', value: 'batch', description: 'Create, update or delete many attributes in one request per 100 items', action: 'Batch write product attributes' },
		{ name: 'Create', value: 'create', description: 'Create a global product attribute', action: 'Create a product attribute' },
		{ name: 'Delete', value: 'delete', description: 'Delete a product attribute and its terms', action: 'Delete a product attribute' },
		{ name: 'Get', value: 'get', description: 'Get a product attribute', action: 'Get a product attribute' },
		{ name: 'Get Many', value: 'getAll', description: 'Get all global product attributes', action: 'Get many product attributes' },
		{ name: 'Update', value: 'update', description: 'Update a product attribute', action: 'Update a product attribute' },
	]),
	...batch.description,
	...create.description,
	...deleteAttribute.description,
	...get.description,
	...getAll.description,
	...update.description,
];
