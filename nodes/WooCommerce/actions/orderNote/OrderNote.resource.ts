import type { INodeProperties } from 'n8n-workflow';

import { type OperationModule } from '../shared/contract';
import { operationOptions } from '../shared/descriptions';
import { orderNote } from './config';

import * as create from './create.operation';
import * as deleteNote from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	create,
	delete: deleteNote,
	get,
	getAll,
} satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	operationOptions(orderNote, [
		{ name: 'Create', value: 'create', description: 'Add a note to an order', action: 'Create an order note' },
		{ name: 'Delete', value: 'delete', description: 'Delete an order note permanently', action: 'Delete an order note' },
		{ name: 'Get', value: 'get', description: 'Get an order note', action: 'Get an order note' },
		{ name: 'Get Many', value: 'getAll', description: 'Get the notes of an order', action: 'Get many order notes' },
	]),
	...create.description,
	...deleteNote.description,
	...get.description,
	...getAll.description,
];
