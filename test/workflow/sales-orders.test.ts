/**
 * Order resource, run through n8n-core's engine against the sandbox store over real HTTP:
 * the request each operation sends (method, path, query, body) and the items it outputs.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { callSandbox } from '../helpers/sandboxSeed';
import { byId, byUrl, orderIds, runNode, useStore, writes } from './sales.helpers';

const sb = useStore('demo', { preloadNode: true, clearFaults: true });

const lastOrderId = () => orderIds(sb).slice(-1)[0];

describe('Order > Create with an Idempotency Key', () => {
	const create = async (key: string) =>
		await runNode(sb, {
			resource: 'order',
			operation: 'create',
			line_items: { values: [{ product_id: '11', quantity: 1, variation_id: 0, id: 0, subtotal: '', total: '', meta_data: '' }] },
			idempotencyKey: key,
			additionalFields: {},
		});

	it('stores the key in the meta data and, run again with the same key, returns that order instead of a second one', async () => {
		const first = await create('erp-4711');
		expect(first.error).toBeUndefined();
		const posts = first.requests.filter((r) => r.method === 'POST');
		expect(posts).toHaveLength(1);
		expect(posts[0].body.meta_data).toEqual([{ key: 'n8n_idempotency_key', value: 'erp-4711' }]);
		const id = first.json[0].id;
		const count = orderIds(sb).length;

		const again = await create('erp-4711');
		expect(again.error).toBeUndefined();
		expect(again.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
		expect(again.json[0].id).toBe(id);
		expect(orderIds(sb)).toHaveLength(count);
		// The lookup reads only ids and meta data of the orders created in the window.
		const lookup = again.requests.find((r) => r.method === 'GET' && r.path === 'orders')!;
		expect(lookup.query).toMatchObject({ _fields: 'id,meta_data', status: 'any' });
		expect(lookup.query.after).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);

		const other = await create('erp-4712');
		expect(other.json[0].id).not.toBe(id);
		expect(orderIds(sb)).toHaveLength(count + 1);
	});
});

describe('Order > Create', () => {
	it('sends line items, addresses, lines, meta and extra JSON as WooCommerce fields', async () => {
		const res = await runNode(sb, {
			resource: 'order',
			operation: 'create',
			line_items: {
				values: [
					{ product_id: '11', quantity: 2, variation_id: 0, id: 0, subtotal: '', total: '', meta_data: '' },
					{ product_id: '37', variation_id: 40, quantity: 1, id: 0, subtotal: '49.00', total: '45.00', meta_data: '{"gift_wrap": "yes"}' },
				],
			},
			additionalFields: {
				status: 'on-hold',
				customer_id: 2,
				currency: 'USD',
				payment_method: 'bacs',
				payment_method_title: 'Direct bank transfer',
				set_paid: false,
				customer_note: 'Leave at the door',
				billing: { first_name: 'Jane', last_name: 'Doe', address_1: '1 Market St', city: 'San Francisco', state: 'CA', postcode: '94105', country: 'US', email: 'jane@example.com', phone: '555-0100' },
				shipping: { first_name: 'Jane', postcode: '94105', state: 'CA', country: 'US' },
				shipping_lines: { values: [{ id: 0, method_id: 'flat_rate', method_title: 'Flat rate', total: '5.00' }] },
				fee_lines: { values: [{ id: 0, name: 'Gift wrap', total: '2.50', tax_status: 'none', tax_class: '' }] },
				coupon_lines: { values: [{ code: 'summer10' }] },
				meta_data: { values: [{ key: 'channel', value: 'n8n' }] },
				extraFieldsJson: '{"transaction_id": "tx-1"}',
			},
		});
		expect(res.error).toBeUndefined();
		expect(res.requests).toHaveLength(1);
		const [request] = res.requests;
		expect(request.method).toBe('POST');
		expect(request.path).toBe('orders');
		expect(request.body).toEqual({
			line_items: [
				{ product_id: 11, quantity: 2 },
				{ product_id: 37, variation_id: 40, quantity: 1, subtotal: '49.00', total: '45.00', meta_data: [{ key: 'gift_wrap', value: 'yes' }] },
			],
			status: 'on-hold',
			customer_id: 2,
			currency: 'USD',
			payment_method: 'bacs',
			payment_method_title: 'Direct bank transfer',
			set_paid: false,
			customer_note: 'Leave at the door',
			billing: { first_name: 'Jane', last_name: 'Doe', address_1: '1 Market St', city: 'San Francisco', state: 'CA', postcode: '94105', country: 'US', email: 'jane@example.com', phone: '555-0100' },
			shipping: { first_name: 'Jane', postcode: '94105', state: 'CA', country: 'US' },
			shipping_lines: [{ method_id: 'flat_rate', method_title: 'Flat rate', total: '5.00' }],
			fee_lines: [{ name: 'Gift wrap', total: '2.50', tax_status: 'none' }],
			coupon_lines: [{ code: 'summer10' }],
			meta_data: [{ key: 'channel', value: 'n8n' }],
			transaction_id: 'tx-1',
		});
		expect(res.items).toHaveLength(1);
		const order = res.json[0];
		expect(order.status).toBe('on-hold');
		expect(order.shipping).toMatchObject({ postcode: '94105', state: 'CA' });
		expect((order.line_items as any[]).map((line) => [line.product_id, line.variation_id, line.quantity])).toEqual([
			[11, 0, 2],
			[37, 40, 1],
		]);
		expect(res.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('refuses a quantity of 0 or below, naming the field, the line and the item, before any request', async () => {
		const res = await runNode(sb, {
			resource: 'order',
			operation: 'create',
			line_items: { values: [{ product_id: '11', quantity: 0 }] },
			additionalFields: {},
		});
		expect(res.error).toBeDefined();
		expect(res.error.message).toBe('The field "Quantity" of line item 1 in item 1 must be a whole number of at least 1, not 0');
		expect(res.requests).toHaveLength(0);
	});

	it('refuses an unknown status on create, before writing', async () => {
		const res = await runNode(sb, {
			resource: 'order',
			operation: 'create',
			line_items: { values: [{ product_id: '11', quantity: 1 }] },
			additionalFields: { status: 'shipped' },
		});
		expect(res.error.message).toBe('The order status "shipped" in item 1 (field "Status") is not a status this store knows');
		expect(writes(res.requests)).toHaveLength(0);
	});

	it('with several items, validates each one on its own (continueOnFail keeps the others)', async () => {
		const res = await runNode(
			sb,
			{
				resource: 'order',
				operation: 'create',
				line_items: { values: [{ product_id: '={{ $json.product }}', quantity: '={{ $json.quantity }}' }] },
				additionalFields: { extraFieldsJson: '={{ $json.extra }}' },
			},
			{
				continueOnFail: true,
				items: [
					{ product: 11, quantity: 1, extra: '{"customer_note": "first"}' },
					{ product: 11, quantity: -2, extra: '{}' },
					{ product: 'tee', quantity: 1, extra: '{}' },
					{ product: 12, quantity: 1.5, extra: '{}' },
					{ product: 12, quantity: 1, extra: '{"customer_note": ' },
					{ product: 12, quantity: 3, extra: '{}' },
				],
			},
		);
		expect(res.error).toBeUndefined();
		expect(res.items.map((item) => item.pairedItem)).toEqual([0, 1, 2, 3, 4, 5].map((item) => ({ item })));
		expect(res.json[1].error).toBe('The field "Quantity" of line item 1 in item 2 must be a whole number of at least 1, not -2');
		expect(res.json[2].error).toBe('The line item 1 product ID "tee" in item 3 is not a positive whole number');
		expect(res.json[3].error).toMatch(/"Quantity" of line item 1 in item 4 must be a whole number/);
		expect(res.json[4].error).toBe('The field "Extra Fields (JSON)" in item 5 is not valid JSON');
		// Only items 1 and 6 reached the store, each with its own body: nothing leaks from item 1 to item 6.
		expect(res.requests.map((request) => request.body)).toEqual([
			{ line_items: [{ product_id: 11, quantity: 1 }], customer_note: 'first' },
			{ line_items: [{ product_id: 12, quantity: 3 }] },
		]);
		expect(res.json[0].customer_note).toBe('first');
		expect(res.json[5].customer_note).toBe('');
	});
});

describe('Order > Get', () => {
	it('returns the simplified order by default', async () => {
		const id = orderIds(sb)[0];
		const res = await runNode(sb, { resource: 'order', operation: 'get', orderId: byId(id) });
		expect(res.requests).toEqual([{ method: 'GET', path: `orders/${id}`, query: {}, body: null }]);
		const order = res.json[0];
		expect(Object.keys(order)).toEqual([
			'id', 'number', 'status', 'currency', 'total', 'subtotal', 'total_tax', 'shipping_total', 'discount_total',
			'date_created', 'date_modified', 'date_paid', 'date_completed', 'customer_id', 'billing', 'shipping',
			'line_items', 'payment_method', 'payment_method_title', 'customer_note',
		]);
		expect(order.billing).toEqual({ name: 'Alice Smith', email: 'alice@example.com', phone: '555-0100' });
		expect(Object.keys((order.line_items as any[])[0])).toEqual(['id', 'name', 'product_id', 'variation_id', 'sku', 'quantity', 'total']);
	});

	it('returns the raw order with Simplify off, and nested Fields with dot notation', async () => {
		const id = orderIds(sb)[0];
		const raw = await runNode(sb, { resource: 'order', operation: 'get', orderId: byId(id), simplify: false });
		expect(raw.json[0]).toHaveProperty('order_key');
		expect(raw.json[0]).toHaveProperty('_links');

		const fields = await runNode(sb, {
			resource: 'order',
			operation: 'get',
			orderId: byId(id),
			options: { fields: 'id, billing.email, line_items.sku' },
		});
		expect(fields.requests[0].query).toEqual({ _fields: 'id,billing,line_items' });
		expect(fields.json[0]).toEqual({
			id,
			billing: { email: 'alice@example.com' },
			line_items: [{ sku: 'DEMO-001' }, { sku: 'DEMO-HOODIE-L' }],
		});
	});

	it('accepts a wp-admin URL and refuses a non-numeric ID before any request', async () => {
		const id = orderIds(sb)[1];
		const url = await runNode(sb, {
			resource: 'order',
			operation: 'get',
			orderId: byUrl(`${sb.url}/wp-admin/admin.php?page=wc-orders&action=edit&id=${id}`),
		});
		expect(url.requests[0].path).toBe(`orders/${id}`);

		// The editor refuses "abc" typed by hand; an expression can still produce it.
		const bad = await runNode(sb, { resource: 'order', operation: 'get', orderId: byId('={{ $json.id }}') }, { items: [{ id: 'abc' }] });
		expect(bad.error.message).toBe('The order ID "abc" in item 1 is not a positive whole number');
		expect(bad.requests).toHaveLength(0);
	});

	it('reads each item\'s own ID from an expression', async () => {
		const [a, b] = orderIds(sb);
		const res = await runNode(
			sb,
			{ resource: 'order', operation: 'get', orderId: { __rl: true, mode: 'id', value: '={{ $json.orderId }}' } },
			{ items: [{ orderId: a }, { orderId: b }] },
		);
		expect(res.requests.map((request) => request.path)).toEqual([`orders/${a}`, `orders/${b}`]);
		expect(res.json.map((order) => order.id)).toEqual([a, b]);
		expect(res.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});
});

describe('Order > Get Many', () => {
	it('sends every filter, statuses comma-separated, on every page of Return All', async () => {
		const res = await runNode(sb, {
			resource: 'order',
			operation: 'getAll',
			returnAll: true,
			filters: {
				status: ['processing', 'completed'],
				customer: 2,
				after: '2000-01-01T00:00:00',
				modified_before: '2100-01-01T00:00:00',
				search: 'example.com',
			},
			options: { concurrency: 2 },
		});
		expect(res.error).toBeUndefined();
		expect(res.requests.length).toBeGreaterThanOrEqual(1);
		for (const request of res.requests) {
			expect(request.method).toBe('GET');
			expect(request.path).toBe('orders');
			expect(request.query).toMatchObject({
				status: 'processing,completed',
				customer: '2',
				after: '2000-01-01T00:00:00',
				modified_before: '2100-01-01T00:00:00',
				search: 'example.com',
			});
		}
		const expected = [...sb.store.orders.values()]
			.filter((o: any) => o.type === 'order' && o.customer_id === 2 && ['processing', 'completed'].includes(o.status))
			.map((o: any) => o.id)
			.sort((x: number, y: number) => x - y);
		expect(expected.length).toBeGreaterThan(0);
		expect(res.json.map((order) => order.id)).toEqual(expected);
		expect(res.json.every((order) => order.customer_id === 2)).toBe(true);
	});

	it('keeps every filter on every page when Return All walks several pages', async () => {
		const customer = [...sb.store.customers.values()].find((c: any) => c.email === 'erin@example.com').id;
		for (let i = 0; i < 230; i++) {
			await callSandbox(sb, 'POST', 'orders', { customer_id: customer, status: i % 3 === 0 ? 'on-hold' : 'pending', line_items: [{ product_id: 11, quantity: 1 }] });
		}
		const res = await runNode(sb, {
			resource: 'order',
			operation: 'getAll',
			returnAll: true,
			filters: { customer, status: ['pending'], product: 11 },
			options: { fields: 'id,status,customer_id' },
		});
		expect(res.error).toBeUndefined();
		const pages = res.requests.filter((request) => request.path === 'orders');
		expect(pages.length).toBeGreaterThanOrEqual(2);
		for (const page of pages) {
			expect(page.query).toMatchObject({ customer: String(customer), status: 'pending', product: '11', per_page: '100' });
		}
		const expected = [...sb.store.orders.values()].filter(
			(o: any) => o.type === 'order' && o.customer_id === customer && o.status === 'pending' && o.line_items.some((line: any) => line.product_id === 11),
		);
		const ids = res.json.map((o) => o.id);
		expect(ids.length).toBe(expected.length);
		expect(new Set(ids).size).toBe(ids.length);
		expect(res.json.every((o) => o.status === 'pending' && o.customer_id === customer)).toBe(true);
	});

	it('walks several pages with Return All, each order once', async () => {
		const res = await runNode(sb, { resource: 'order', operation: 'getAll', returnAll: true, options: { fields: 'id' } });
		const ids = res.json.map((order) => order.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.length).toBe(orderIds(sb).filter((id) => sb.store.orders.get(id).status !== 'trash').length);
	});

	it('limits, sorts, and keeps filters per item (nothing leaks from item 1 to item 2)', async () => {
		const res = await runNode(
			sb,
			{
				resource: 'order',
				operation: 'getAll',
				limit: 2,
				filters: { status: '={{ $json.status }}' },
				options: { orderby: 'id', order: 'desc', fields: 'id,status' },
			},
			{ items: [{ status: ['pending'] }, { status: [] }] },
		);
		expect(res.error).toBeUndefined();
		expect(res.requests).toHaveLength(2);
		expect(res.requests[0].query).toMatchObject({ status: 'pending', orderby: 'id', order: 'desc', _fields: 'id,status' });
		expect(res.requests[1].query).not.toHaveProperty('status');
		expect(res.json.slice(0, 2).every((order) => order.status === 'pending')).toBe(true);
		expect(res.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 1 }, { item: 1 }]);
	});

	it('refuses an unknown status and a bad ID list before listing', async () => {
		const status = await runNode(sb, { resource: 'order', operation: 'getAll', filters: { status: ['shipped'] } });
		expect(status.error.message).toBe('The order status "shipped" in item 1 (field "Filters > Status") is not a status this store knows');
		expect(status.error.description).toMatch(/Use one of: cancelled, checkout-draft, completed/);
		expect(status.requests.filter((request) => request.method === 'GET' && request.path === 'orders')).toHaveLength(0);

		const include = await runNode(sb, { resource: 'order', operation: 'getAll', filters: { include: '12,abc' } });
		expect(include.error.message).toBe('The filter "Include IDs" in item 1 must be a comma-separated list of order IDs, not "abc"');
		expect(include.requests).toHaveLength(0);
	});
});

describe('Order > Update, Change Status, Add Note, Delete', () => {
	it('updates only the fields given', async () => {
		const id = orderIds(sb)[2];
		const res = await runNode(sb, {
			resource: 'order',
			operation: 'update',
			orderId: byId(id),
			updateFields: { billing: { phone: '555-0199' }, customer_note: 'Ring twice', line_items: { values: [{ id: sb.store.orders.get(id).line_items[0].id, quantity: 4 }] } },
		});
		expect(res.error).toBeUndefined();
		expect(res.requests).toEqual([
			{
				method: 'PUT',
				path: `orders/${id}`,
				query: {},
				body: { billing: { phone: '555-0199' }, customer_note: 'Ring twice', line_items: [{ id: sb.store.orders.get(id).line_items[0].id, quantity: 4 }] },
			},
		]);
		expect(res.json[0].customer_note).toBe('Ring twice');
		expect((res.json[0].billing as any).phone).toBe('555-0199');
		expect((res.json[0].billing as any).email).toBe('carol@example.com');
	});

	it('refuses an empty update', async () => {
		const res = await runNode(sb, { resource: 'order', operation: 'update', orderId: byId(orderIds(sb)[2]), updateFields: {} });
		expect(res.error.message).toBe('Nothing to update in item 1');
		expect(res.requests).toHaveLength(0);
	});

	it('changes the status, normalising how it is written', async () => {
		const id = orderIds(sb)[0];
		const res = await runNode(
			sb,
			{ resource: 'order', operation: 'changeStatus', orderId: byId(id), newStatus: '={{ $json.status }}' },
			{ items: [{ status: 'On hold' }, { status: 'wc-completed' }] },
		);
		expect(writes(res.requests)).toEqual([
			{ method: 'PUT', path: `orders/${id}`, query: {}, body: { status: 'on-hold' } },
			{ method: 'PUT', path: `orders/${id}`, query: {}, body: { status: 'completed' } },
		]);
		expect(res.json.map((order) => order.status)).toEqual(['on-hold', 'completed']);
	});

	it('refuses a status the store does not know, without writing', async () => {
		const id = orderIds(sb)[0];
		const res = await runNode(sb, { resource: 'order', operation: 'changeStatus', orderId: byId(id), newStatus: 'shipped' });
		expect(res.error.message).toBe('The order status "shipped" in item 1 (field "New Status") is not a status this store knows');
		expect(writes(res.requests)).toHaveLength(0);
	});

	it("accepts the store's custom statuses, read from the OPTIONS /orders schema", async () => {
		const id = orderIds(sb)[1];
		// The sandbox has no custom statuses: answer OPTIONS /orders like a store with one registered, and the write.
		sb.faults.add({
			method: 'OPTIONS',
			path: '/orders',
			status: 200,
			body: {
				namespace: 'wc/v3',
				methods: ['GET', 'POST'],
				endpoints: [{ methods: ['GET'], args: { status: { type: 'array', items: { type: 'string', enum: ['any', 'trash', 'pending', 'processing', 'awaiting-shipment'] } } } }],
				schema: { properties: { status: { type: 'string', enum: ['pending', 'processing', 'awaiting-shipment'] } } },
			},
		});
		sb.faults.add({ method: 'PUT', path: `/orders/${id}`, times: 1, status: 200, body: { id, status: 'awaiting-shipment' } });
		const res = await runNode(sb, { resource: 'order', operation: 'changeStatus', orderId: byId(id), newStatus: 'Awaiting Shipment' });
		expect(res.error).toBeUndefined();
		expect(res.requests.map((request) => request.method)).toEqual(['OPTIONS', 'PUT']);
		expect(res.requests[1].body).toEqual({ status: 'awaiting-shipment' });
		expect(res.json[0]).toEqual({ id, status: 'awaiting-shipment' });
	});

	it('adds a customer note', async () => {
		const id = orderIds(sb)[3];
		const res = await runNode(sb, { resource: 'order', operation: 'addNote', orderId: byId(id), note: 'Shipped via UPS.', customer_note: true });
		expect(res.requests).toEqual([{ method: 'POST', path: `orders/${id}/notes`, query: {}, body: { note: 'Shipped via UPS.', customer_note: true } }]);
		expect(res.json[0]).toMatchObject({ note: 'Shipped via UPS.', customer_note: true });
	});

	it('moves to the trash, or deletes permanently with Force', async () => {
		const [a, b] = orderIds(sb).slice(-2);
		const trash = await runNode(sb, { resource: 'order', operation: 'delete', orderId: byId(a) });
		expect(trash.requests).toEqual([{ method: 'DELETE', path: `orders/${a}`, query: { force: 'false' }, body: null }]);
		expect(trash.json[0]).toMatchObject({ deleted: true, permanently: false, id: a });
		expect(sb.store.orders.get(a).status).toBe('trash');

		const force = await runNode(sb, { resource: 'order', operation: 'delete', orderId: byId(b), force: true });
		expect(force.requests[0].query).toEqual({ force: 'true' });
		expect(force.json[0]).toMatchObject({ deleted: true, permanently: true, id: b });
		expect(sb.store.orders.has(b)).toBe(false);
	});

	it('turns a read-only key writing into one clear sentence', async () => {
		const res = await runNode(
			sb,
			{ resource: 'order', operation: 'changeStatus', orderId: byId(orderIds(sb)[0]), newStatus: 'completed' },
			{ key: 'readOnly' },
		);
		expect(res.error.message).toBe('The API key provided does not have write permissions.');
		expect(res.error.description).toMatch(/read-only key: create a Read\/Write key/);
		expect(JSON.stringify(res.error)).not.toContain(sb.keys.readOnly.secret);
	});
});

describe('Order > Batch', () => {
	it('updates many orders, each output item carrying its own result or error', async () => {
		const [a, b] = orderIds(sb);
		const res = await runNode(
			sb,
			{ resource: 'order', operation: 'batch', batchAction: 'update', batchId: '={{ $json.id }}', batchData: '={{ JSON.stringify({ customer_note: $json.note }) }}' },
			{ items: [{ id: a, note: 'one' }, { id: 999999, note: 'missing' }, { id: b, note: 'two' }] },
		);
		expect(res.error).toBeUndefined();
		expect(res.requests).toHaveLength(1);
		expect(res.requests[0]).toMatchObject({ method: 'POST', path: 'orders/batch' });
		expect(res.requests[0].body).toEqual({
			update: [
				{ customer_note: 'one', id: a },
				{ customer_note: 'missing', id: 999999 },
				{ customer_note: 'two', id: b },
			],
		});
		expect(res.json[0]).toMatchObject({ id: a, customer_note: 'one' });
		expect(res.json[1]).toMatchObject({ success: false, id: 999999, code: 'woocommerce_rest_shop_order_invalid_id' });
		expect(res.json[2]).toMatchObject({ id: b, customer_note: 'two' });
		expect(res.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	it('creates and deletes many', async () => {
		const created = await runNode(
			sb,
			{ resource: 'order', operation: 'batch', batchAction: 'create', batchData: '={{ JSON.stringify({ line_items: [{ product_id: $json.product, quantity: 1 }] }) }}' },
			{ items: [{ product: 11 }, { product: 12 }] },
		);
		expect(created.requests[0].body).toEqual({ create: [{ line_items: [{ product_id: 11, quantity: 1 }] }, { line_items: [{ product_id: 12, quantity: 1 }] }] });
		const ids = created.json.map((order) => order.id as number);
		expect(ids.every((id) => id > 0)).toBe(true);

		const deleted = await runNode(sb, { resource: 'order', operation: 'batch', batchAction: 'delete', batchId: '={{ $json.id }}' }, { items: ids.map((id) => ({ id })) });
		expect(deleted.requests[0].body).toEqual({ delete: ids });
		expect(deleted.json.map((order) => order.id)).toEqual(ids);
		expect(ids.every((id) => !sb.store.orders.has(id))).toBe(true);
		expect(lastOrderId()).toBeLessThan(ids[0]);
	});
});
