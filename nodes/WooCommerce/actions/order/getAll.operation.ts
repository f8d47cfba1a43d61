import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { type OperationLabel } from '../shared/contract';
import { itemLabel, operationError } from '../shared/errors';
import { getManyOperation, type ListOptions } from '../shared/factories';
import { order } from './config';
import { validateOrderStatus } from './statuses';

const idList = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	placeholder: 'e.g. 25,26',
	description,
});

const filters: INodeProperties[] = [
	{ displayName: 'Created After', name: 'after', type: 'dateTime', default: '', description: 'Only orders created after this moment' },
	{ displayName: 'Created Before', name: 'before', type: 'dateTime', default: '', description: 'Only orders created before this moment' },
	{ displayName: 'Customer ID', name: 'customer', type: 'number', default: 0, description: 'Only orders of this customer account (0 = guest orders)' },
	{ displayName: 'Decimal Places', name: 'dp', type: 'number', typeOptions: { minValue: 0, maxValue: 6 }, default: 2, description: 'Number of decimal places in the amounts of the response' },
	idList('Exclude IDs', 'exclude', 'Comma-separated order IDs to leave out'),
	idList('Include IDs', 'include', 'Comma-separated order IDs to limit the result to'),
	{ displayName: 'Modified After', name: 'modified_after', type: 'dateTime', default: '', description: 'Only orders changed after this moment' },
	{ displayName: 'Modified Before', name: 'modified_before', type: 'dateTime', default: '', description: 'Only orders changed before this moment' },
	idList('Parent Order IDs', 'parent', 'Comma-separated IDs: only orders whose parent is one of these'),
	{ displayName: 'Product ID', name: 'product', type: 'number', default: 0, description: 'Only orders that contain this product' },
	{ displayName: 'Search', name: 'search', type: 'string', default: '', placeholder: 'e.g. jane@example.com', description: 'Orders matching this text (order number, customer name or email, address)' },
	{
		displayName: 'Status Names or IDs',
		name: 'status',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getOrderStatusFilters' },
		default: [],
		description:
			'Only orders with one of these statuses (custom statuses included; "Any" for all but trashed), sent as a comma-separated list. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
];

/** The list's Filters and sort, shared with Count. */
export const orderList: ListOptions = {
	filters,
	dateFilters: ['after', 'before', 'modified_after', 'modified_before'],
	orderBy: ['id', 'date', 'modified', 'include', 'title', 'slug'],
};

const base = getManyOperation(order, orderList);

export const description = base.description;

/** Checks Filters before anything is sent: statuses (core or the store's own), ID lists, numbers. */
export async function validateOrderFilters(ctx: IExecuteFunctions, itemIndex: number): Promise<void> {
	const values = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	if (values.status !== undefined && values.status !== '') {
		const list = Array.isArray(values.status) ? values.status : String(values.status).split(',');
		for (const status of list) {
			if (String(status).trim() === '') continue;
			await validateOrderStatus(ctx, itemIndex, status, 'Filters > Status', { allowFilterValues: true });
		}
	}
	for (const [key, label] of [['include', 'Include IDs'], ['exclude', 'Exclude IDs'], ['parent', 'Parent Order IDs']]) {
		const raw = values[key];
		if (raw === undefined || raw === '') continue;
		const parts = (Array.isArray(raw) ? raw : String(raw).split(',')).map((part) => String(part).trim()).filter(Boolean);
		const bad = parts.find((part) => !/^\d+$/.test(part) || Number(part) <= 0);
		if (bad !== undefined) {
			throw operationError(
				ctx,
				itemIndex,
				`The filter "${label}" in ${itemLabel(itemIndex)} must be a comma-separated list of order IDs, not "${bad.slice(0, 40)}"`,
				'Use numbers such as 25,26.',
			);
		}
	}
	for (const [key, label] of [['customer', 'Customer ID'], ['product', 'Product ID']]) {
		if (values[key] === undefined || values[key] === '') continue;
		const number = Number(values[key]);
		if (!Number.isInteger(number) || number < 0) {
			throw operationError(ctx, itemIndex, `The filter "${label}" in ${itemLabel(itemIndex)} must be a whole number`);
		}
	}
}

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	await validateOrderFilters(this, itemIndex);
	return await base.execute.call(this, itemIndex);
}

export const option: OperationLabel = { name: 'Get Many', description: 'Get many orders', action: 'Get many orders' };
