import type { INodeProperties } from 'n8n-workflow';

import { type OperationModule } from '../shared/contract';
import { operationProperty } from '../shared/descriptions';
import { RESOURCE } from './fields';

import * as addMethod from './addMethod.operation';
import * as create from './create.operation';
import * as deleteZone from './delete.operation';
import * as deleteMethod from './deleteMethod.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getLocations from './getLocations.operation';
import * as getMethod from './getMethod.operation';
import * as getMethods from './getMethods.operation';
import * as update from './update.operation';
import * as updateLocations from './updateLocations.operation';
import * as updateMethod from './updateMethod.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	addMethod,
	create,
	delete: deleteZone,
	deleteMethod,
	get,
	getAll,
	getLocations,
	getMethod,
	getMethods,
	update,
	updateLocations,
	updateMethod,
} satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	operationProperty(
		RESOURCE,
		[
			{ name: 'Add Method', value: 'addMethod', description: 'Add a shipping method (e.g. flat rate) to a zone', action: 'Add a method to a shipping zone' },
			{ name: 'Create', value: 'create', description: 'Create a shipping zone', action: 'Create a shipping zone' },
			{ name: 'Delete', value: 'delete', description: 'Delete a shipping zone with its locations and methods', action: 'Delete a shipping zone' },
			{ name: 'Delete Method', value: 'deleteMethod', description: 'Remove a shipping method from a zone', action: 'Delete a method of a shipping zone' },
			{ name: 'Get', value: 'get', description: 'Get a shipping zone', action: 'Get a shipping zone' },
			{ name: 'Get Locations', value: 'getLocations', description: 'Get the locations (countries, states, postcodes...) of a zone', action: 'Get the locations of a shipping zone' },
			{ name: 'Get Many', value: 'getAll', description: 'Get every shipping zone', action: 'Get many shipping zones' },
			{ name: 'Get Method', value: 'getMethod', description: 'Get one shipping method of a zone', action: 'Get a method of a shipping zone' },
			{ name: 'Get Methods', value: 'getMethods', description: 'Get the shipping methods of a zone', action: 'Get the methods of a shipping zone' },
			{ name: 'Update', value: 'update', description: 'Update a shipping zone', action: 'Update a shipping zone' },
			{ name: 'Update Locations', value: 'updateLocations', description: 'Replace (or add to) the locations of a zone', action: 'Update the locations of a shipping zone' },
			{ name: 'Update Method', value: 'updateMethod', description: 'Update a shipping method of a zone', action: 'Update a method of a shipping zone' },
		],
		'getAll',
	),
	...addMethod.description,
	...create.description,
	...deleteZone.description,
	...deleteMethod.description,
	...get.description,
	...getAll.description,
	...getLocations.description,
	...getMethod.description,
	...getMethods.description,
	...update.description,
	...updateLocations.description,
	...updateMethod.description,
];
