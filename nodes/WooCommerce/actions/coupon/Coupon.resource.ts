import type { INodeProperties } from 'n8n-workflow';

import { type OperationModule } from '../shared/contract';
import { operationOptions } from '../shared/descriptions';
import { coupon } from './config';

import * as batch from './batch.operation';
import * as create from './create.operation';
import * as createOrUpdate from './createOrUpdate.operation';
import * as deleteCoupon from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	batch,
	create,
	createOrUpdate,
	delete: deleteCoupon,
	get,
	getAll,
	update,
} satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	operationOptions(coupon, [
		{ name: 'Batch', value: 'batch', description: 'Create, update or delete many coupons in one request per 100 items', action: 'Batch write coupons' },
		{ name: 'Create', value: 'create', description: 'Create a coupon', action: 'Create a coupon' },
		{ name: 'Create or Update', value: 'createOrUpdate', description: 'Create a new coupon, or update the one with the same code', action: 'Create or update a coupon' },
		{ name: 'Delete', value: 'delete', description: 'Move a coupon to the trash or delete it permanently', action: 'Delete a coupon' },
		{ name: 'Get', value: 'get', description: 'Get a coupon', action: 'Get a coupon' },
		{ name: 'Get Many', value: 'getAll', description: 'Get many coupons', action: 'Get many coupons' },
		{ name: 'Update', value: 'update', description: 'Update a coupon', action: 'Update a coupon' },
	]),
	...batch.description,
	...create.description,
	...createOrUpdate.description,
	...deleteCoupon.description,
	...get.description,
	...getAll.description,
	...update.description,
];
