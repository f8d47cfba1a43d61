import type { INodeProperties } from 'n8n-workflow';

import { type OperationModule } from '../shared/contract';
import { operationOptions } from '../shared/descriptions';
import { attributeTerm } from './config';

import * as batch from './batch.operation';
import * as create from './create.operation';
import * as deleteTerm from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	batch,
	create,
	delete: deleteTerm,
	get,
	getAll,
	update,
} satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	operationOptions(attributeTerm, [
		{ name: 'Batch', value: 'batch', description: 'Create, update or delete many terms of an attribute in one request per 100 items', action: 'Batch write attribute terms' },
		{ name: 'Create', value: 'create', description: 'Create a term of a product attribute', action: 'Create an attribute term' },
		{ name: 'Delete', value: 'delete', description: 'Delete an attribute term', action: 'Delete an attribute term' },
		{ name: 'Get', value: 'get', description: 'Get an attribute term', action: 'Get an attribute term' },
		{ name: 'Get Many', value: 'getAll', description: 'Get many terms of a product attribute', action: 'Get many attribute terms' },
		{ name: 'Update', value: 'update', description: 'Update an attribute term', action: 'Update an attribute term' },
	]),
	...batch.description,
	...create.description,
	...deleteTerm.description,
	...get.description,
	...getAll.description,
	...update.description,
];
