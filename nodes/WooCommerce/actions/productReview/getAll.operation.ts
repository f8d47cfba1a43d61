import type { INodeProperties } from 'n8n-workflow';

import { type OperationLabel } from '../shared/contract';
import { getManyOperation, withIdFilters } from '../shared/factories';
import { productReview } from './config';

const filters: INodeProperties[] = [
	{ displayName: 'Created After', name: 'after', type: 'dateTime', default: '', description: 'Only reviews published after this date' },
	{ displayName: 'Created Before', name: 'before', type: 'dateTime', default: '', description: 'Only reviews published before this date' },
	{ displayName: 'Exclude IDs', name: 'exclude', type: 'string', default: '', placeholder: 'e.g. 12,15', description: 'Comma-separated review IDs to leave out' },
	{ displayName: 'Include IDs', name: 'include', type: 'string', default: '', placeholder: 'e.g. 12,15', description: 'Comma-separated review IDs to limit the result to' },
	{ displayName: 'Product IDs', name: 'product', type: 'string', default: '', placeholder: 'e.g. 11,17', description: 'Comma-separated IDs of the reviewed products' },
	{ displayName: 'Reviewer Email', name: 'reviewer_email', type: 'string', placeholder: 'name@email.com', default: '' },
	{ displayName: 'Reviewer IDs', name: 'reviewer', type: 'string', default: '', placeholder: 'e.g. 3', description: 'Comma-separated customer (user) IDs of the reviewers' },
	{ displayName: 'Reviewer IDs to Exclude', name: 'reviewer_exclude', type: 'string', default: '', placeholder: 'e.g. 3', description: 'Comma-separated user IDs whose reviews to leave out' },
	{ displayName: 'Search', name: 'search', type: 'string', default: '', description: 'Reviews containing this text' },
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: [
			{ name: 'All', value: 'all' },
			{ name: 'Approved', value: 'approved' },
			{ name: 'Hold (Pending)', value: 'hold' },
			{ name: 'Spam', value: 'spam' },
			{ name: 'Trash', value: 'trash' },
		],
		default: 'approved',
	},
];

export const { description, execute } = withIdFilters(
	getManyOperation(productReview, {
		filters,
		dateFilters: ['after', 'before'],
		orderBy: ['date', 'date_gmt', 'id', 'include', 'product'],
	}),
	{ include: 'review', exclude: 'review', product: 'product', reviewer: 'reviewer', reviewer_exclude: 'reviewer' },
);

export const option: OperationLabel = { name: 'Get Many', description: 'Get many product reviews', action: 'Get many product reviews' };
