import type { INodeProperties } from 'n8n-workflow';

import { type LabelledOperation } from '../shared/contract';
import { resourceDescription } from '../shared/descriptions';

import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	get,
	getAll,
	update,
} satisfies Record<string, LabelledOperation>;

export const description: INodeProperties[] = resourceDescription('paymentGateway', operations, 'getAll');
