import { loadCapture, replay, expectMatches, send } from './captures';
import { start, client, seedCatalogue, Sandbox } from './helpers';

describe('contract: settings, system status, reports, data, shipping, taxes, gateways, reviews', () => {
	let sb: Sandbox;
	let ids: Awaited<ReturnType<typeof seedCatalogue>>;
	beforeAll(async () => {
		sb = await start();
		ids = await seedCatalogue(sb);
	});
	afterAll(async () => sb && sb.close());
	const run = (p: string, url?: string, body?: unknown) => {
		const cap = loadCapture(p);
		return replay(sb.url, { ...cap.request, ...(url ? { url } : {}), ...(body !== undefined ? { body } : {}) } as any, sb.keys);
	};

	test('118-123 system status, tools, settings, currency', async () => {
		for (const p of ['118', '119', '120', '121', '123']) {
			const res = await run(p);
			expectMatches(res, loadCapture(p), sb.url);
			if (Array.isArray(res.body)) expect(res.body.length).toBe(loadCapture(p).response.body.length);
		}
		const upd = await run('122');
		expectMatches(upd, loadCapture('122'), sb.url);
		expect(upd.body.value).toBe('left_space');
		const again = await client(sb).get('settings/general/woocommerce_currency_pos');
		expect(again.body.value).toBe('left_space');
		expect((await client(sb).get('settings/nope')).body.code).toBe('rest_setting_setting_group_invalid');
		const tool = await client(sb).put('system_status/tools/clear_transients', {});
		expect(tool.body.success).toBe(true);
	});

	test('124 payment gateways (not paginated)', async () => {
		const res = await run('124');
		expectMatches(res, loadCapture('124'), sb.url);
		const u = await client(sb).put('payment_gateways/bacs', { enabled: true });
		expect(u.body.enabled).toBe(true);
	});

	test('125-129 shipping zones, methods (200 on create), locations', async () => {
		const z = await run('125');
		expectMatches(z, loadCapture('125'), sb.url);
		const m = await run('126', `{store}/wp-json/wc/v3/shipping/zones/${z.body.id}/methods`);
		expectMatches(m, loadCapture('126'), sb.url);
		expect(m.body.settings.cost.value).toBe('5.00');
		const list = await run('127');
		expectMatches(list, loadCapture('127'), sb.url);
		expect(list.body[0].id).toBe(0);
		expectMatches(await run('128', `{store}/wp-json/wc/v3/shipping/zones/${z.body.id}/methods`), loadCapture('128'), sb.url);
		await client(sb).put(`shipping/zones/${z.body.id}/locations`, [{ code: 'US', type: 'country' }]);
		const loc = await run('129', `{store}/wp-json/wc/v3/shipping/zones/${z.body.id}/locations`);
		expectMatches(loc, loadCapture('129'), sb.url);
		expect(loc.body).toEqual(JSON.parse(JSON.stringify(loadCapture('129').response.body).split('{store}').join(sb.url).replace(/zones\/1\//g, `zones/${z.body.id}/`).replace(/zones\/1"/g, `zones/${z.body.id}"`)));
	});

	test('130-132 taxes and tax classes', async () => {
		const t = await run('130');
		expectMatches(t, loadCapture('130'), sb.url);
		expect(t.body.rate).toBe('8.6250');
		expect(t.body.cities).toEqual(['SAN FRANCISCO']);
		expectMatches(await run('131'), loadCapture('131'), sb.url);
		const cls = await run('132');
		expectMatches(cls, loadCapture('132'), sb.url);
		expect(cls.body).toEqual(JSON.parse(JSON.stringify(loadCapture('132').response.body).split('{store}').join(sb.url)));
	});

	test('133-136 reports', async () => {
		for (const p of ['133', '134', '135', '136']) expectMatches(await run(p), loadCapture(p), sb.url);
		await client(sb).post('orders', { status: 'completed', line_items: [{ product_id: ids.mug.id, quantity: 1 }] });
		const totals = await run('136');
		expect(totals.body.find((r: any) => r.slug === 'completed').total).toBe(1);
		for (const r of ['products', 'customers', 'coupons', 'reviews']) expect((await client(sb).get(`reports/${r}/totals`)).status).toBe(200);
	});

	test('137-140 reviews and shipping classes', async () => {
		const r = await run('137', undefined, { ...(loadCapture('137').request.body as object), product_id: ids.tee.id });
		expectMatches(r, loadCapture('137'), sb.url);
		expect(r.body.reviewer_avatar_urls['96']).toBe(loadCapture('137').response.body.reviewer_avatar_urls['96']);
		expectMatches(await run('138'), loadCapture('138'), sb.url);
		expectMatches(await run('139'), loadCapture('139'), sb.url);
		expectMatches(await run('140'), loadCapture('140'), sb.url);
		const p = await client(sb).get(`products/${ids.tee.id}`);
		expect(p.body.rating_count).toBe(1);
	});

	test('data endpoints, v1/v2 namespaces, site index, HTML pages', async () => {
		for (const r of ['data', 'data/continents', 'data/countries', 'data/currencies', 'data/countries/us', 'shipping_methods']) expect((await client(sb).get(r)).status).toBe(200);
		const v2 = await send('GET', `${sb.url}/wp-json/wc/v2/products/${ids.tee.id}`, { Authorization: client(sb).auth });
		expect(v2.status).toBe(200);
		expect(v2.body._links.self[0].href).toBe(`${sb.url}/wp-json/wc/v2/products/${ids.tee.id}`);
		const idx = await send('GET', `${sb.url}/wp-json/`);
		expect(idx.body.namespaces).toContain('wc/v3');
		const home = await send('GET', `${sb.url}/`);
		expect(String(home.headers['content-type'])).toMatch(/text\/html/);
		const legacy = await replay(sb.url, loadCapture('176'), sb.keys);
		expectMatches(legacy, loadCapture('176'), sb.url);
		expectMatches(await replay(sb.url, loadCapture('185'), sb.keys), { ...loadCapture('185'), response: { ...loadCapture('185').response, body: null } } as any, sb.url);
	});
});
