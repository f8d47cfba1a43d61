import type { INodeProperties } from 'n8n-workflow';

import { type LabelledOperation } from '../shared/contract';
import { resourceDescription } from '../shared/descriptions';
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
} satisfies Record<string, LabelledOperation>;

export const description: INodeProperties[] = resourceDescription(RESOURCE, operations, 'getAll');
