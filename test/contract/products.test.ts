import { loadCapture, replay, expectMatches, parseLink, send } from './captures';
import { start, client, seedCatalogue, Sandbox } from './helpers';

describe('contract: products, terms, lists, errors (HTTPS Basic)', () => {
	let sb: Sandbox;
	let ids: Awaited<ReturnType<typeof seedCatalogue>>;
	beforeAll(async () => {
		sb = await start();
		ids = await seedCatalogue(sb);
	});
	afterAll(async () => sb && sb.close());
	const run = (p: string, url?: string) => replay(sb.url, loadCapture(p), sb.keys, url ? { urlOverride: url } : {});

	test('001-004 pagination headers and Link rel structure (orderby=id)', async () => {
		for (const p of ['001', '002', '003', '004']) {
			const cap = loadCapture(p);
			const res = await run(p);
			expectMatches(res, cap, sb.url);
			expect(res.headers['x-wp-total']).toBe('7');
			expect(res.headers['x-wp-totalpages']).toBe('4');
			for (const l of parseLink(res.headers.link)) expect(l.url.startsWith(`${sb.url}/wp-json/wc/v3/products?per_page=2&orderby=id&order=asc&page=`)).toBe(true);
		}
		const past = await run('004');
		expect(past.body).toEqual([]);
		expect(parseLink(past.headers.link)[0].url).toMatch(/page=4$/);
	});

	test('005 create simple / 011 get / 012 missing / 013 update / 080 patch', async () => {
		const r5 = await run('005', undefined);
		// 005 reuses the SKU of the seed: a duplicate SKU -> in the replay we change the sku
		expect([201, 400]).toContain(r5.status);
		const c = client(sb);
		const created = await send('POST', `${sb.url}/wp-json/wc/v3/products`, { Authorization: c.auth, 'Content-Type': 'application/json' }, JSON.stringify({ ...(loadCapture('005').request.body as object), sku: 'NEW-SKU', categories: [{ id: ids.tshirts }], tags: [{ id: ids.summer }], attributes: [{ id: ids.color, options: ['Red', 'Blue'], visible: true, variation: false }] }));
		expectMatches(created, loadCapture('005'), sb.url);
		expect(created.body.categories[0]).toEqual({ id: ids.tshirts, name: 'T-Shirts', slug: 't-shirts' });
		expect(created.body.attributes[0].options).toEqual(['Blue', 'Red']);
		expectMatches(await run('011', `{store}/wp-json/wc/v3/products/${ids.tee.id}`), loadCapture('011'), sb.url);
		expectMatches(await run('012'), loadCapture('012'), sb.url);
		const upd = await run('013', `{store}/wp-json/wc/v3/products/${ids.tee.id}`);
		expectMatches(upd, loadCapture('013'), sb.url);
		expect(upd.body.on_sale).toBe(true);
		expect(upd.body.price).toBe('15.00');
		expect(upd.body.price_html).toBe(loadCapture('013').response.body.price_html);
		expectMatches(await run('080', `{store}/wp-json/wc/v3/products/${ids.tee.id}`), loadCapture('080'), sb.url);
	});

	test('006-010 variable product and variations', async () => {
		const cap = loadCapture('010');
		const res = await run('010', `{store}/wp-json/wc/v3/products/${ids.hoodie.id}`);
		expectMatches(res, cap, sb.url);
		expect(res.body.variations).toEqual([ids.v1.id, ids.v2.id]);
		expect(res.body.price).toBe('40.00');
		expect(res.body.on_sale).toBe(true);
		expect(res.body.price_html).toBe(cap.response.body.price_html);
		const vl = await run('009', `{store}/wp-json/wc/v3/products/${ids.hoodie.id}/variations`);
		expectMatches(vl, loadCapture('009'), sb.url);
		expect(ids.v1.name).toBe('S');
		expect(Object.keys(ids.v1).sort()).toEqual(Object.keys(loadCapture('007').response.body).sort());
		expect(ids.v2.on_sale).toBe(true);
	});

	test('014-018 trash, read trashed, force delete, missing', async () => {
		const t = await run('014', `{store}/wp-json/wc/v3/products/${ids.trash.id}`);
		expectMatches(t, loadCapture('014'), sb.url);
		expect(t.body.status).toBe('publish');
		const g = await run('015', `{store}/wp-json/wc/v3/products/${ids.trash.id}`);
		expectMatches(g, loadCapture('015'), sb.url);
		expect(g.body.status).toBe('trash');
		expect(g.body.slug).toMatch(/__trashed$/);
		expect(g.body.permalink).toBe(`${sb.url}/?post_type=product&p=${ids.trash.id}`);
		expectMatches(await run('016', `{store}/wp-json/wc/v3/products/${ids.gone.id}?force=true`), loadCapture('016'), sb.url);
		expectMatches(await run('017', `{store}/wp-json/wc/v3/products/${ids.gone.id}`), loadCapture('017'), sb.url);
		expectMatches(await run('018', `{store}/wp-json/wc/v3/products/${ids.gone.id}?force=true`), loadCapture('018'), sb.url);
	});

	test('019-023 filters: search, sku, status, category incl. children', async () => {
		const s = await run('019');
		expectMatches(s, loadCapture('019'), sb.url);
		expect(s.body.map((p: any) => p.id)).toContain(ids.tee.id);
		expect(s.body.every((p: any) => /tee/i.test(p.name))).toBe(true);
		const k = await run('020');
		expect(k.body.map((p: any) => p.sku)).toEqual(['WOO-MUG-1']);
		const d = await run('021');
		expectMatches(d, loadCapture('021'), sb.url);
		expect(d.body.map((p: any) => p.slug)).toEqual(['']);
		const c = await run('022', `{store}/wp-json/wc/v3/products?category=${ids.tshirts}`);
		expectMatches(c, loadCapture('022'), sb.url);
		expect(c.body.map((p: any) => p.id)).toContain(ids.tee.id);
		expect(c.body.map((p: any) => p.id)).not.toContain(ids.hoodie.id);
		const parent = await run('023', `{store}/wp-json/wc/v3/products?category=${ids.clothing}`);
		expect(parent.body.map((p: any) => p.id)).toEqual(expect.arrayContaining([ids.tee.id, ids.hoodie.id]));
	});

	test('024-026 _fields: top level, nested dropped on products, _links kept on single items', async () => {
		const a = await run('024');
		expectMatches(a, loadCapture('024'), sb.url);
		const b = await run('025');
		expectMatches(b, loadCapture('025'), sb.url);
		expect(Object.keys(b.body[0])).toEqual(['id']);
		const c = await run('026', `{store}/wp-json/wc/v3/products/${ids.tee.id}?_fields=id,name,meta_data.key,categories.name`);
		expectMatches(c, loadCapture('026'), sb.url);
	});

	test('027/028 default order is not total across pages; orderby=id is', async () => {
		const c = client(sb);
		await c.post('products/batch', { create: Array.from({ length: 6 }, (_, i) => ({ name: `Same second ${i}`, regular_price: '1.00' })) });
		const walk = async (extra: string) => {
			const seen: number[] = [];
			for (let p = 1; p <= 10; p++) {
				const r = await c.get(`products?per_page=3&page=${p}${extra}&_fields=id`);
				if (!r.body.length) break;
				seen.push(...r.body.map((x: any) => x.id));
			}
			return seen;
		};
		const byId = await walk('&orderby=id&order=desc');
		expect(new Set(byId).size).toBe(byId.length);
		const byDate = await walk('');
		expect(byDate.length).toBe(byId.length);
		expect(new Set(byDate).size).toBeLessThan(byDate.length); // repeats (and therefore skips) like 027
	});

	test('029-037 categories, tags, attributes, terms', async () => {
		const c = client(sb);
		const dup = await run('030');
		expectMatches(dup, loadCapture('030'), sb.url);
		expect(dup.body.data.resource_id).toBe(ids.clothing);
		expectMatches(await run('031'), loadCapture('031'), sb.url);
		const uncategorized = (await c.get('products/categories?per_page=100')).body.find((x: any) => x.slug === 'uncategorized');
		expect(uncategorized).toBeTruthy();
		expectMatches(await c.post('products/categories', { name: 'Hats', description: 'x' }), loadCapture('029'), sb.url);
		expectMatches(await c.post('products/tags', { name: 'winter' }), loadCapture('032'), sb.url);
		expectMatches(await run('033'), loadCapture('033'), sb.url);
		const attr = await c.post('products/attributes', { name: 'Material', slug: 'material' });
		expectMatches(attr, loadCapture('034'), sb.url);
		expect(attr.body.slug).toBe('pa_material');
		expectMatches(await run('035'), loadCapture('035'), sb.url);
		expectMatches(await c.post(`products/attributes/${ids.color}/terms`, { name: 'Green' }), loadCapture('036'), sb.url);
		expectMatches(await run('037', `{store}/wp-json/wc/v3/products/attributes/${ids.color}/terms`), loadCapture('037'), sb.url);
	});

	test('069 batch mixed, 070 413', async () => {
		const cap = loadCapture('069');
		const body = JSON.stringify(cap.request.body).replace('"id":12', `"id":${ids.tote.id}`).replace('14,999998', `${ids.poster.id},999998`);
		const res = await replay(sb.url, { ...cap.request, body }, sb.keys);
		expectMatches(res, cap, sb.url);
		expect(res.body.create[1]).toEqual({ id: 0, error: { code: 'product_invalid_sku', message: 'Invalid or duplicated SKU.', data: { status: 400, resource_id: ids.mug.id, unique_sku: 'WOO-MUG-1-1' } } });
		expect(res.body.update[1]).toEqual(cap.response.body.update[1]);
		expect(res.body.delete[1]).toEqual(cap.response.body.delete[1]);
		expect((await client(sb).get(`products/${ids.poster.id}`)).status).toBe(404);
		const big = { create: Array.from({ length: 101 }, (_, i) => ({ name: `Bulk ${i}`, regular_price: '1.00' })) };
		expectMatches(await client(sb).post('products/batch', big), loadCapture('070'), sb.url);
		const mixed = await client(sb).post('products/batch', { create: Array(50).fill({ name: 'x' }), update: Array(50).fill({ id: 1 }), delete: [1] });
		expect(mixed.status).toBe(413);
	});

	test('073-081 validation and routing errors', async () => {
		for (const p of ['073', '074', '075', '076', '078', '079']) {
			const cap = loadCapture(p);
			const res = await run(p);
			expectMatches(res, cap, sb.url);
			if (cap.response.body.data.params) expect(res.body.data).toEqual(cap.response.body.data);
		}
		const r77 = await run('077');
		expectMatches(r77, loadCapture('077'), sb.url);
		expect(r77.body.data).toEqual(loadCapture('077').response.body.data);
		const r81 = await run('081');
		expectMatches(r81, loadCapture('081'), sb.url);
		expect(r81.body.data).toEqual(loadCapture('081').response.body.data);
	});

	test('082 OPTIONS, 083 namespace index', async () => {
		expectMatches(await run('082'), loadCapture('082'), sb.url);
		const idx = await run('083');
		expectMatches(idx, loadCapture('083'), sb.url);
		expect(Object.keys(idx.body.routes).length).toBe(loadCapture('083').all_route_names.length);
	});
});
