import type { INodeProperties } from 'n8n-workflow';

import { type LabelledOperation } from '../shared/contract';
import { resourceDescription } from '../shared/descriptions';
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
} satisfies Record<string, LabelledOperation>;

export const description: INodeProperties[] = resourceDescription(orderRefund.resource, operations, 'getAll');
