import type { INodeProperties } from 'n8n-workflow';

import { type OperationModule } from '../shared/contract';
import { operationOptions } from '../shared/descriptions';
import { productShippingClass } from './config';

import * as batch from './batch.operation';
import * as create from './create.operation';
import * as deleteShippingClass from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	batch,
	create,
	delete: deleteShippingClass,
	get,
	getAll,
	update,
} satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	operationOptions(productShippingClass, [
		{ name: 'Batch', value: 'batch', description: 'Create, update or delete many shipping classes in one request per 100 items', action: 'Batch write product shipping classes' },
		{ name: 'Create', value: 'create', description: 'Create a product shipping class', action: 'Create a product shipping class' },
		{ name: 'Delete', value: 'delete', description: 'Delete a product shipping class', action: 'Delete a product shipping class' },
		{ name: 'Get', value: 'get', description: 'Get a product shipping class', action: 'Get a product shipping class' },
		{ name: 'Get Many', value: 'getAll', description: 'Get many product shipping classes', action: 'Get many product shipping classes' },
		{ name: 'Update', value: 'update', description: 'Update a product shipping class', action: 'Update a product shipping class' },
	]),
	...batch.description,
	...create.description,
	...deleteShippingClass.description,
	...get.description,
	...getAll.description,
	...update.description,
];
