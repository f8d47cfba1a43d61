import type { INodeProperties } from 'n8n-workflow';

import { type OperationModule } from '../shared/contract';
import { operationProperty } from '../shared/descriptions';

import * as create from './create.operation';
import * as deleteTaxClass from './delete.operation';
import * as getAll from './getAll.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	create,
	delete: deleteTaxClass,
	getAll,
} satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	operationProperty(
		'taxClass',
		[
			{ name: 'Create', value: 'create', description: 'Create a tax class', action: 'Create a tax class' },
			{ name: 'Delete', value: 'delete', description: 'Delete a tax class and its rates permanently', action: 'Delete a tax class' },
			{ name: 'Get Many', value: 'getAll', description: 'Get every tax class', action: 'Get many tax classes' },
		],
		'getAll',
	),
	...create.description,
	...deleteTaxClass.description,
	...getAll.description,
];
