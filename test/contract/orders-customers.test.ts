import { loadCapture, replay, expectMatches, send } from './captures';
import { start, client, seedCatalogue, Sandbox } from './helpers';

describe('contract: orders, notes, refunds, customers, coupons, batch', () => {
	let sb: Sandbox;
	let ids: Awaited<ReturnType<typeof seedCatalogue>>;
	beforeAll(async () => {
		sb = await start();
		ids = await seedCatalogue(sb);
	});
	afterAll(async () => sb && sb.close());
	const at = (p: string, url: string, body?: unknown) => {
		const cap = loadCapture(p);
		const req = { ...cap.request, url, ...(body !== undefined ? { body } : {}) };
		return replay(sb.url, req as any, sb.keys);
	};
	const S = (u: string) => `{store}/wp-json/wc/v3/${u}`;

	test('038-055 orders lifecycle', async () => {
		const body38 = JSON.parse(JSON.stringify(loadCapture('038').request.body).replace('"product_id":11', `"product_id":${ids.tee.id}`).replace('"product_id":17,"variation_id":18', `"product_id":${ids.hoodie.id},"variation_id":${ids.v1.id}`));
		const o1 = await at('038', S('orders'), body38);
		expectMatches(o1, loadCapture('038'), sb.url);
		expect(o1.body.status).toBe('pending');
		expect(o1.body.line_items[1].name).toBe('Logo Hoodie - S');
		expect(o1.body.line_items[1].meta_data[0]).toMatchObject({ key: 'size', value: 'S', display_key: 'Size' });
		const body39 = JSON.parse(JSON.stringify(loadCapture('039').request.body).replace('"product_id":13', `"product_id":${ids.mug.id}`).replace('"product_id":12', `"product_id":${ids.tote.id}`));
		const o2 = await at('039', S('orders'), body39);
		expectMatches(o2, loadCapture('039'), sb.url);
		expect(o2.body.status).toBe('processing');
		expect(o2.body.date_paid).toBeNull();
		expectMatches(await at('040', S('orders?status=processing')), loadCapture('040'), sb.url);
		const multi = await at('041', S('orders?status=processing,pending&_fields=id,status'));
		expectMatches(multi, loadCapture('041'), sb.url);
		expect(multi.body.length).toBe(2);
		expectMatches(await at('074', S('orders?after=yesterday')), loadCapture('076'), sb.url);
		const upd = await at('043', S(`orders/${o1.body.id}`));
		expectMatches(upd, loadCapture('043'), sb.url);
		expect(upd.body.date_completed).not.toBeNull();
		const note = await at('045', S(`orders/${o1.body.id}/notes`));
		expectMatches(note, loadCapture('045'), sb.url);
		await client(sb).post(`orders/${o1.body.id}/notes`, { note: 'Internal: check fraud score.' });
		const notes = await at('046', S(`orders/${o1.body.id}/notes`));
		expectMatches(notes, loadCapture('046'), sb.url);
		expect(notes.body.map((n: any) => n.note)).toContain('Order status changed from Pending payment to Completed.');
		expectMatches(await at('141', S(`orders/${o1.body.id}/notes?type=customer`)), loadCapture('141'), sb.url);
		expectMatches(await at('142', S(`orders/${o1.body.id}/notes/${note.body.id}`)), loadCapture('142'), sb.url);
		const mugItem = o2.body.line_items[0].id;
		const ref = await at('047', S(`orders/${o2.body.id}/refunds`), { amount: '9.50', reason: 'One mug arrived broken', api_refund: false, line_items: [{ id: mugItem, quantity: 1, refund_total: 9.5 }] });
		expectMatches(ref, loadCapture('047'), sb.url);
		expect(ref.body.line_items[0].total).toBe('-9.50');
		expectMatches(await at('048', S(`orders/${o2.body.id}/refunds`)), loadCapture('048'), sb.url);
		const after = await at('049', S(`orders/${o2.body.id}`));
		expectMatches(after, loadCapture('049'), sb.url);
		expect(after.body.refunds[0]).toEqual({ id: ref.body.id, reason: 'One mug arrived broken', total: '-9.50' });
		const tooMuch = await at('050', S(`orders/${o2.body.id}/refunds`));
		expectMatches(tooMuch, loadCapture('050'), sb.url);
		expect(tooMuch.body.data).toBe(500);
		const o3 = (await client(sb).post('orders', { line_items: [{ product_id: ids.mug.id, quantity: 1 }] })).body;
		const o4 = (await client(sb).post('orders', { line_items: [{ product_id: ids.mug.id, quantity: 1 }] })).body;
		expectMatches(await at('051', S(`orders/${o3.id}`)), loadCapture('051'), sb.url);
		const trashed = await at('052', S(`orders/${o3.id}`));
		expectMatches(trashed, loadCapture('052'), sb.url);
		expect(trashed.body.status).toBe('trash');
		expectMatches(await at('053', S(`orders/${o4.id}?force=true`)), loadCapture('053'), sb.url);
		expectMatches(await at('054', S(`orders/${o4.id}`)), loadCapture('054'), sb.url);
		const nested = await at('055', S('orders?per_page=3&_fields=id,billing.email,total'));
		expectMatches(nested, loadCapture('055'), sb.url);
		expect(Object.keys(nested.body[0].billing)).toEqual(['email']);
		const body72 = { create: [{ line_items: [{ product_id: ids.mug.id, quantity: 1 }] }], update: [{ id: o2.body.id, status: 'on-hold' }], delete: [o3.id] };
		const b = await at('072', S('orders/batch'), body72);
		expectMatches(b, loadCapture('072'), sb.url);
		expect(b.body.update[0].status).toBe('on-hold');
		expect((await client(sb).get(`orders/${o3.id}`)).status).toBe(404);
	});

	test('044 modified_after', async () => {
		const o = (await client(sb).post('orders', { line_items: [] })).body;
		const r = await client(sb).get(`orders?modified_after=${o.date_modified.replace(/:\d\d$/, ':00')}&_fields=id,status,date_modified`);
		expect(r.body.map((x: any) => x.id)).toContain(o.id);
		const r2 = await client(sb).get('orders?modified_after=2099-01-01T00:00:00');
		expect(r2.body).toEqual([]);
	});

	test('056-064, 071 customers', async () => {
		const c = await at('056', S('customers'));
		expectMatches(c, loadCapture('056'), sb.url);
		expect(c.body.role).toBe('customer');
		expect(c.body).not.toHaveProperty('password');
		expectMatches(await at('057', S('customers')), loadCapture('057'), sb.url);
		const byEmail = await at('058', S('customers?email=alice@example.com'));
		expectMatches(byEmail, loadCapture('058'), sb.url);
		expect(byEmail.body.length).toBe(1);
		const def = await at('059', S('customers'));
		expect(def.body.every((x: any) => x.role === 'customer')).toBe(true);
		const all = await at('060', S('customers?role=all'));
		expect(all.body.some((x: any) => x.role === 'administrator')).toBe(true);
		const u = await at('061', S(`customers/${c.body.id}`));
		expectMatches(u, loadCapture('061'), sb.url);
		expect(u.body.billing.city).toBe('San Francisco');
		const bob = (await client(sb).post('customers', { email: 'bob@example.com' })).body;
		expectMatches(await at('062', S(`customers/${bob.id}`)), loadCapture('062'), sb.url);
		expectMatches(await at('063', S(`customers/${bob.id}?force=true`)), loadCapture('063'), sb.url);
		expectMatches(await at('064', S(`customers/${bob.id}`)), loadCapture('064'), sb.url);
		const b = await at('071', S('customers/batch'), { create: [{ email: 'carol@example.com', first_name: 'Carol' }], update: [{ id: c.body.id, last_name: 'Smith-Jones' }], delete: [999997] });
		expectMatches(b, loadCapture('071'), sb.url);
		expect(b.body.delete[0]).toEqual(loadCapture('071').response.body.delete[0]);
	});

	test('065-068 coupons', async () => {
		const c = await at('065', S('coupons'));
		expectMatches(c, loadCapture('065'), sb.url);
		expect(c.body.code).toBe('summer10');
		expect(c.body.amount).toBe('10.00');
		expect(c.body.date_expires).toBe('2030-12-31T23:59:59');
		expectMatches(await at('066', S('coupons')), loadCapture('066'), sb.url);
		for (const p of ['067', '068']) {
			const r = await replay(sb.url, loadCapture(p), sb.keys);
			expectMatches(r, loadCapture(p), sb.url);
			expect(r.body.map((x: any) => x.code)).toEqual(['summer10']);
		}
	});

	test('POST with a form-urlencoded body and PATCH', async () => {
		const r = await send('POST', `${sb.url}/wp-json/wc/v3/products/tags`, { Authorization: client(sb).auth, 'Content-Type': 'application/x-www-form-urlencoded' }, 'name=form+tag');
		expect(r.status).toBe(201);
		expect(r.body.name).toBe('form tag');
	});
});
