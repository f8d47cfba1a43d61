import type { IExecuteFunctions } from 'n8n-workflow';

import { type OperationLabel } from '../shared/contract';
import { getManyOperation } from '../shared/factories';
import { webhook, withoutSecret } from './config';

const operation = getManyOperation(webhook, {
	orderBy: ['date', 'id', 'title'],
	dateFilters: ['after', 'before'],
	filters: [
		{ displayName: 'Created After', name: 'after', type: 'dateTime', default: '', description: 'Only webhooks created after this moment' },
		{ displayName: 'Created Before', name: 'before', type: 'dateTime', default: '', description: 'Only webhooks created before this moment' },
		{ displayName: 'Exclude IDs', name: 'exclude', type: 'string', default: '', placeholder: 'e.g. 12,15', description: 'Comma-separated IDs to leave out' },
		{ displayName: 'Include IDs', name: 'include', type: 'string', default: '', placeholder: 'e.g. 12,15', description: 'Comma-separated IDs to limit the result to' },
		{ displayName: 'Search', name: 'search', type: 'string', default: '', description: 'Webhooks whose name contains this text' },
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [
				{ name: 'Active', value: 'active' },
				{ name: 'All', value: 'all' },
				{ name: 'Disabled', value: 'disabled' },
				{ name: 'Paused', value: 'paused' },
			],
			default: 'all',
		},
	],
});

export const description = operation.description;

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	return withoutSecret(await operation.execute.call(this, itemIndex));
}

export const option: OperationLabel = { name: 'Get Many', description: 'Get many webhooks', action: 'Get many webhooks' };
