import { send } from './captures';
import { start, client, Sandbox } from './helpers';

describe('sandbox store: faults, latency, request log, TLS, demo seed', () => {
	let sb: Sandbox;
	beforeAll(async () => {
		sb = await start({ seed: 'demo' });
	});
	afterAll(async () => sb && sb.close());

	test('demo seed has products (incl. a variable one), orders in several statuses, customers, coupons', async () => {
		const c = client(sb);
		const p = await c.get('products?per_page=100');
		expect(Number(p.headers['x-wp-total'])).toBeGreaterThanOrEqual(25);
		expect(p.body.some((x: any) => x.type === 'variable' && x.variations.length === 3)).toBe(true);
		const o = await c.get('orders?per_page=100');
		expect(new Set(o.body.map((x: any) => x.status)).size).toBeGreaterThanOrEqual(5);
		expect((await c.get('customers')).body.length).toBe(5);
		expect((await c.get('coupons')).body.length).toBe(3);
	});

	test('faults: status + Retry-After N times, then normal', async () => {
		sb.faults.add({ method: 'GET', path: '/products', status: 429, headers: { 'Retry-After': '1' }, body: { code: 'too_many', message: 'slow down', data: { status: 429 } }, times: 2 });
		const c = client(sb);
		const a = await c.get('products');
		expect(a.status).toBe(429);
		expect(a.headers['retry-after']).toBe('1');
		expect(a.body.code).toBe('too_many');
		expect((await c.get('products')).status).toBe(429);
		expect((await c.get('products')).status).toBe(200);
		sb.faults.clear();
	});

	test('faults: connection reset, HTML firewall page, truncated JSON, RegExp path, delay', async () => {
		const c = client(sb);
		sb.faults.add({ path: /^\/orders/, reset: true, times: 1 });
		await expect(c.get('orders')).rejects.toThrow();
		sb.faults.add({ path: '/customers', status: 403, html: 'firewall', times: 1 });
		const h = await c.get('customers');
		expect(h.status).toBe(403);
		expect(String(h.headers['content-type'])).toMatch(/text\/html/);
		expect(h.text).toMatch(/security/);
		sb.faults.add({ path: '/coupons', truncate: true, times: 1 });
		const t = await c.get('coupons');
		expect(t.status).toBe(200);
		expect(() => JSON.parse(t.text)).toThrow();
		sb.faults.add({ path: '/coupons', delayMs: 50, times: 1 });
		expect((await c.get('coupons')).status).toBe(200);
		sb.faults.add({ method: 'POST', path: '/products', status: 502, rawBody: '<html>Bad gateway</html>', headers: { 'Content-Type': 'text/html' }, times: 1 });
		expect((await c.get('products')).status).toBe(200);
		expect((await c.post('products', { name: 'x' })).status).toBe(502);
		sb.faults.clear();
	});

	test('sb.requests logs method, path, query, headers, raw and parsed body', async () => {
		await send('POST', `${sb.url}/wp-json/wc/v3/products/tags?x=1&status[0]=a`, { Authorization: client(sb).auth, 'Content-Type': 'application/json' }, '{"name":"logged"}');
		const r = sb.requests[sb.requests.length - 1];
		expect(r.method).toBe('POST');
		expect(r.path).toBe('/wp-json/wc/v3/products/tags');
		expect(r.query).toEqual({ x: '1', status: ['a'] });
		expect(r.headers['content-type']).toBe('application/json');
		expect(r.rawBody).toBe('{"name":"logged"}');
		expect(r.body).toEqual({ name: 'logged' });
	});

	test('latencyMs delays every answer', async () => {
		sb.settings.latencyMs = 30;
		expect((await client(sb).get('products?per_page=1')).status).toBe(200);
		sb.settings.latencyMs = 0;
	});

	test('isSsl option: plain socket that believes it is HTTPS (proxy)', async () => {
		const p = await start({ tls: false, isSsl: true });
		try {
			expect(p.url.startsWith('http://')).toBe(true);
			const auth = 'Basic ' + Buffer.from(`${p.keys.readWrite.key}:${p.keys.readWrite.secret}`).toString('base64');
			expect((await send('GET', `${p.url}/wp-json/wc/v3/products`, { Authorization: auth })).status).toBe(200);
		} finally {
			await p.close();
		}
	});
});
