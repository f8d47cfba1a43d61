/**
 * The WooCommerce node with a legacy REST API credential (wc-api/v3), against the sandbox store's legacy mode, next
 * to the same operations over wc/v3: the same records come back, records are unwrapped and bodies wrapped, filters
 * map to filter[...], customers of every role are listed, a filter the legacy API lacks is refused by name, and on
 * an HPOS store (orders invisible to the legacy API) the node says so instead of returning nothing.
 */
import type { IDataObject } from 'n8n-workflow';

import { byId, runNode, useStore } from '../helpers/nodeRun';

/* eslint-disable @typescript-eslint/no-explicit-any */
const sb = useStore('demo', { preloadNode: true });
const LEGACY = { credentials: { apiVersion: 'wc-api/v3' } };
const legacyRequests = (before: number) => sb.requests.slice(before).filter((r: any) => String(r.path).startsWith('/wc-api/v3/'));

it('Product > Get Many (Return All) returns the same products over both APIs, paged by filter[limit] and page', async () => {
	const rest = await runNode(sb, { resource: 'product', operation: 'getAll', returnAll: true, simplify: false });
	const before = sb.requests.length;
	const legacy = await runNode(sb, { resource: 'product', operation: 'getAll', returnAll: true, simplify: false }, LEGACY);
	expect(legacy.error).toBeUndefined();
	expect(legacy.json.map((p) => p.id).sort()).toEqual(rest.json.map((p) => p.id).sort());
	expect(legacy.json[0]).toHaveProperty('title');
	const calls = legacyRequests(before);
	expect(calls.length).toBeGreaterThan(0);
	// WP_Query knows the ID order only as "ID" (a lower-case "id" falls back to date order).
	expect(calls[0].query).toMatchObject({ filter: { limit: '100', orderby: 'ID' }, page: '1' });
});

it('Product > Get with Simplify gives the same compact product over both APIs (the legacy record unwrapped)', async () => {
	const id = [...sb.store.products.values()].find((p: any) => p.type === 'simple' && p.status === 'publish').id;
	const rest = await runNode(sb, { resource: 'product', operation: 'get', productId: byId(id), simplify: true });
	const legacy = await runNode(sb, { resource: 'product', operation: 'get', productId: byId(id), simplify: true }, LEGACY);
	expect(legacy.error).toBeUndefined();
	const pick = (p: IDataObject) => ({ id: p.id, name: p.name, sku: p.sku, type: p.type, status: p.status, regular_price: p.regular_price, categories: p.categories });
	expect(pick(legacy.json[0])).toEqual(pick(rest.json[0]));
	expect(legacy.json[0]).not.toHaveProperty('product');
});

it('Product > Create sends the legacy body ({"product": {"title": …}}) and returns the created product', async () => {
	const before = sb.requests.length;
	const run = await runNode(sb, { resource: 'product', operation: 'create', name: 'Legacy Mug', additionalFields: { regular_price: '7.50', sku: 'LEG-MUG' } }, LEGACY);
	expect(run.error).toBeUndefined();
	const post = legacyRequests(before).find((r: any) => r.method === 'POST');
	expect(post.body).toEqual({ product: expect.objectContaining({ title: 'Legacy Mug', regular_price: '7.50', sku: 'LEG-MUG' }) });
	expect(sb.store.products.get(run.json[0].id)).toMatchObject({ name: 'Legacy Mug', sku: 'LEG-MUG' });
});

it('Customer > Get Many lists every role over the legacy API too (filter[role]=all)', async () => {
	const rest = await runNode(sb, { resource: 'customer', operation: 'getAll', returnAll: true, simplify: false });
	const before = sb.requests.length;
	const legacy = await runNode(sb, { resource: 'customer', operation: 'getAll', returnAll: true, simplify: false }, LEGACY);
	expect(legacy.error).toBeUndefined();
	expect(legacyRequests(before)[0].query).toMatchObject({ filter: { role: 'all' } });
	expect(legacy.json.length).toBeGreaterThan(0);
	expect(legacy.json.map((c) => c.email).sort()).toEqual(rest.json.map((c) => c.email).sort());
});

it('a filter the legacy API does not have is refused by name, before any request', async () => {
	const before = sb.requests.length;
	const run = await runNode(sb, { resource: 'product', operation: 'getAll', returnAll: true, filters: { include: '1,2' } }, LEGACY);
	expect(run.error?.message).toBe('The legacy REST API (wc-api/v3) has no "Include" filter (item 1)');
	expect(run.error?.description).toMatch(/API Version to wc\/v3/);
	expect(legacyRequests(before)).toEqual([]);
});

it('Order > Get Many on an HPOS store says the legacy API cannot see its orders, instead of returning none', async () => {
	const run = await runNode(sb, { resource: 'order', operation: 'getAll', returnAll: true }, LEGACY);
	expect(run.error?.message).toBe("The legacy REST API cannot see this store's orders: they are kept in High-Performance Order Storage (HPOS)");
	expect(run.error?.description).toMatch(/API Version to wc\/v3/);
	const id = [...sb.store.orders.values()].find((o: any) => o.type !== 'refund').id;
	const get = await runNode(sb, { resource: 'order', operation: 'get', orderId: byId(id) }, LEGACY);
	expect(get.error?.message).toMatch(/cannot see this store's orders/);
});

describe('Count', () => {
	it('Product > Count gives what Get Many would return, in one request, over both APIs', async () => {
		const all = await runNode(sb, { resource: 'product', operation: 'getAll', returnAll: true, simplify: false, filters: { status: 'publish' } });
		const rest = await runNode(sb, { resource: 'product', operation: 'count', filters: { status: 'publish' } });
		expect(rest.error).toBeUndefined();
		expect(rest.json).toEqual([{ count: all.json.length }]);
		expect(rest.requests).toHaveLength(1);
		expect(rest.requests[0].query).toMatchObject({ per_page: '1', _fields: 'id', status: 'publish' });
		const before = sb.requests.length;
		const legacy = await runNode(sb, { resource: 'product', operation: 'count' }, LEGACY);
		expect(legacy.error).toBeUndefined();
		const total = [...sb.store.products.values()].filter((p: any) => p.type !== 'variation' && p.status !== 'trash').length;
		expect(legacy.json).toEqual([{ count: total }]);
		expect(legacyRequests(before).map((r: any) => r.path)).toEqual(['/wc-api/v3/products/count']);
	});

	it('Customer, Coupon and Order > Count over wc/v3; Order > Count checks its status filter first', async () => {
		const customers = await runNode(sb, { resource: 'customer', operation: 'count' });
		expect(customers.json[0].count).toBe([...sb.store.customers.values()].length);
		const coupons = await runNode(sb, { resource: 'coupon', operation: 'count' });
		expect(coupons.json[0].count).toBe((await runNode(sb, { resource: 'coupon', operation: 'getAll', returnAll: true })).json.length);
		const processing = await runNode(sb, { resource: 'order', operation: 'count', filters: { status: ['processing'] } });
		expect(processing.json[0].count).toBe([...sb.store.orders.values()].filter((o: any) => o.type !== 'refund' && o.status === 'processing').length);
		const bad = await runNode(sb, { resource: 'order', operation: 'count', filters: { status: ['shipped'] } });
		expect(bad.error?.message).toMatch(/"shipped"/);
	});
});

it('Batch over the legacy API is refused with what to do, before any request', async () => {
	const before = sb.requests.length;
	const run = await runNode(
		sb,
		{ resource: 'product', operation: 'batch', batchAction: 'update', batchId: '={{ $json.id }}', batchData: '={{ { name: "x" } }}' },
		{ ...LEGACY, items: [{ id: 11 }] },
	);
	expect(run.error?.message).toBe('Batch writes are not available over the legacy REST API (wc-api/v3)');
	expect(legacyRequests(before)).toEqual([]);
});

describe('one workflow, both APIs: products, orders, customers and coupons with Filters, Fields and Return All', () => {
	// Orders in the posts table, where the legacy API can read them (the HPOS case is above).
	beforeEach(() => sb.set({ hpos: false }));
	afterEach(() => sb.set({ hpos: true }));
	const byIdOrder = (records: IDataObject[]) => [...records].sort((a, b) => Number(a.id) - Number(b.id));

	it.each([
		['products with a search, Fields and Return All', { resource: 'product', operation: 'getAll', returnAll: true, filters: { search: 'e' }, options: { fields: 'id,sku,price' } }],
		['products sorted by title with a Limit', { resource: 'product', operation: 'getAll', limit: 5, options: { orderby: 'title', order: 'asc', fields: 'id,sku' } }],
		['orders with a status filter, Fields and Return All', { resource: 'order', operation: 'getAll', returnAll: true, filters: { status: ['processing'] }, options: { fields: 'id,status,total' } }],
		['customers of every role with Fields and Return All', { resource: 'customer', operation: 'getAll', returnAll: true, options: { fields: 'id,email,role' } }],
		['coupons with Fields and Return All', { resource: 'coupon', operation: 'getAll', returnAll: true, options: { fields: 'id,code,amount' } }],
	])('%s: the same records, asked in each API\'s dialect', async (_title, parameters: IDataObject) => {
		const rest = await runNode(sb, parameters);
		const before = sb.requests.length;
		const legacy = await runNode(sb, parameters, LEGACY);
		expect(rest.error).toBeUndefined();
		expect(legacy.error).toBeUndefined();
		expect(rest.json.length).toBeGreaterThan(0);
		const sorted = (parameters.options as IDataObject).orderby !== undefined;
		expect(sorted ? legacy.json : byIdOrder(legacy.json)).toEqual(sorted ? rest.json : byIdOrder(rest.json));
		for (const request of legacyRequests(before)) {
			expect(request.query).not.toHaveProperty('per_page');
			expect(request.query).not.toHaveProperty('_fields');
			expect(request.query.fields).toBe((parameters.options as IDataObject).fields);
		}
	});

	it.each([
		['product', { filters: { search: 'e' } }],
		['order', { filters: { status: ['processing'] } }],
		['customer', {}],
		['coupon', {}],
	])('%s > Count gives what Get Many returns, over both APIs', async (resource, extra: IDataObject) => {
		const all = await runNode(sb, { resource, operation: 'getAll', returnAll: true, options: { fields: 'id' }, ...extra });
		expect(all.json.length).toBeGreaterThan(0);
		for (const credentials of [{}, LEGACY]) {
			const count = await runNode(sb, { resource, operation: 'count', ...extra }, credentials);
			expect(count.error).toBeUndefined();
			expect(count.json).toEqual([{ count: all.json.length }]);
		}
	});

	it('Order > Get with Simplify gives the same compact order over both APIs', async () => {
		const id = [...sb.store.orders.values()].find((o: any) => o.type === 'order').id;
		const rest = await runNode(sb, { resource: 'order', operation: 'get', orderId: byId(id), simplify: true });
		const legacy = await runNode(sb, { resource: 'order', operation: 'get', orderId: byId(id), simplify: true }, LEGACY);
		expect(legacy.error).toBeUndefined();
		expect(Object.keys(legacy.json[0]).sort()).toEqual(Object.keys(rest.json[0]).sort());
		expect([legacy.json[0].id, legacy.json[0].status, legacy.json[0].total]).toEqual([rest.json[0].id, rest.json[0].status, rest.json[0].total]);
	});
});

describe('Plain permalinks: the legacy API through index.php?wc-api-route=', () => {
	beforeEach(() => sb.set({ plainPermalinks: true }));
	afterEach(() => sb.set({ plainPermalinks: false }));

	it('the store has no /wc-api/ address then, and the node still reads and writes (OAuth signed for the /wc-api/ address)', async () => {
		const pretty = await fetch(`${sb.url}/wc-api/v3/products`);
		expect(pretty.headers.get('content-type')).toMatch(/text\/html/);
		const before = sb.requests.length;
		const list = await runNode(sb, { resource: 'product', operation: 'getAll', limit: 3, options: { fields: 'id' } }, LEGACY);
		expect(list.error).toBeUndefined();
		expect(list.json).toHaveLength(3);
		const created = await runNode(sb, { resource: 'product', operation: 'create', name: 'Plain Lamp' }, LEGACY);
		expect(created.error).toBeUndefined();
		expect(sb.store.products.get(created.json[0].id)).toMatchObject({ name: 'Plain Lamp' });
		const sent = legacyRequests(before);
		expect(sent.map((r: any) => `${r.method} ${r.path}`)).toEqual(['GET /wc-api/v3/products', 'POST /wc-api/v3/products']);
		for (const request of sent) expect(request.url).toMatch(/^\/index\.php\?wc-api-version=3&wc-api-route=\/products&/);
	});

	it('a wc/v3 credential on that store is told to change the permalinks or use the legacy API', async () => {
		const run = await runNode(sb, { resource: 'product', operation: 'getAll', limit: 1 });
		expect(`${run.error?.message} ${run.error?.description}`).toMatch(/Plain[\s\S]*wc-api\/v3 \(legacy\), which works with any permalinks/);
	});
});

describe('order writes and notes over both APIs (orders in the posts table)', () => {
	beforeEach(() => sb.set({ hpos: false }));
	afterEach(() => sb.set({ hpos: true }));

	it.each([['wc/v3'], ['wc-api/v3']])('%s: Order > Update sets the status; Order Note > Create adds a note that Get Many lists', async (apiVersion) => {
		const credentials = { credentials: { apiVersion } };
		const order = [...sb.store.orders.values()].find((o: any) => o.type === 'order' && o.status === 'processing');
		const updated = await runNode(sb, { resource: 'order', operation: 'update', orderId: byId(order.id), updateFields: { status: 'on-hold' } }, credentials);
		expect(updated.error).toBeUndefined();
		expect(updated.json[0]).toMatchObject({ id: order.id, status: 'on-hold' });
		expect(sb.store.orders.get(order.id).status).toBe('on-hold');
		const note = `Packed (${apiVersion})`;
		const created = await runNode(sb, { resource: 'orderNote', operation: 'create', orderId: byId(order.id), note, customer_note: true }, credentials);
		expect(created.error).toBeUndefined();
		expect(created.json[0]).toMatchObject({ note, customer_note: true });
		const notes = await runNode(sb, { resource: 'orderNote', operation: 'getAll', orderId: byId(order.id), returnAll: true }, credentials);
		expect(notes.error).toBeUndefined();
		expect(notes.json.map((n) => n.note)).toContain(note);
	});

	it('Order Note > Get Many refuses the Type filter over the legacy API (it would return every note)', async () => {
		const order = [...sb.store.orders.values()].find((o: any) => o.type === 'order');
		const run = await runNode(sb, { resource: 'orderNote', operation: 'getAll', orderId: byId(order.id), filters: { type: 'customer' } }, LEGACY);
		expect(run.error?.message).toBe('The legacy REST API (wc-api/v3) has no "Type" filter (item 1)');
	});
});
