import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, INodePropertyOptions } from 'n8n-workflow';

import type { WooFunctions } from '../../transport';
import { wooApiRequest } from '../../transport';
import { itemLabel, operationError } from '../shared/errors';

/** WooCommerce's own order statuses (wc_get_order_statuses() without the "wc-" prefix). */
export const CORE_ORDER_STATUSES: INodePropertyOptions[] = [
	{ name: 'Cancelled', value: 'cancelled' },
	{ name: 'Completed', value: 'completed' },
	{ name: 'Draft', value: 'checkout-draft' },
	{ name: 'Failed', value: 'failed' },
	{ name: 'On Hold', value: 'on-hold' },
	{ name: 'Pending Payment', value: 'pending' },
	{ name: 'Processing', value: 'processing' },
	{ name: 'Refunded', value: 'refunded' },
];

/** Values the orders list filter accepts besides the statuses themselves. */
export const FILTER_ONLY_STATUSES: INodePropertyOptions[] = [
	{ name: 'Any', value: 'any' },
	{ name: 'Trash', value: 'trash' },
];

const CORE_VALUES = new Set(CORE_ORDER_STATUSES.map((status) => String(status.value)));

/** "wc-on-hold", "On hold", " ON-HOLD " → "on-hold". */
export function normalizeStatus(raw: unknown): string {
	return String(raw ?? '')
		.trim()
		.toLowerCase()
		.replace(/^wc-/, '')
		.replace(/[\s_]+/g, '-');
}

function titleCase(slug: string): string {
	return slug
		.split('-')
		.filter(Boolean)
		.map((word) => word.charAt(0).toUpperCase() + word.slice(1))
		.join(' ');
}

export function statusOption(slug: string): INodePropertyOptions {
	const core = CORE_ORDER_STATUSES.find((status) => status.value === slug);
	return { name: core ? core.name : titleCase(slug), value: slug };
}

function enumOf(value: unknown): string[] {
	return Array.isArray(value) ? value.map((entry) => String(entry)) : [];
}

/**
 * The order statuses the store knows, custom ones included. WooCommerce publishes them in the JSON schema that
 * OPTIONS /orders returns (the same kind of schema document as for categories): the item schema's
 * `status.enum`, and the list parameter `status.items.enum` (which adds "any" and "trash").
 * Older or locked-down stores that refuse OPTIONS are asked for `reports/orders/totals` (one row per status).
 */
export async function fetchStoreOrderStatuses(this: WooFunctions): Promise<string[]> {
	try {
		const schema = (await wooApiRequest.call(this, 'OPTIONS' as IHttpRequestMethods, 'orders')) as IDataObject;
		const found = new Set<string>();
		const properties = ((schema?.schema as IDataObject)?.properties ?? {}) as IDataObject;
		for (const slug of enumOf((properties.status as IDataObject)?.enum)) found.add(slug);
		for (const endpoint of (schema?.endpoints as IDataObject[]) ?? []) {
			const args = (endpoint.args ?? {}) as IDataObject;
			const status = args.status as IDataObject | undefined;
			if (!status) continue;
			for (const slug of enumOf(status.enum)) found.add(slug);
			for (const slug of enumOf((status.items as IDataObject)?.enum)) found.add(slug);
		}
		found.delete('any');
		found.delete('trash');
		if (found.size) return [...found].map(normalizeStatus);
	} catch {
		// fall back to the report below
	}
	const totals = (await wooApiRequest.call(this, 'GET', 'reports/orders/totals')) as IDataObject[];
	return (Array.isArray(totals) ? totals : [])
		.map((row) => normalizeStatus(row.slug))
		.filter((slug) => slug !== '' && slug !== 'any' && slug !== 'trash');
}

/** One lookup per execution, shared by every item. */
const storeStatusCache = new WeakMap<object, Promise<string[]>>();

function storeStatuses(ctx: IExecuteFunctions): Promise<string[]> {
	let pending = storeStatusCache.get(ctx);
	if (!pending) {
		pending = fetchStoreOrderStatuses.call(ctx).catch(() => [] as string[]);
		storeStatusCache.set(ctx, pending);
	}
	return pending;
}

/**
 * Checks a status before anything is written: WooCommerce's own statuses pass at once; anything else is looked up
 * in the store's list (custom statuses). Returns the normalised slug.
 * When the store's list cannot be read, an unknown status is sent as given and the store decides.
 */
export async function validateOrderStatus(
	ctx: IExecuteFunctions,
	itemIndex: number,
	raw: unknown,
	fieldName: string,
	options: { allowFilterValues?: boolean } = {},
): Promise<string> {
	const status = normalizeStatus(raw);
	if (status === '') {
		throw operationError(ctx, itemIndex, `The field "${fieldName}" is empty in ${itemLabel(itemIndex)}`, 'Choose an order status, e.g. processing or completed.');
	}
	if (CORE_VALUES.has(status)) return status;
	if (options.allowFilterValues && (status === 'any' || status === 'trash')) return status;
	const known = await storeStatuses(ctx);
	if (known.length === 0 || known.includes(status)) return status;
	const all = [...new Set([...CORE_VALUES, ...known])].sort();
	throw operationError(
		ctx,
		itemIndex,
		`The order status "${String(raw).slice(0, 40)}" in ${itemLabel(itemIndex)} (field "${fieldName}") is not a status this store knows`,
		`Use one of: ${all.join(', ')}${options.allowFilterValues ? ', any, trash' : ''}. Custom statuses must be registered on the store first.`,
	);
}
