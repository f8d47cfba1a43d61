import type { INodeProperties } from 'n8n-workflow';

import { type OperationModule } from '../shared/contract';
import { operationOptions } from '../shared/descriptions';
import { productVariation } from './config';

import * as batch from './batch.operation';
import * as create from './create.operation';
import * as deleteVariation from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as sync from './sync.operation';
import * as update from './update.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	batch,
	create,
	delete: deleteVariation,
	get,
	getAll,
	sync,
	update,
} satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	operationOptions(productVariation, [
		{ name: 'Batch', value: 'batch', description: 'Create, update or delete many variations of a product in one request per 100 items', action: 'Batch write product variations' },
		{ name: 'Create', value: 'create', description: 'Create a variation of a variable product', action: 'Create a product variation' },
		{ name: 'Delete', value: 'delete', description: 'Move a variation to the trash or delete it permanently', action: 'Delete a product variation' },
		{ name: 'Get', value: 'get', description: 'Get a variation of a product', action: 'Get a product variation' },
		{ name: 'Get Many', value: 'getAll', description: 'Get many variations of a product', action: 'Get many product variations' },
		{
			name: 'Sync',
			value: 'sync',
			description: 'Bring many variations of a product, found by SKU, to the incoming values of the chosen fields, writing only those that differ',
			action: 'Sync product variations by SKU',
		},
		{ name: 'Update', value: 'update', description: 'Update a variation of a product', action: 'Update a product variation' },
	]),
	...batch.description,
	...create.description,
	...deleteVariation.description,
	...get.description,
	...getAll.description,
	...sync.description,
	...update.description,
];
