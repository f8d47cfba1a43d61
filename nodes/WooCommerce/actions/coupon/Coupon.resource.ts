import type { INodeProperties } from 'n8n-workflow';

import { type LabelledOperation } from '../shared/contract';
import { resourceDescription } from '../shared/descriptions';
import { coupon } from './config';

import * as batch from './batch.operation';
import * as count from './count.operation';
import * as create from './create.operation';
import * as createOrUpdate from './createOrUpdate.operation';
import * as deleteCoupon from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	batch,
	count,
	create,
	createOrUpdate,
	delete: deleteCoupon,
	get,
	getAll,
	update,
} satisfies Record<string, LabelledOperation>;

export const description: INodeProperties[] = resourceDescription(coupon.resource, operations, 'getAll');
