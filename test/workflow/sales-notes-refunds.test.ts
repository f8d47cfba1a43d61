/**
 * Order Note and Order Refund resources, run through n8n-core's engine against the sandbox store over real HTTP.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { byId, byUrl, orderIds, runNode, useStore } from './sales.helpers';

const sb = useStore('demo', { preloadNode: true });

/** A processing order of the demo store (total > 0, nothing refunded yet). */
function refundableOrder(offset = 0): any {
	const orders = orderIds(sb)
		.map((id) => sb.store.orders.get(id))
		.filter((o: any) => o.status === 'processing');
	return orders[offset];
}

describe('Order Note', () => {
	it('creates a private note and a customer note, then lists them by type without paging parameters', async () => {
		const id = orderIds(sb)[4];
		const created = await runNode(
			sb,
			{ resource: 'orderNote', operation: 'create', orderId: byId(id), note: '={{ $json.text }}', customer_note: '={{ $json.customer }}', added_by_user: false },
			{ items: [{ text: 'Internal: check fraud score.', customer: false }, { text: 'Packed and shipped.', customer: true }] },
		);
		expect(created.requests).toEqual([
			{ method: 'POST', path: `orders/${id}/notes`, query: {}, body: { note: 'Internal: check fraud score.', customer_note: false } },
			{ method: 'POST', path: `orders/${id}/notes`, query: {}, body: { note: 'Packed and shipped.', customer_note: true } },
		]);
		expect(created.json.map((note) => [note.note, note.customer_note])).toEqual([
			['Internal: check fraud score.', false],
			['Packed and shipped.', true],
		]);

		const customer = await runNode(sb, { resource: 'orderNote', operation: 'getAll', orderId: byId(id), filters: { type: 'customer' } });
		// Notes are not paginated (046): one request, no page/per_page.
		expect(customer.requests).toEqual([{ method: 'GET', path: `orders/${id}/notes`, query: { type: 'customer' }, body: null }]);
		expect(customer.json.map((note) => note.note)).toEqual(['Packed and shipped.']);

		const all = await runNode(sb, { resource: 'orderNote', operation: 'getAll', orderId: byId(id) });
		expect(all.requests[0].query).toEqual({});
		expect(all.json.map((note) => note.note)).toEqual(expect.arrayContaining(['Packed and shipped.', 'Internal: check fraud score.']));
	});

	it('gets a note by ID or by its REST URL, and deletes it permanently', async () => {
		const id = orderIds(sb)[5];
		const created = await runNode(sb, { resource: 'orderNote', operation: 'create', orderId: byId(id), note: 'To delete' });
		const noteId = created.json[0].id as number;

		const byRestUrl = await runNode(sb, {
			resource: 'orderNote',
			operation: 'get',
			orderId: byId(id),
			noteId: byUrl(`${sb.url}/wp-json/wc/v3/orders/${id}/notes/${noteId}`),
		});
		expect(byRestUrl.requests).toEqual([{ method: 'GET', path: `orders/${id}/notes/${noteId}`, query: {}, body: null }]);
		expect(byRestUrl.json[0]).toMatchObject({ id: noteId, note: 'To delete', customer_note: false });

		const deleted = await runNode(sb, { resource: 'orderNote', operation: 'delete', orderId: byId(id), noteId: byId(noteId) });
		expect(deleted.requests).toEqual([{ method: 'DELETE', path: `orders/${id}/notes/${noteId}`, query: { force: 'true' }, body: null }]);
		expect(deleted.json[0]).toMatchObject({ deleted: true, permanently: true, id: noteId });
	});

	it('refuses an empty note and names the item; continueOnFail keeps going', async () => {
		const id = orderIds(sb)[5];
		const res = await runNode(
			sb,
			{ resource: 'orderNote', operation: 'create', orderId: byId('={{ $json.order }}'), note: '={{ $json.text }}' },
			{ continueOnFail: true, items: [{ order: id, text: '' }, { order: 'x1', text: 'hello' }, { order: id, text: 'ok' }] },
		);
		expect(res.json[0].error).toBe('The field "Note" is empty in item 1');
		expect(res.json[1].error).toBe('The order ID "x1" in item 2 is not a positive whole number');
		expect(res.json[2]).toMatchObject({ note: 'ok' });
		expect(res.requests).toHaveLength(1);
	});
});

describe('Order Refund', () => {
	it('creates a refund with line items, amount as a string, and the gateway off by default', async () => {
		const order = refundableOrder();
		const line = order.line_items[0];
		const res = await runNode(sb, {
			resource: 'orderRefund',
			operation: 'create',
			orderId: byId(order.id),
			amount: line.total,
			additionalFields: {
				reason: 'Arrived broken',
				line_items: { values: [{ id: line.id, quantity: 1, refund_total: line.total, refund_tax: '', tax_rate_id: 0 }] },
			},
		});
		expect(res.error).toBeUndefined();
		expect(res.requests).toEqual([
			{
				method: 'POST',
				path: `orders/${order.id}/refunds`,
				query: {},
				body: {
					amount: line.total,
					api_refund: false,
					reason: 'Arrived broken',
					line_items: [{ id: line.id, quantity: 1, refund_total: line.total }],
				},
			},
		]);
		expect(res.json[0]).toMatchObject({ amount: line.total, reason: 'Arrived broken', refunded_payment: false });

		const list = await runNode(sb, { resource: 'orderRefund', operation: 'getAll', orderId: byId(order.id), returnAll: true, filters: { dp: 2 } });
		expect(list.requests[0]).toMatchObject({ method: 'GET', path: `orders/${order.id}/refunds` });
		expect(list.requests[0].query).toMatchObject({ dp: '2' });
		expect(list.json.map((refund) => refund.id)).toEqual([res.json[0].id]);

		const one = await runNode(sb, { resource: 'orderRefund', operation: 'get', orderId: byId(order.id), refundId: byId(res.json[0].id as number) });
		expect(one.requests[0].path).toBe(`orders/${order.id}/refunds/${res.json[0].id}`);
		expect(one.json[0]).toMatchObject({ id: res.json[0].id, amount: line.total });

		const deleted = await runNode(sb, { resource: 'orderRefund', operation: 'delete', orderId: byId(order.id), refundId: byId(res.json[0].id as number) });
		expect(deleted.requests[0]).toEqual({ method: 'DELETE', path: `orders/${order.id}/refunds/${res.json[0].id}`, query: { force: 'true' }, body: null });
		expect(deleted.json[0]).toMatchObject({ deleted: true, permanently: true, id: res.json[0].id });
	});

	it('sends Refund Through Gateway and per-rate tax when asked', async () => {
		const order = refundableOrder(1);
		const line = order.line_items[0];
		const res = await runNode(sb, {
			resource: 'orderRefund',
			operation: 'create',
			orderId: byId(order.id),
			amount: '1.00',
			api_refund: true,
			additionalFields: {
				api_restock: false,
				line_items: { values: [{ id: line.id, quantity: 0, refund_total: '0.80', refund_tax: '0.20', tax_rate_id: 3 }] },
			},
		});
		expect(res.requests[0].body).toEqual({
			amount: '1.00',
			api_refund: true,
			api_restock: false,
			line_items: [{ id: line.id, quantity: 0, refund_total: '0.80', refund_tax: [{ id: 3, refund_total: '0.20' }] }],
		});
	});

	it('explains the HTTP 500 WooCommerce answers when refunding too much', async () => {
		const order = refundableOrder(2);
		const res = await runNode(sb, { resource: 'orderRefund', operation: 'create', orderId: byId(order.id), amount: '999999.00' });
		expect(res.requests).toHaveLength(1);
		expect(res.error.message).toBe(`The store refused to refund 999999.00 on order ${order.id} in item 1: Invalid refund amount.`);
		expect(res.error.description).toMatch(/more than what is left to refund on this order/);
		expect(res.error.description).toMatch(/nothing was refunded/);
	});

	it('refuses a bad amount or line before any request', async () => {
		const order = refundableOrder(2);
		const res = await runNode(
			sb,
			{
				resource: 'orderRefund',
				operation: 'create',
				orderId: byId(order.id),
				amount: '={{ $json.amount }}',
				additionalFields: { line_items: { values: [{ id: '={{ $json.line }}', quantity: 1, refund_total: '1' }] } },
			},
			{ continueOnFail: true, items: [{ amount: '9,50', line: 1 }, { amount: '', line: 1 }, { amount: '-1', line: 1 }, { amount: '1', line: 0 }] },
		);
		expect(res.json.map((item) => item.error)).toEqual([
			'The field "Amount" in item 1 is not an amount: "9,50"',
			'The field "Amount" is empty in item 2',
			'The field "Amount" in item 3 may not be negative',
			'The field "Line Item ID" of line item 1 in item 4 must be the positive ID of a line of the order',
		]);
		expect(res.requests).toHaveLength(0);
	});
});

describe('Order Refund > Create with an Idempotency Key', () => {
	const refund = async (orderId: number, key: string) =>
		await runNode(sb, { resource: 'orderRefund', operation: 'create', orderId: byId(orderId), amount: '1.00', idempotencyKey: key, additionalFields: {} });
	const refundsOf = (orderId: number) => [...sb.store.orders.values()].filter((o: any) => o.type === 'refund' && o.parent_id === orderId);

	it('run again with the same key, returns the refund already made instead of refunding twice', async () => {
		const order = refundableOrder(1);
		const first = await refund(order.id, 'rma-881');
		expect(first.error).toBeUndefined();
		const post = first.requests.find((r) => r.method === 'POST')!;
		expect(post.body.meta_data).toEqual([{ key: 'n8n_idempotency_key', value: 'rma-881' }]);
		const again = await refund(order.id, 'rma-881');
		expect(again.error).toBeUndefined();
		expect(again.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
		expect(again.json[0].id).toBe(first.json[0].id);
		expect(refundsOf(order.id)).toHaveLength(1);
		// The lookup reads the order's refunds, IDs and meta data only.
		expect(again.requests[0]).toMatchObject({ method: 'GET', path: `orders/${order.id}/refunds`, query: { _fields: 'id,meta_data' } });
	});

	it('a refund whose answer was lost (502 after the store made it) is found by its key and reported as made', async () => {
		const order = refundableOrder(2);
		sb.faults.add({ method: 'POST', path: new RegExp(`^/orders/${order.id}/refunds$`), after: true, status: 502, times: 1 });
		const res = await refund(order.id, 'rma-882');
		sb.faults.clear();
		expect(res.error).toBeUndefined();
		expect(res.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
		expect(refundsOf(order.id)).toHaveLength(1);
		expect(res.json[0].id).toBe(refundsOf(order.id)[0].id);
	});
});
