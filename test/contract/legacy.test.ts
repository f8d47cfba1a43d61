import { loadCapture, replay, parseLink, send, oauthSign, withOAuthQuery, keysOf, Capture, Res } from './captures';
import { start, client, Sandbox } from './helpers';

function expectLegacy(res: Res, cap: Capture) {
	expect(res.status).toBe(cap.response.status);
	expect(String(res.headers['content-type'])).toBe(cap.response.headers['Content-Type']);
	const b = cap.response.body;
	if (b && b.errors) {
		expect(res.body.errors[0].code).toBe(b.errors[0].code);
		expect(res.body.errors[0].message).toBe(b.errors[0].message.replace('999999', String(res.body.errors[0].message.match(/\d+$/)?.[0] ?? '999999')));
		return;
	}
	if (b && typeof b === 'object') expect(keysOf(res.body)).toEqual(keysOf(b));
}

describe('contract: legacy wc-api/v3 (plugin on an HPOS store)', () => {
	let sb: Sandbox;
	let plain: Sandbox;
	beforeAll(async () => {
		sb = await start({ tls: true });
		plain = await start({ tls: false, seed: 'demo' });
		const c = client(sb);
		for (let i = 0; i < 10; i++) await c.post('products', { name: i === 3 ? 'Basic Tee' : `Item ${i}`, regular_price: '1.00' });
		await c.post('orders', { line_items: [] });
	});
	afterAll(async () => {
		await sb?.close();
		await plain?.close();
	});
	const run = (p: string, url?: string, target: Sandbox = sb) => replay(target.url, url ? { ...loadCapture(p).request, url } : loadCapture(p), target.keys);

	test('176/204 public index', async () => {
		const r = await run('176');
		expectLegacy(r, loadCapture('176'));
		expect(keysOf(r.body.store)).toEqual(keysOf(loadCapture('176').response.body.store));
		expect(r.body.store.meta.ssl_enabled).toBe(true);
		expectLegacy(await run('204'), loadCapture('204'));
	});

	test('177-183 products list, Link first/prev/next/last without the port, fields, filter[q], count, get', async () => {
		for (const p of ['177', '178', '179']) {
			const r = await run(p);
			expectLegacy(r, loadCapture(p));
			expect(r.headers['x-wc-total']).toBe('10');
			expect(parseLink(r.headers.link).map((l) => l.rel)).toEqual(parseLink(loadCapture(p).response.headers.Link).map((l) => l.rel));
			for (const l of parseLink(r.headers.link)) expect(l.url.startsWith('https://127.0.0.1/wc-api/v3/products?filter[limit]=2&page=')).toBe(true);
			expect(keysOf(r.body.products[0])).toEqual(keysOf(loadCapture('183').response.body.product));
		}
		const f = await run('180');
		expect(f.body.products.map((x: any) => Object.keys(x).sort())).toEqual([['id', 'title'], ['id', 'title'], ['id', 'title']]);
		const q = await run('181');
		expect(q.body.products.map((x: any) => x.title)).toEqual(['Basic Tee']);
		expect((await run('182')).body).toEqual({ count: 10 });
		const any = q.body.products[0].id;
		expectLegacy(await run('183', `{store}/wc-api/v3/products/${any}`), loadCapture('183'));
		expectLegacy(await run('184'), loadCapture('184'));
		expectLegacy(await run('185'), loadCapture('185'));
	});

	test('186-189 writes need the wrapper; delete answers 202', async () => {
		const c = await run('186');
		expectLegacy(c, loadCapture('186'));
		expect(c.body.product.title).toBe('Legacy Lamp');
		expectLegacy(await run('187'), loadCapture('187'));
		const u = await run('188', `{store}/wc-api/v3/products/${c.body.product.id}`);
		expectLegacy(u, loadCapture('188'));
		expect(u.body.product.regular_price).toBe('23.00');
		expectLegacy(await run('189', `{store}/wc-api/v3/products/${c.body.product.id}`), loadCapture('189'));
	});

	test('190-192 HPOS: no orders for the legacy API; 195 JSONP', async () => {
		const l = await run('190');
		expectLegacy(l, loadCapture('190'));
		expect(l.headers['x-wc-total']).toBe('0');
		expect(parseLink(l.headers.link)).toEqual([{ url: 'https://127.0.0.1/wc-api/v3/orders?page=0', rel: 'last' }]);
		expect((await run('191')).body).toEqual({ count: 0 });
		expectLegacy(await run('192'), loadCapture('192'));
		const j = await run('195');
		expect(j.status).toBe(200);
		expect(String(j.headers['content-type'])).toBe('application/javascript; charset=UTF-8');
		expect(j.text.startsWith('/**/cb({"products":[')).toBe(true);
	});

	test('196-203 auth: HTTP Basic 404, HTTPS 401 + WWW-Authenticate, query keys, OAuth with secret&', async () => {
		const r196 = await run('196', undefined, plain);
		expectLegacy(r196, loadCapture('196'));
		const r197 = await run('197');
		expectLegacy(r197, loadCapture('197'));
		expect(r197.headers['www-authenticate']).toBe(loadCapture('197').response.headers['WWW-Authenticate']);
		const r198 = await run('198');
		expectLegacy(r198, loadCapture('198'));
		expect(parseLink(r198.headers.link)[0].url).toContain(`consumer_secret=${sb.keys.readWrite.secret}`);
		expectLegacy(await run('199'), loadCapture('199'));
		const base = `${plain.url}/wc-api/v3/products`;
		const ok = oauthSign('GET', base, plain.keys.readWrite, { data: { 'filter[limit]': '2' } });
		const r200 = await send('GET', withOAuthQuery(`${base}?filter%5Blimit%5D=2`, ok));
		expectLegacy(r200, loadCapture('200'));
		expect(parseLink(r200.headers.link)[0].url.startsWith('http://127.0.0.1/wc-api/v3/products?filter[limit]=2&oauth_consumer_key=')).toBe(true);
		const bad = oauthSign('GET', base, plain.keys.readWrite, { data: { 'filter[limit]': '2' }, lastAmpersand: false });
		expectLegacy(await send('GET', withOAuthQuery(`${base}?filter%5Blimit%5D=2`, bad)), loadCapture('201'));
		const comma = oauthSign('GET', base, plain.keys.readWrite, { data: { fields: 'id,title', 'filter[limit]': '2' } });
		expectLegacy(await send('GET', withOAuthQuery(`${base}?fields=id%2Ctitle&filter%5Blimit%5D=2`, comma)), loadCapture('202'));
	});
});
