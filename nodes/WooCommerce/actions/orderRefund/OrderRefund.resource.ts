import type { INodeProperties } from 'n8n-workflow';

import { type OperationModule } from '../shared/contract';
import { operationOptions } from '../shared/descriptions';
import { orderRefund } from './config';

import * as create from './create.operation';
import * as deleteRefund from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	create,
	delete: deleteRefund,
	get,
	getAll,
} satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	operationOptions(orderRefund, [
		{ name: 'Create', value: 'create', description: 'Refund an order, fully or in part', action: 'Create an order refund' },
		{ name: 'Delete', value: 'delete', description: 'Delete a refund record permanently (no money moves)', action: 'Delete an order refund' },
		{ name: 'Get', value: 'get', description: 'Get a refund of an order', action: 'Get an order refund' },
		{ name: 'Get Many', value: 'getAll', description: 'Get the refunds of an order', action: 'Get many order refunds' },
	]),
	...create.description,
	...deleteRefund.description,
	...get.description,
	...getAll.description,
];
