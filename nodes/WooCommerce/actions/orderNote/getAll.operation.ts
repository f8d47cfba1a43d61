import { type OperationLabel } from '../shared/contract';
import { getManyOperation } from '../shared/factories';
import { orderNote } from './config';

// The notes list is not paginated (no X-WP-Total): one request returns every note of the order.
export const { description, execute } = getManyOperation(orderNote, {
	paginated: false,
	filters: [
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: [
				{ name: 'Any', value: 'any', description: 'Customer and private notes' },
				{ name: 'Customer', value: 'customer', description: 'Notes the customer sees' },
				{ name: 'Internal', value: 'internal', description: 'Private notes, including the system notes (e.g. status changes)' },
			],
			default: 'any',
			description: 'Which notes to return. The legacy API (wc-api/v3) has no such filter: only Any works with it.',
		},
	],
});

export const option: OperationLabel = { name: 'Get Many', description: 'Get the notes of an order', action: 'Get many order notes' };
