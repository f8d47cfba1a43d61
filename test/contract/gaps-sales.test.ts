/**
 * Sandbox gaps closed after review, checked against WooCommerce 10's PHP source: custom order statuses, refunds through
 * the gateway / restock / per-line tax, customer username, coupon expiry GMT, tax rate locations.
 */
import { send } from './captures';
import { start, client, seedCatalogue, ORDER_BODY, Sandbox } from './helpers';

describe('sandbox gaps: order statuses, refunds, customers, coupons, taxes', () => {
	let sb: Sandbox;
	let ids: Awaited<ReturnType<typeof seedCatalogue>>;
	beforeAll(async () => {
		sb = await start({ customOrderStatuses: [{ slug: 'wc-awaiting-pickup', label: 'Awaiting pickup' }] });
		ids = await seedCatalogue(sb);
	});
	afterAll(async () => sb && sb.close());

	test('custom order statuses: accepted, filtered, in orders/statuses, OPTIONS schema and reports/orders/totals', async () => {
		const c = client(sb);
		sb.store.registerOrderStatus('shipped-partly', 'Partly shipped');
		const o = (await c.post('orders', { ...ORDER_BODY, line_items: [{ product_id: ids.mug.id, quantity: 1 }] })).body;
		const upd = await c.put(`orders/${o.id}`, { status: 'awaiting-pickup' });
		expect(upd.status).toBe(200);
		expect(upd.body.status).toBe('awaiting-pickup');
		const notes = (await c.get(`orders/${o.id}/notes`)).body.map((n: { note: string }) => n.note);
		expect(notes).toContain('Order status changed from Pending payment to Awaiting pickup.');
		const o2 = await c.post('orders', { ...ORDER_BODY, status: 'shipped-partly' });
		expect(o2.status).toBe(201);
		expect(o2.body.status).toBe('shipped-partly');
		expect((await c.get('orders?status=awaiting-pickup')).body.map((x: { id: number }) => x.id)).toEqual([o.id]);
		expect((await c.get('orders?status=awaiting-pickup,shipped-partly&orderby=id&order=asc')).body.map((x: { id: number }) => x.id)).toEqual([o.id, o2.body.id]);
		const bad = await c.post('orders', { ...ORDER_BODY, status: 'lost-in-space' });
		expect(bad.status).toBe(400);
		expect(bad.body.code).toBe('rest_invalid_param');
		expect(bad.body.data.params.status).toMatch(/^status is not one of pending, processing, on-hold, completed, cancelled, refunded, failed, checkout-draft, awaiting-pickup, shipped-partly, and trash\.$/);
		expect((await c.get('orders?status=lost-in-space')).status).toBe(400);

		const statuses = (await c.get('orders/statuses')).body;
		expect(statuses['wc-awaiting-pickup']).toBe('Awaiting pickup');
		expect(statuses['wc-shipped-partly']).toBe('Partly shipped');

		const opt = await send('OPTIONS', `${sb.url}/wp-json/wc/v3/orders`, { Authorization: c.auth });
		expect(opt.status).toBe(200);
		expect(opt.headers.allow).toBe('GET, POST');
		expect(Object.keys(opt.body)).toEqual(['namespace', 'methods', 'endpoints', 'schema', '_links']);
		expect(opt.body.methods).toEqual(['GET', 'POST']);
		expect(opt.body.schema.title).toBe('shop_order');
		expect(opt.body.schema.properties.status.enum).toEqual(['pending', 'processing', 'on-hold', 'completed', 'cancelled', 'refunded', 'failed', 'checkout-draft', 'awaiting-pickup', 'shipped-partly']);
		expect(opt.body.endpoints[0].args.status.items.enum).toContain('awaiting-pickup');
		expect(opt.body.endpoints[1].args.status.enum).toContain('shipped-partly');
		expect(opt.body._links.self[0].href).toBe(`${sb.url}/wp-json/wc/v3/orders`);

		const totals = (await c.get('reports/orders/totals')).body;
		expect(totals.slice(-2)).toEqual([{ slug: 'awaiting-pickup', name: 'Awaiting pickup', total: 1 }, { slug: 'shipped-partly', name: 'Partly shipped', total: 1 }]);
		expect(totals[0].slug).toBe('pending');
	});

	test('refunds: api_refund defaults to true and needs a gateway that supports refunds (real error, bare data 500)', async () => {
		const c = client(sb);
		const mk = async (payment_method: string) =>
			(await c.post('orders', { ...ORDER_BODY, payment_method, status: 'processing', line_items: [{ product_id: ids.tote.id, quantity: 2 }] })).body;
		const cod = await mk('cod');
		const r1 = await c.post(`orders/${cod.id}/refunds`, { amount: '1.00' });
		expect(r1.status).toBe(500);
		expect(r1.body).toEqual({ code: 'woocommerce_rest_cannot_create_order_refund', message: 'The payment gateway for this order does not support automatic refunds.', data: 500 });
		expect((await c.get(`orders/${cod.id}/refunds`)).body).toEqual([]); // the refund was deleted again
		const none = await mk('');
		const r2 = await c.post(`orders/${none.id}/refunds`, { amount: '1.00', api_refund: true });
		expect(r2.body).toEqual({ code: 'woocommerce_rest_cannot_create_order_refund', message: 'The payment gateway for this order does not exist.', data: 500 });
		// Without the gateway: refunded_payment false (capture 047).
		const r3 = await c.post(`orders/${cod.id}/refunds`, { amount: '1.00', api_refund: false });
		expect(r3.status).toBe(201);
		expect(r3.body.refunded_payment).toBe(false);

		sb.store.registerPaymentGateway({ id: 'test_card', title: 'Test card', supports: ['products', 'refunds'] });
		const card = await mk('test_card');
		const r4 = await c.post(`orders/${card.id}/refunds`, { amount: '2.00', reason: 'Late' });
		expect(r4.status).toBe(201);
		expect(r4.body).toMatchObject({ amount: '2.00', reason: 'Late', refunded_payment: true });
		expect((await c.get('payment_gateways/test_card')).body).toMatchObject({ id: 'test_card', method_supports: ['products', 'refunds'] });
		sb.store.registerPaymentGateway({ id: 'flaky_card', title: 'Flaky card', supports: ['products', 'refunds'], refundResult: false });
		const flaky = await mk('flaky_card');
		expect((await c.post(`orders/${flaky.id}/refunds`, { amount: '1.00' })).body.message).toBe('An error occurred while attempting to create the refund using the payment gateway API.');
		// Amount checks come first: too much is "Invalid refund amount." (capture 050), negative a 400.
		expect((await c.post(`orders/${card.id}/refunds`, { amount: '999.00' })).body).toEqual({ code: 'woocommerce_rest_cannot_create_order_refund', message: 'Invalid refund amount.', data: 500 });
		expect((await c.post(`orders/${card.id}/refunds`, { amount: '-1' })).body).toEqual({ code: 'woocommerce_rest_invalid_order_refund', message: 'Refund amount must be greater than zero.', data: 400 });
	});

	test('refunds: api_restock puts reduced stock back (with the order note); per-line refund_tax; amount from the lines', async () => {
		const c = client(sb);
		const before = (await c.get(`products/${ids.tee.id}`)).body.stock_quantity;
		const o = (await c.post('orders', { ...ORDER_BODY, status: 'processing', line_items: [{ product_id: ids.tee.id, quantity: 3 }] })).body;
		expect((await c.get(`products/${ids.tee.id}`)).body.stock_quantity).toBe(before - 3);
		const line = o.line_items[0];
		const tax = (await c.post('taxes', { country: 'US', state: 'CA', rate: '10', name: 'CA' })).body;
		const r = await c.post(`orders/${o.id}/refunds`, {
			api_refund: false,
			line_items: [{ id: line.id, quantity: 1, refund_total: '10.00', refund_tax: [{ id: tax.id, refund_total: '1.00' }] }],
		});
		expect(r.status).toBe(201);
		expect(r.body.amount).toBe('11.00'); // no amount sent: refund_total + refund_tax of every line
		expect(r.body.line_items[0]).toMatchObject({ quantity: -1, total: '-10.00', subtotal: '-10.00', total_tax: '-1.00', subtotal_tax: '-1.00', taxes: [{ id: tax.id, total: '-1', subtotal: '-1' }] });
		expect(r.body.tax_lines).toEqual([expect.objectContaining({ rate_id: tax.id, label: 'CA', tax_total: '-1.00' })]);
		expect((await c.get(`products/${ids.tee.id}`)).body.stock_quantity).toBe(before - 2);
		const notes = (await c.get(`orders/${o.id}/notes`)).body.map((n: { note: string }) => n.note);
		expect(notes).toContain(`Item #${ids.tee.id} stock increased from ${before - 3} to ${before - 2}.`);
		const noRestock = await c.post(`orders/${o.id}/refunds`, { amount: '5.00', api_refund: false, api_restock: false, line_items: [{ id: line.id, quantity: 1, refund_total: '5.00' }] });
		expect(noRestock.status).toBe(201);
		expect((await c.get(`products/${ids.tee.id}`)).body.stock_quantity).toBe(before - 2);
		// A pending order never reduced stock: nothing to put back.
		const p = (await c.post('orders', { ...ORDER_BODY, line_items: [{ product_id: ids.tee.id, quantity: 1 }] })).body;
		await c.post(`orders/${p.id}/refunds`, { api_refund: false, line_items: [{ id: p.line_items[0].id, quantity: 1, refund_total: '1.00' }] });
		expect((await c.get(`products/${ids.tee.id}`)).body.stock_quantity).toBe(before - 2);
	});

	test('customer update: a changed username is refused with the real error; the same one is fine', async () => {
		const c = client(sb);
		const cu = (await c.post('customers', { email: 'pat@example.com', username: 'pat' })).body;
		const bad = await c.put(`customers/${cu.id}`, { username: 'patricia', first_name: 'Pat' });
		expect(bad.status).toBe(400);
		expect(bad.body).toEqual({ code: 'woocommerce_rest_customer_invalid_argument', message: "Username isn't editable.", data: { status: 400 } });
		expect((await c.get(`customers/${cu.id}`)).body.first_name).toBe('');
		const same = await c.put(`customers/${cu.id}`, { username: 'pat', first_name: 'Pat' });
		expect(same.status).toBe(200);
		expect(same.body).toMatchObject({ username: 'pat', first_name: 'Pat' });
		expect((await c.put(`customers/${cu.id}`, { username: '' })).status).toBe(200);
	});

	test('coupons: date_expires_gmt is stored and answered (UTC store: equal to date_expires); offsets honoured; null clears', async () => {
		const c = client(sb);
		const cp = (await c.post('coupons', { code: 'GMT1', amount: '5', date_expires_gmt: '2031-01-02T03:04:05' })).body;
		expect(cp).toMatchObject({ date_expires: '2031-01-02T03:04:05', date_expires_gmt: '2031-01-02T03:04:05' });
		const moved = (await c.put(`coupons/${cp.id}`, { date_expires: '2031-06-01T12:00:00+02:00' })).body;
		expect(moved).toMatchObject({ date_expires: '2031-06-01T10:00:00', date_expires_gmt: '2031-06-01T10:00:00' });
		const day = (await c.put(`coupons/${cp.id}`, { date_expires: '2031-07-04' })).body;
		expect(day.date_expires_gmt).toBe('2031-07-04T00:00:00');
		const cleared = (await c.put(`coupons/${cp.id}`, { date_expires_gmt: null })).body;
		expect(cleared).toMatchObject({ date_expires: null, date_expires_gmt: null });
		expect((await c.get(`coupons/${cp.id}`)).body.date_expires_gmt).toBeNull();
	});

	test('tax rates: postcodes/cities upper-cased on create (capture 130), replaced on update, an empty list changes nothing', async () => {
		const c = client(sb);
		const t = (await c.post('taxes', { country: 'us', state: 'ca', rate: '7.25', name: 'Bay', postcodes: [' 94105', 'ab1 2cd', '*', ''], cities: ['San Francisco', 'oakland'] })).body;
		expect(t).toMatchObject({ country: 'US', state: 'CA', rate: '7.2500', postcodes: ['94105', 'AB1 2CD'], cities: ['SAN FRANCISCO', 'OAKLAND'], postcode: 'AB1 2CD', city: 'OAKLAND' });
		expect(Object.keys(t)).toEqual(['id', 'country', 'state', 'postcode', 'city', 'rate', 'name', 'priority', 'compound', 'shipping', 'order', 'class', 'postcodes', 'cities', '_links']);
		const u = (await c.put(`taxes/${t.id}`, { cities: ['Berkeley'], postcodes: [] })).body;
		expect(u).toMatchObject({ cities: ['BERKELEY'], city: 'BERKELEY', postcodes: ['94105', 'AB1 2CD'] });
		const u2 = (await c.put(`taxes/${t.id}`, { postcode: '94110;94111' })).body;
		expect(u2).toMatchObject({ postcodes: ['94110', '94111'], postcode: '94111' });
		expect((await c.get(`taxes/${t.id}`)).body.postcodes).toEqual(['94110', '94111']);
	});
});
