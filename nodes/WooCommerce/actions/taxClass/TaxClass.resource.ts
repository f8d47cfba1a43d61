import type { INodeProperties } from 'n8n-workflow';

import { type LabelledOperation } from '../shared/contract';
import { resourceDescription } from '../shared/descriptions';

import * as create from './create.operation';
import * as deleteTaxClass from './delete.operation';
import * as getAll from './getAll.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	create,
	delete: deleteTaxClass,
	getAll,
} satisfies Record<string, LabelledOperation>;

export const description: INodeProperties[] = resourceDescription('taxClass', operations, 'getAll');
