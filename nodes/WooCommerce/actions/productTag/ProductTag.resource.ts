import type { INodeProperties } from 'n8n-workflow';

import { type OperationModule } from '../shared/contract';
import { operationOptions } from '../shared/descriptions';
import { productTag } from './config';

import * as batch from './batch.operation';
import * as create from './create.operation';
import * as deleteTag from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	batch,
	create,
	delete: deleteTag,
	get,
	getAll,
	update,
} satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	operationOptions(productTag, [
		{ name: 'Batch', value: 'batch', description: 'Create, update or delete many tags in one request per 100 items', action: 'Batch write product tags' },
		{ name: 'Create', value: 'create', description: 'Create a product tag', action: 'Create a product tag' },
		{ name: 'Delete', value: 'delete', description: 'Delete a product tag', action: 'Delete a product tag' },
		{ name: 'Get', value: 'get', description: 'Get a product tag', action: 'Get a product tag' },
		{ name: 'Get Many', value: 'getAll', description: 'Get many product tags', action: 'Get many product tags' },
		{ name: 'Update', value: 'update', description: 'Update a product tag', action: 'Update a product tag' },
	]),
	...batch.description,
	...create.description,
	...deleteTag.description,
	...get.description,
	...getAll.description,
	...update.description,
];
