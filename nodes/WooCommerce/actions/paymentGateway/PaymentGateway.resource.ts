import type { INodeProperties } from 'n8n-workflow';

import { type OperationModule } from '../shared/contract';
import { operationProperty } from '../shared/descriptions';

import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	get,
	getAll,
	update,
} satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	operationProperty(
		'paymentGateway',
		[
			{ name: 'Get', value: 'get', description: 'Get a payment gateway with its settings', action: 'Get a payment gateway' },
			{ name: 'Get Many', value: 'getAll', description: 'Get every payment gateway', action: 'Get many payment gateways' },
			{ name: 'Update', value: 'update', description: 'Enable, disable, rename or configure a payment gateway', action: 'Update a payment gateway' },
		],
		'getAll',
	),
	...get.description,
	...getAll.description,
	...update.description,
];
