import { loadCapture, replay, expectMatches, parseLink, send, oauthSign, withOAuthQuery, enc } from './captures';
import { start, Sandbox } from './helpers';

describe('contract: authentication and permalinks', () => {
	let https: Sandbox;
	let plain: Sandbox;
	let plainPerma: Sandbox;
	beforeAll(async () => {
		https = await start({ tls: true });
		plain = await start({ tls: false, seed: 'demo' });
		plainPerma = await start({ tls: true, plainPermalinks: true });
		const { seedCatalogue } = await import('./helpers');
		await seedCatalogue(https);
	});
	afterAll(async () => {
		for (const sb of [https, plain, plainPerma]) if (sb) await sb.close();
	});
	const oauthGet = (sb: Sandbox, pathAndQuery: string, opts: Parameters<typeof oauthSign>[3] = {}, key = sb.keys.readWrite) => {
		const url = `${sb.url}${pathAndQuery}`;
		const [base, query] = url.split('?');
		const data: Record<string, string> = {};
		if (query) for (const kv of query.split('&')) { const [k, v] = kv.split('='); data[decodeURIComponent(k)] = decodeURIComponent(v ?? ''); }
		const o = oauthSign('GET', base, key, { ...opts, data: { ...data, ...(opts.data ?? {}) } });
		return { url: withOAuthQuery(url, o), o };
	};

	test('084-086 over plain HTTP, Basic and query keys are ignored: 401 cannot_view, no WWW-Authenticate', async () => {
		for (const p of ['084', '085', '086']) {
			const res = await replay(plain.url, loadCapture(p), plain.keys);
			expectMatches(res, loadCapture(p), plain.url);
			expect(res.headers['www-authenticate']).toBeUndefined();
			expect(res.headers.vary).toBe('Origin');
		}
	});

	test('087-093 over HTTPS: Basic, query keys (Link echoes secrets), wrong secret, unknown key, read-only key', async () => {
		expectMatches(await replay(https.url, loadCapture('087'), https.keys), loadCapture('087'), https.url);
		const q = await replay(https.url, loadCapture('088'), https.keys);
		expectMatches(q, loadCapture('088'), https.url);
		expect(parseLink(q.headers.link)[0].url).toBe(`${https.url}/wp-json/wc/v3/products?per_page=2&_fields=id%2Cname&consumer_key=${https.keys.readWrite.key}&consumer_secret=${https.keys.readWrite.secret}&page=2`);
		for (const p of ['089', '090', '091', '092', '093']) expectMatches(await replay(https.url, loadCapture(p), https.keys), loadCapture(p), https.url);
	});

	test('094/095/096 OAuth over HTTP: SHA256, SHA1, Authorization header; Link echoes oauth_*', async () => {
		const a = oauthGet(plain, '/wp-json/wc/v3/products?per_page=2&orderby=id&order=asc');
		const r = await send('GET', a.url);
		expect(r.status).toBe(200);
		const link = parseLink(r.headers.link);
		expect(link.length).toBe(1);
		{
			expect(link[0].url).toContain(`oauth_nonce=${a.o.oauth_nonce}`);
			expect(link[0].url).toContain('oauth_signature=');
			expect(link[0].url).not.toMatch(/oauth_signature=[^&]*%3D/);
		}
		const b = oauthGet(plain, '/wp-json/wc/v3/products?per_page=1', { algo: 'HMAC-SHA1' });
		expect((await send('GET', b.url)).status).toBe(200);
		const url = `${plain.url}/wp-json/wc/v3/products?per_page=1&_fields=id,name`;
		const o = oauthSign('GET', url.split('?')[0], plain.keys.readWrite, { data: { per_page: '1', _fields: 'id,name' } });
		const header = 'OAuth ' + Object.entries(o).map(([k, v]) => `${k}="${enc(v)}"`).join(', ');
		expect((await send('GET', url, { Authorization: header })).status).toBe(200);
	});

	test('097-099, 106-108, 110 OAuth refusals with the exact messages', async () => {
		const check = async (url: string, cap: string) => {
			const res = await send('GET', url);
			expectMatches(res, loadCapture(cap), plain.url);
		};
		await check(oauthGet(plain, '/wp-json/wc/v3/products?per_page=1', { lastAmpersand: false }).url, '097');
		const once = oauthGet(plain, '/wp-json/wc/v3/products?per_page=1&_fields=id');
		expect((await send('GET', once.url)).status).toBe(200);
		await check(once.url, '098');
		await check(oauthGet(plain, '/wp-json/wc/v3/products?per_page=1', { timestamp: Math.floor(Date.now() / 1000) - 3600 }).url, '099');
		const missing = oauthGet(plain, '/wp-json/wc/v3/products?per_page=1').url.replace(/&oauth_nonce=[^&]*/, '');
		await check(missing, '106');
		const bad = oauthGet(plain, '/wp-json/wc/v3/products?per_page=1').url.replace('oauth_signature_method=HMAC-SHA256', 'oauth_signature_method=PLAINTEXT');
		await check(bad, '107');
		await check(oauthGet(plain, '/wp-json/wc/v3/products?per_page=1', {}, { key: 'ck_unknown_test_key', secret: 'x' }).url, '108');
		const wrongHost = oauthGet(plain, '/wp-json/wc/v3/products?per_page=1');
		const o = oauthSign('GET', plain.url.replace('127.0.0.1', 'localhost') + '/wp-json/wc/v3/products', plain.keys.readWrite, { data: { per_page: '1' } });
		void wrongHost;
		await check(withOAuthQuery(`${plain.url}/wp-json/wc/v3/products?per_page=1`, o), '110');
	});

	test('clock skew setting shifts the store clock', async () => {
		plain.settings.clockSkewSeconds = 3600;
		const res = await send('GET', oauthGet(plain, '/wp-json/wc/v3/products?per_page=1').url);
		plain.settings.clockSkewSeconds = 0;
		expect(res.body.message).toBe('Invalid timestamp.');
	});

	test('100-102 array params: literal [] signed -> 401, indexed signed -> 200', async () => {
		const base = `${plain.url}/wp-json/wc/v3/orders`;
		const literal = oauthSign('GET', base, plain.keys.readWrite, { data: { 'status[]': 'pending', _fields: 'id,status' } });
		const r100 = await send('GET', withOAuthQuery(`${base}?status%5B%5D=pending&status%5B%5D=on-hold&_fields=id%2Cstatus`, literal));
		expectMatches(r100, loadCapture('100'), plain.url);
		const indexed = oauthSign('GET', base, plain.keys.readWrite, { data: { 'status[0]': 'pending', 'status[1]': 'on-hold', _fields: 'id,status' } });
		expect((await send('GET', withOAuthQuery(`${base}?status%5B0%5D=pending&status%5B1%5D=on-hold&_fields=id%2Cstatus`, indexed))).status).toBe(200);
		const indexed2 = oauthSign('GET', base, plain.keys.readWrite, { data: { 'status[0]': 'pending', 'status[1]': 'on-hold', _fields: 'id,status' } });
		expect((await send('GET', withOAuthQuery(`${base}?status%5B%5D=pending&status%5B%5D=on-hold&_fields=id%2Cstatus`, indexed2))).status).toBe(200);
	});

	test('103-105 JSON bodies are not signed; form bodies must be (POST)', async () => {
		const base = `${plain.url}/wp-json/wc/v3/products/tags`;
		const cats = `${plain.url}/wp-json/wc/v3/products/categories`;
		const j = oauthSign('POST', cats, plain.keys.readWrite);
		expectMatches(await send('POST', withOAuthQuery(cats, j), { 'Content-Type': 'application/json' }, JSON.stringify({ name: 'json-category' })), loadCapture('103'), plain.url);
		const f = oauthSign('POST', base, plain.keys.readWrite, { data: { name: 'form-tag' } });
		const r104 = await send('POST', withOAuthQuery(base, f), { 'Content-Type': 'application/x-www-form-urlencoded' }, 'name=form-tag');
		expectMatches(r104, loadCapture('104'), plain.url);
		expect(r104.body.name).toBe('form-tag');
		const u = oauthSign('POST', base, plain.keys.readWrite);
		expectMatches(await send('POST', withOAuthQuery(base, u), { 'Content-Type': 'application/x-www-form-urlencoded' }, 'name=unsigned'), loadCapture('105'), plain.url);
	});

	test('109 OAuth over TLS signs the https URL', async () => {
		const a = oauthGet(https, '/wp-json/wc/v3/products?per_page=1&_fields=id%2Cname');
		expectMatches(await send('GET', a.url), loadCapture('109'), https.url);
	});

	test('113/115/117 ?rest_route= reaches the route but keys are never checked: 401', async () => {
		expectMatches(await replay(https.url, loadCapture('117'), https.keys), loadCapture('117'), https.url);
		const r113 = await replay(plainPerma.url, loadCapture('113'), plainPerma.keys);
		expectMatches(r113, loadCapture('113'), plainPerma.url);
		expect(r113.headers.link).toBe(`<${plainPerma.url}/index.php?rest_route=/>; rel="https://api.w.org/"`);
		const o = oauthSign('GET', `${plain.url}/`, plain.keys.readWrite, { data: { rest_route: '/wc/v3/products', per_page: '1' } });
		expectMatches(await send('GET', withOAuthQuery(`${plain.url}/?rest_route=%2Fwc%2Fv3%2Fproducts&per_page=1`, o)), loadCapture('115'), plain.url);
	});

	test('111/112/116 plain permalinks: /wp-json/... 301 to the HTML home page', async () => {
		const r111 = await replay(plainPerma.url, loadCapture('111'), plainPerma.keys);
		expect(r111.status).toBe(301);
		expect(r111.headers.location).toBe(`${plainPerma.url}/wp-json/wc/v3/products/?per_page=2`);
		expect(r111.headers['x-redirect-by']).toBe('WordPress');
		for (const p of ['112', '116']) {
			const r = await replay(plainPerma.url, loadCapture(p), plainPerma.keys);
			expectMatches(r, loadCapture(p), plainPerma.url, { bodyKeys: false });
			expect(r.text).toMatch(/^<!DOCTYPE html>/);
		}
	});

	test('settings: stripAuthorization, wordpress=false, woocommerceActive=false, maintenance', async () => {
		const c = loadCapture('087');
		https.settings.stripAuthorization = true;
		expect((await replay(https.url, c, https.keys)).body.code).toBe('woocommerce_rest_cannot_view');
		https.settings.stripAuthorization = false;
		const qs = await send('GET', `${https.url}/wp-json/wc/v3/products?consumer_key=${https.keys.readWrite.key}&consumer_secret=${https.keys.readWrite.secret}`);
		expect(qs.status).toBe(200);
		https.settings.woocommerceActive = false;
		expect((await replay(https.url, c, https.keys)).body.code).toBe('rest_no_route');
		expect((await send('GET', `${https.url}/wp-json/`)).status).toBe(200);
		https.settings.woocommerceActive = true;
		https.settings.wordpress = false;
		const nw = await send('GET', `${https.url}/wp-json/wc/v3/products`);
		expect(nw.status).toBe(404);
		expect(String(nw.headers['content-type'])).toMatch(/text\/html/);
		https.settings.wordpress = true;
		https.settings.maintenanceHtml = true;
		expect((await send('GET', `${https.url}/wp-json/wc/v3/products`)).status).toBe(503);
		https.settings.maintenanceHtml = false;
	});
});
