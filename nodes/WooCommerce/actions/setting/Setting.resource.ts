import type { INodeProperties } from 'n8n-workflow';

import { type LabelledOperation } from '../shared/contract';
import { resourceDescription } from '../shared/descriptions';
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
} satisfies Record<string, LabelledOperation>;

export const description: INodeProperties[] = resourceDescription(RESOURCE, operations, 'getAll');
