import type { INodeProperties } from 'n8n-workflow';

import * as apiCall from './apiCall.operation';

export { apiCall };

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
