import type { INodeProperties } from 'n8n-workflow';

import { type OperationModule } from '../shared/contract';
import { operationProperty } from '../shared/descriptions';
import { RESOURCE } from './fields';

import * as batch from './batch.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getGroups from './getGroups.operation';
import * as update from './update.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	batch,
	get,
	getAll,
	getGroups,
	update,
} satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	operationProperty(
		RESOURCE,
		[
			{ name: 'Batch', value: 'batch', description: 'Update many settings of a group from the input items', action: 'Batch update settings' },
			{ name: 'Get', value: 'get', description: 'Get one setting of a group', action: 'Get a setting' },
			{ name: 'Get Groups', value: 'getGroups', description: 'Get the settings groups (General, Products, Tax...)', action: 'Get settings groups' },
			{ name: 'Get Many', value: 'getAll', description: 'Get every setting of a group', action: 'Get many settings' },
			{ name: 'Update', value: 'update', description: 'Change the value of a setting', action: 'Update a setting' },
		],
		'getAll',
	),
	...batch.description,
	...get.description,
	...getAll.description,
	...getGroups.description,
	...update.description,
];
