import type { INodeProperties } from 'n8n-workflow';

import { type OperationModule } from '../shared/contract';
import { operationOptions } from '../shared/descriptions';
import { taxRate } from './config';

import * as batch from './batch.operation';
import * as create from './create.operation';
import * as deleteTaxRate from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	batch,
	create,
	delete: deleteTaxRate,
	get,
	getAll,
	update,
} satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	operationOptions(taxRate, [
		{ name: 'Batch', value: 'batch', description: 'Create, update or delete many tax rates in one request per 100 items', action: 'Batch write tax rates' },
		{ name: 'Create', value: 'create', description: 'Create a tax rate', action: 'Create a tax rate' },
		{ name: 'Delete', value: 'delete', description: 'Delete a tax rate permanently', action: 'Delete a tax rate' },
		{ name: 'Get', value: 'get', description: 'Get a tax rate', action: 'Get a tax rate' },
		{ name: 'Get Many', value: 'getAll', description: 'Get many tax rates', action: 'Get many tax rates' },
		{ name: 'Update', value: 'update', description: 'Update a tax rate', action: 'Update a tax rate' },
	]),
	...batch.description,
	...create.description,
	...deleteTaxRate.description,
	...get.description,
	...getAll.description,
	...update.description,
];
