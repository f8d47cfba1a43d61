import type { INodeProperties } from 'n8n-workflow';

import { type LabelledOperation } from '../shared/contract';
import { resourceDescription } from '../shared/descriptions';
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
} satisfies Record<string, LabelledOperation>;

export const description: INodeProperties[] = resourceDescription(orderNote.resource, operations, 'getAll');
