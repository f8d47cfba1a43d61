import type { INodeProperties } from 'n8n-workflow';

import { type OperationModule } from '../shared/contract';

import * as apiCall from './apiCall.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	apiCall,
} satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['custom'] } },
		options: [
			{
				name: 'Custom API Call',
				value: 'apiCall',
				description: 'Send any request to the store’s REST API with this credential',
				action: 'Make a custom API call',
			},
		],
		default: 'apiCall',
	},
	...apiCall.description,
];
