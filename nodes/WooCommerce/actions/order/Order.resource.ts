import type { INodeProperties } from 'n8n-workflow';

import { type OperationModule } from '../shared/contract';
import { operationOptions } from '../shared/descriptions';
import { order } from './config';

import * as addNote from './addNote.operation';
import * as batch from './batch.operation';
import * as changeStatus from './changeStatus.operation';
import * as create from './create.operation';
import * as deleteOrder from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	addNote,
	batch,
	changeStatus,
	create,
	delete: deleteOrder,
	get,
	getAll,
	update,
} satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	operationOptions(order, [
		{ name: 'Add Note', value: 'addNote', description: 'Add a private or customer note to an order', action: 'Add a note to an order' },
		{ name: 'Batch', value: 'batch', description: 'Create, update or delete many orders in one request per 100 items', action: 'Batch write orders' },
		{ name: 'Change Status', value: 'changeStatus', description: 'Set the status of an order (custom statuses included)', action: 'Change the status of an order' },
		{ name: 'Create', value: 'create', description: 'Create an order', action: 'Create an order' },
		{ name: 'Delete', value: 'delete', description: 'Move an order to the trash or delete it permanently', action: 'Delete an order' },
		{ name: 'Get', value: 'get', description: 'Get an order', action: 'Get an order' },
		{ name: 'Get Many', value: 'getAll', description: 'Get many orders', action: 'Get many orders' },
		{ name: 'Update', value: 'update', description: 'Update an order', action: 'Update an order' },
	]),
	...addNote.description,
	...batch.description,
	...changeStatus.description,
	...create.description,
	...deleteOrder.description,
	...get.description,
	...getAll.description,
	...update.description,
];
