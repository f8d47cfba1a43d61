import type { INodeProperties } from 'n8n-workflow';

import { type OperationModule } from '../shared/contract';
import { operationOptions } from '../shared/descriptions';
import { customer } from './config';

import * as batch from './batch.operation';
import * as create from './create.operation';
import * as createOrUpdate from './createOrUpdate.operation';
import * as deleteCustomer from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getDownloads from './getDownloads.operation';
import * as update from './update.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	batch,
	create,
	createOrUpdate,
	delete: deleteCustomer,
	get,
	getAll,
	getDownloads,
	update,
} satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	operationOptions(customer, [
		{ name: 'Batch', value: 'batch', description: 'Create, update or delete many customers in one request per 100 items', action: 'Batch write customers' },
		{ name: 'Create', value: 'create', description: 'Create a customer', action: 'Create a customer' },
		{ name: 'Create or Update', value: 'createOrUpdate', description: 'Create a new customer, or update the one with the same email', action: 'Create or update a customer' },
		{ name: 'Delete', value: 'delete', description: 'Delete a customer permanently', action: 'Delete a customer' },
		{ name: 'Get', value: 'get', description: 'Get a customer', action: 'Get a customer' },
		{ name: 'Get Downloads', value: 'getDownloads', description: 'Get the files a customer may download', action: 'Get the downloads of a customer' },
		{ name: 'Get Many', value: 'getAll', description: 'Get many customers', action: 'Get many customers' },
		{ name: 'Update', value: 'update', description: 'Update a customer', action: 'Update a customer' },
	]),
	...batch.description,
	...create.description,
	...createOrUpdate.description,
	...deleteCustomer.description,
	...get.description,
	...getAll.description,
	...getDownloads.description,
	...update.description,
];
