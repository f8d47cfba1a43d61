import type { INodeProperties } from 'n8n-workflow';

import { type OperationModule } from '../shared/contract';
import { operationProperty } from '../shared/descriptions';

import * as get from './get.operation';
import * as getAll from './getAll.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	get,
	getAll,
} satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	operationProperty(
		'shippingMethod',
		[
			{ name: 'Get', value: 'get', description: 'Get a shipping method type (e.g. flat_rate)', action: 'Get a shipping method' },
			{ name: 'Get Many', value: 'getAll', description: 'Get the shipping method types the store offers', action: 'Get many shipping methods' },
		],
		'getAll',
	),
	...get.description,
	...getAll.description,
];
