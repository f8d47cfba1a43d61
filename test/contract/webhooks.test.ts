import * as http from 'http';
import * as crypto from 'crypto';
import { loadCapture, replay, expectMatches, keysOf } from './captures';
import { start, client, Sandbox } from './helpers';

interface Got { path: string; headers: http.IncomingHttpHeaders; raw: string }

describe('contract: webhooks (CRUD, ping, signed deliveries, failures)', () => {
	let sb: Sandbox;
	let listener: http.Server;
	let port = 0;
	const got: Got[] = [];
	let failing = false;
	beforeAll(async () => {
		listener = http.createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (c) => chunks.push(c));
			req.on('end', () => {
				got.push({ path: req.url ?? '', headers: req.headers, raw: Buffer.concat(chunks).toString('utf8') });
				res.statusCode = failing || (req.url ?? '').startsWith('/fail') ? 500 : 200;
				res.end('ok');
			});
		});
		await new Promise<void>((r) => listener.listen(0, '127.0.0.1', () => r()));
		port = (listener.address() as any).port;
		sb = await start({ allowedWebhookPorts: 'any' });
	});
	afterAll(async () => {
		if (sb) await sb.close();
		await new Promise((r) => listener.close(r));
	});
	const hookUrl = (p: string) => `http://127.0.0.1:${port}${p}`;
	const create = (body: Record<string, unknown>) => client(sb).post('webhooks', body);

	test('143 create: 201, secret not echoed, synchronous ping; 155 ping shape', async () => {
		got.length = 0;
		const cap = loadCapture('143');
		const res = await create({ ...(cap.request.body as object), delivery_url: hookUrl('/wh/order-created') });
		expectMatches(res, cap, sb.url);
		expect(res.body.hooks).toEqual(['woocommerce_new_order']);
		expect(res.body.date_modified).toBeNull();
		expect(JSON.stringify(res.body)).not.toContain('whsec-order-created-1');
		expect(got.length).toBe(1);
		const ping = got[0];
		expect(ping.raw).toBe(`webhook_id=${res.body.id}`);
		expect(ping.headers['user-agent']).toBe(loadCapture('155').request.headers['User-Agent']);
		expect(ping.headers['content-type']).toBe('application/x-www-form-urlencoded');
		expect(Object.keys(ping.headers).some((h) => h.startsWith('x-wc-'))).toBe(false);
	});

	test('144/145/146/147/148/149/150/151/152/153 management', async () => {
		expectMatches(await create({ name: 'bad', topic: 'order.bogus', delivery_url: hookUrl('/x') }), loadCapture('144'), sb.url);
		const paused = await create({ name: 'asked to be paused', topic: 'coupon.deleted', delivery_url: hookUrl('/wh/paused'), secret: 'whsec-paused', status: 'paused' });
		expectMatches(paused, loadCapture('145'), sb.url);
		expect(paused.body.status).toBe('active');
		const id = paused.body.id;
		const p = await client(sb).put(`webhooks/${id}`, { status: 'paused' });
		expectMatches(p, loadCapture('146'), sb.url);
		expect(p.body.status).toBe('paused');
		const ls = await client(sb).get('webhooks?status=paused');
		expectMatches(ls, loadCapture('147'), sb.url);
		expect(ls.body.map((w: any) => w.id)).toEqual([id]);
		for (const t of ['product.created', 'product.updated']) await create({ name: t, topic: t, delivery_url: hookUrl('/wh/more'), secret: 'x' });
		const l148 = await client(sb).get('webhooks?per_page=3');
		expectMatches(l148, loadCapture('148'), sb.url);
		expect(l148.headers['x-wp-total']).toBe('4');
		const g = await client(sb).get(`webhooks/${id}`);
		expectMatches(g, loadCapture('149'), sb.url);
		expect(keysOf(g.body)).not.toContain('secret');
		got.length = 0;
		expectMatches(await client(sb).put(`webhooks/${id}`, { status: 'active' }), loadCapture('150'), sb.url);
		expect(got.length).toBe(0);
		const moved = await client(sb).put(`webhooks/${id}`, { delivery_url: hookUrl('/wh/paused-moved'), name: 'moved' });
		expectMatches(moved, loadCapture('151'), sb.url);
		expect(got.map((x) => [x.path, x.raw])).toEqual([['/wh/paused-moved', `webhook_id=${id}`]]);
		expectMatches(await client(sb).del(`webhooks/${id}`), loadCapture('152'), sb.url);
		expectMatches(await replay(sb.url, { ...loadCapture('153').request, url: `{store}/wp-json/wc/v3/webhooks/${id}?force=true` }, sb.keys), loadCapture('153'), sb.url);
	});

	test('156-165 deliveries: topics, headers, signature over raw bytes, deleted payloads', async () => {
		const secret = 'whsec-topics';
		const topics = ['order.created', 'order.updated', 'order.deleted', 'product.created', 'product.updated', 'product.deleted', 'customer.created', 'customer.updated', 'customer.deleted', 'coupon.created'];
		for (const t of topics) await create({ name: t, topic: t, delivery_url: hookUrl(`/wh/${t}`), secret });
		await sb.webhooks.runQueue();
		got.length = 0;
		const c = client(sb);
		const prod = (await c.post('products', { name: 'Webhook Lamp', regular_price: '30.00', sku: 'WOO-LAMP-1' })).body;
		const order = (await c.post('orders', { billing: { email: 'hook@example.com' }, line_items: [{ product_id: prod.id, quantity: 1 }] })).body;
		const cust = (await c.post('customers', { email: 'hook-customer@example.com' })).body;
		await c.post('coupons', { code: 'HOOK5', amount: '5' });
		expect(got.length).toBe(0); // asynchronous: nothing before the queue runs
		await sb.webhooks.runQueue();
		const byPath = (p: string) => got.filter((x) => x.path === `/wh/${p}`);
		for (const t of ['product.created', 'order.created', 'order.updated', 'customer.created', 'customer.updated', 'coupon.created']) expect(byPath(t).length).toBe(1);
		const d = byPath('order.created')[0];
		const cap = loadCapture('156');
		const expectedHeaders = Object.keys(cap.request.headers).filter((h) => h.startsWith('X-WC-')).map((h) => h.toLowerCase());
		expect(Object.keys(d.headers).filter((h) => h.startsWith('x-wc-'))).toEqual(expectedHeaders);
		expect(d.headers['x-wc-webhook-source']).toBe(`${sb.url}/`);
		expect(d.headers['x-wc-webhook-topic']).toBe('order.created');
		expect(d.headers['x-wc-webhook-delivery-id']).toMatch(/^[0-9a-f]{32}$/);
		expect(d.headers['content-type']).toBe('application/json');
		expect(d.raw).toContain('\\/wp-json\\/wc\\/v3\\/orders\\/');
		expect(crypto.createHmac('sha256', secret).update(d.raw).digest('base64')).toBe(d.headers['x-wc-webhook-signature']);
		expect(keysOf(JSON.parse(d.raw))).toEqual(keysOf(JSON.parse(cap.request.raw_body!)));
		got.length = 0;
		await c.del(`products/${prod.id}`);
		await c.put(`products/${prod.id}`, { status: 'publish' });
		await c.del(`orders/${order.id}`);
		await c.del(`customers/${cust.id}?force=true`);
		await sb.webhooks.runQueue();
		expect(byPath('product.deleted').map((x) => x.raw)).toEqual([`{"id":${prod.id}}`]);
		expect(byPath('product.updated').length).toBe(1);
		expect(byPath('order.deleted').map((x) => x.raw)).toEqual([`{"id":${order.id}}`]);
		expect(byPath('customer.deleted').map((x) => x.raw)).toEqual([`{"id":${cust.id}}`]);
		got.length = 0;
		await c.del(`products/${prod.id}?force=true`);
		await sb.webhooks.runQueue();
		expect(got.length).toBe(0); // a permanent delete sends nothing
	});

	test('168/169 secrets with HTML special characters and entities', async () => {
		const cap168 = loadCapture('168');
		const cap169 = loadCapture('169');
		const w1 = (await create({ name: 'html', topic: 'coupon.created', delivery_url: hookUrl('/wh/html-secret'), secret: cap168.webhook_secret })).body;
		const w2 = (await create({ name: 'entity', topic: 'coupon.created', delivery_url: hookUrl('/wh/entity-secret'), secret: cap169.webhook_secret })).body;
		got.length = 0;
		await client(sb).post('coupons', { code: 'SECRETS', amount: '1' });
		await sb.webhooks.runQueue();
		const a = got.find((x) => x.path === '/wh/html-secret')!;
		const b = got.find((x) => x.path === '/wh/entity-secret')!;
		const sig = (s: string, raw: string) => crypto.createHmac('sha256', s).update(raw).digest('base64');
		expect(sig(cap168.webhook_secret, a.raw)).toBe(a.headers['x-wc-webhook-signature']);
		expect(sig(cap169.webhook_secret, b.raw)).not.toBe(b.headers['x-wc-webhook-signature']);
		expect(sig("p&q<r's", b.raw)).toBe(b.headers['x-wc-webhook-signature']);
		// the recorded request can be replayed or tampered with
		const sent = sb.webhooks.sent.filter((s: any) => s.webhookId === w1.id && s.kind === 'delivery').pop();
		expect(sent.rawBody).toBe(a.raw);
		// deliver() on demand with an explicit payload
		const r = await sb.webhooks.deliver(w2.id, { id: 1 });
		expect(r.status).toBe(200);
	});

	test('170-174 failures: 7th consecutive failure disables; ports not allowed never deliver', async () => {
		const bad = await create({ name: 'fail-500', topic: 'customer.updated', delivery_url: hookUrl('/fail/always-500'), secret: 's' });
		expectMatches(bad, loadCapture('170'), sb.url);
		const c = client(sb);
		const cust = (await c.post('customers', { email: 'fails@example.com' })).body;
		await sb.webhooks.runQueue();
		for (let i = 0; i < 6; i++) {
			await c.put(`customers/${cust.id}`, { first_name: `n${i}` });
			await sb.webhooks.runQueue();
		}
		const after = await c.get(`webhooks/${bad.body.id}`);
		expectMatches(after, loadCapture('172'), sb.url);
		expect(after.body.status).toBe('disabled');
		const re = await c.put(`webhooks/${bad.body.id}`, { status: 'active' });
		expect(re.body.status).toBe('active');

		const strict = await start({}); // default ports 80/443/8080 + own port
		try {
			const w = await client(strict).post('webhooks', { name: 'port', topic: 'customer.updated', delivery_url: hookUrl('/port-not-allowed'), secret: 's' });
			expectMatches(w, loadCapture('171'), strict.url);
			got.length = 0;
			const cc = client(strict);
			const cu = (await cc.post('customers', { email: 'p@example.com' })).body;
			await strict.webhooks.runQueue();
			for (let i = 0; i < 6; i++) {
				await cc.put(`customers/${cu.id}`, { first_name: `n${i}` });
				await strict.webhooks.runQueue();
			}
			expect(got.length).toBe(0);
			const g = await cc.get(`webhooks/${w.body.id}`);
			expectMatches(g, loadCapture('173'), strict.url);
			expect(g.body.status).toBe('disabled');
		} finally {
			await strict.close();
		}
	});
});
