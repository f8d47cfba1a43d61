/**
 * The legacy REST API (`wc-api/v3`, the "WooCommerce Legacy REST API" plugin) behind the node's one option set:
 * - bodies: a record is sent and answered wrapped, `{"product": {…}}`; lists `{"products": […]}` (see listFromBody);
 * - filters: `search` → `filter[q]`, creation and modification dates → `filter[created_at_*]`/`filter[updated_at_*]`,
 *   Fields (`_fields`) → `fields`, customers are listed with every role unless a Role is given; a filter the legacy
 *   API does not have is refused with its name instead of being sent and ignored;
 * - orders: on a store with High-Performance Order Storage (the default for new stores) the legacy API sees no
 *   orders at all; when it answers none, the store's wc/v3 system status tells whether that is why.
 */
import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { WooCredentials } from './credentials';
import type { WooFunctions } from './request';

export const LEGACY_API = 'wc-api/v3';

export function isLegacy(creds: Pick<WooCredentials, 'apiVersion'>): boolean {
	return creds.apiVersion === LEGACY_API;
}

/** The key a record of this path is wrapped in: `products/12` → `product`, `orders/3/notes` → `order_note`. */
export function legacyEnvelope(path: string): string | undefined {
	const parts = path.replace(/^\/+|\/+$/g, '').split('/').filter((part) => !/^\d+$/.test(part));
	const names: Record<string, string> = {
		products: 'product',
		'products/categories': 'product_category',
		'products/tags': 'product_tag',
		'products/shipping_classes': 'product_shipping_class',
		'products/attributes': 'product_attribute',
		'products/attributes/terms': 'product_attribute_term',
		'products/reviews': 'product_review',
		orders: 'order',
		'orders/notes': 'order_note',
		'orders/refunds': 'order_refund',
		customers: 'customer',
		coupons: 'coupon',
		webhooks: 'webhook',
	};
	return names[parts.join('/')];
}

/** A write's body as the legacy API wants it: wrapped in its envelope (unless it already is). */
export function wrapLegacyBody(path: string, body: IDataObject | IDataObject[] | undefined): IDataObject | IDataObject[] | undefined {
	const key = legacyEnvelope(path);
	if (!key || !body || Array.isArray(body)) return body;
	const keys = Object.keys(body);
	if (keys.length === 1 && keys[0] === key && body[key] && typeof body[key] === 'object') return body;
	// The legacy product is named by `title`.
	if (key === 'product' && 'name' in body && !('title' in body)) {
		const { name, ...rest } = body;
		return { [key]: { title: name, ...rest } };
	}
	return { [key]: body };
}

/** An answer unwrapped: `{"product": {…}}` → `{…}`, `{"order_notes": […]}` → `[…]`; anything else as it is. */
export function unwrapLegacyRecord(path: string, body: unknown): unknown {
	const key = legacyEnvelope(path);
	if (!key || !body || typeof body !== 'object' || Array.isArray(body)) return body;
	const object = body as IDataObject;
	const keys = Object.keys(object);
	if (keys.length !== 1) return body;
	const inner = object[key];
	if (inner && typeof inner === 'object' && !Array.isArray(inner)) return inner;
	const list = object[`${key.replace(/y$/, 'ie')}s`];
	return Array.isArray(list) ? list : body;
}

/** REST filters with a legacy equivalent: `filter[...]` names. */
const FILTER_NAMES: Record<string, string> = {
	search: 'filter[q]',
	after: 'filter[created_at_min]',
	before: 'filter[created_at_max]',
	modified_after: 'filter[updated_at_min]',
	modified_before: 'filter[updated_at_max]',
	role: 'filter[role]',
	sku: 'filter[sku]',
	email: 'filter[email]',
	code: 'filter[code]',
	meta_key: 'filter[meta_key]',
	meta_value: 'filter[meta_value]',
};

/** Parameters the legacy API reads under the same name, or that the transport sets itself. */
const PASSED_AS_IS = new Set(['status', 'page', 'fields', 'force', 'type', 'context', 'dp', 'period', 'date_min', 'date_max']);

/** The labels a user sees for the REST parameters, for the refusal message. */
const LABELS: Record<string, string> = {
	_fields: 'Fields',
	include: 'Include',
	exclude: 'Exclude',
	category: 'Category',
	tag: 'Tag',
	parent: 'Parent',
	customer: 'Customer',
	product: 'Product',
	dates_are_gmt: 'Dates Are GMT',
};

/**
 * The query of a legacy request from the REST parameters the operations build. Throws, naming the option, for a
 * parameter the legacy API would ignore (it would silently return more than asked).
 */
export function legacyQuery(
	ctx: WooFunctions,
	path: string,
	method: string,
	qs: IDataObject,
	itemIndex?: number,
): IDataObject {
	if (/(^|\/)batch\/?$/.test(path)) {
		// The legacy API writes in bulk at <collection>/bulk with another body and answer: not mapped.
		throw new NodeOperationError(ctx.getNode(), 'Batch writes are not available over the legacy REST API (wc-api/v3)', {
			itemIndex,
			description: "Set the credential's API Version to wc/v3, or write the items one by one (Create, Update, Delete).",
		});
	}
	const out: IDataObject = {};
	const query: IDataObject = { ...qs };
	if (/^\/?orders\/\d+\/notes\/?$/.test(path)) {
		// The legacy notes list has no type: every note comes back, so only "any" keeps its meaning.
		if (query.type === 'any') delete query.type;
		else if (query.type !== undefined) refuse(ctx, 'Type', itemIndex);
	}
	for (const [name, value] of Object.entries(query)) {
		if (value === undefined || value === null || value === '') continue;
		if (name === 'orderby' || name === 'filter[orderby]') out['filter[orderby]'] = legacyOrderby(value);
		else if (name.startsWith('filter[') || PASSED_AS_IS.has(name)) out[name] = value;
		else if (name === '_fields') out.fields = value;
		else if (name === 'dates_are_gmt') continue; // legacy dates are always read as UTC ISO 8601
		else if (FILTER_NAMES[name]) out[FILTER_NAMES[name]] = value;
		else if (name === 'per_page') out['filter[limit]'] = value;
		else if (name === 'order') out['filter[order]'] = value;
		else refuse(ctx, LABELS[name] ?? name, itemIndex);
	}
	// The legacy customers list only has the "customer" role unless asked for every role (as the REST API path does).
	if (method === 'GET' && /^\/?customers(\/count)?\/?$/.test(path) && out['filter[role]'] === undefined) out['filter[role]'] = 'all';
	// Legacy products are WP_Query posts, published only unless filter[post_status] says otherwise; REST lists any status.
	if (method === 'GET' && /^\/?products(\/count)?\/?$/.test(path)) {
		out['filter[post_status]'] = out.status ?? out['filter[post_status]'] ?? 'any';
		delete out.status;
	}
	return out;
}

function refuse(ctx: WooFunctions, label: string, itemIndex: number | undefined): never {
	throw new NodeOperationError(
		ctx.getNode(),
		`The legacy REST API (wc-api/v3) has no "${label}" filter${itemIndex === undefined ? '' : ` (item ${itemIndex + 1})`}`,
		{
			itemIndex,
			description:
				"The request would return everything instead. Remove the option, or set the credential's API Version to wc/v3 (the REST API every store since WooCommerce 2.6 has).",
		},
	);
}

/**
 * The legacy API hands filter[orderby] to WP_Query / WP_User_Query, which know the ID order only as "ID": a lower-case
 * "id" is ignored and the list comes in date order, where records of the same second repeat and vanish across pages.
 */
function legacyOrderby(value: IDataObject[string]): IDataObject[string] {
	return String(value).toLowerCase() === 'id' ? 'ID' : value;
}

/** Whether a path is the legacy orders list or one order (what HPOS hides). */
export function isLegacyOrderPath(path: string): boolean {
	return /^\/?orders(\/\d+)?\/?$/.test(path);
}

/**
 * When the legacy API answers no order: asks the store's wc/v3 system status whether orders live in HPOS tables
 * without compatibility mode, and throws the explanation if so. Resolves when it cannot tell (no wc/v3, no rights).
 */
export async function explainMissingLegacyOrders(
	ctx: WooFunctions,
	request: (apiVersion: 'wc/v3', path: string, qs: IDataObject) => Promise<unknown>,
	itemIndex?: number,
): Promise<void> {
	let settings: IDataObject | undefined;
	try {
		const status = (await request('wc/v3', 'system_status', { _fields: 'settings' })) as IDataObject;
		settings = status?.settings as IDataObject | undefined;
	} catch {
		return;
	}
	if (settings?.HPOS_enabled === true && settings?.HPOS_sync_enabled !== true) {
		throw new NodeOperationError(
			ctx.getNode(),
			"The legacy REST API cannot see this store's orders: they are kept in High-Performance Order Storage (HPOS)",
			{
				itemIndex,
				description:
					"WooCommerce's legacy API (wc-api/v3) reads orders from the posts table only, so it lists none and finds none. Set the credential's API Version to wc/v3 (recommended), or turn on \"Enable compatibility mode (synchronizes orders to the posts table)\" under WooCommerce > Settings > Advanced > Features.",
			},
		);
	}
}
