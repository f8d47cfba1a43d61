import type { INodeProperties } from 'n8n-workflow';

import { type OperationModule } from '../shared/contract';
import { operationOptions } from '../shared/descriptions';
import { productReview } from './config';

import * as batch from './batch.operation';
import * as create from './create.operation';
import * as deleteReview from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	batch,
	create,
	delete: deleteReview,
	get,
	getAll,
	update,
} satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	operationOptions(productReview, [
		{ name: 'Batch', value: 'batch', description: 'Create, update or delete many reviews in one request per 100 items', action: 'Batch write product reviews' },
		{ name: 'Create', value: 'create', description: 'Create a product review', action: 'Create a product review' },
		{ name: 'Delete', value: 'delete', description: 'Move a review to the trash or delete it permanently', action: 'Delete a product review' },
		{ name: 'Get', value: 'get', description: 'Get a product review', action: 'Get a product review' },
		{ name: 'Get Many', value: 'getAll', description: 'Get many product reviews', action: 'Get many product reviews' },
		{ name: 'Update', value: 'update', description: 'Update a product review', action: 'Update a product review' },
	]),
	...batch.description,
	...create.description,
	...deleteReview.description,
	...get.description,
	...getAll.description,
	...update.description,
];
