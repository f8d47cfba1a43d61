/**
 * Sandbox gaps closed after review, checked against WooCommerce 10's behaviour (PHP source of the REST controllers):
 * variation trash, variation and review list filters, the unpaginated attributes list.
 */
import { loadCapture } from './captures';
import { start, client, seedCatalogue, Sandbox } from './helpers';

describe('sandbox gaps: variations, reviews, attributes', () => {
	let sb: Sandbox;
	let ids: Awaited<ReturnType<typeof seedCatalogue>>;
	beforeAll(async () => {
		sb = await start();
		ids = await seedCatalogue(sb);
	});
	afterAll(async () => sb && sb.close());

	test('variation delete without force trashes (supports_trash), 410 when already trashed, force deletes', async () => {
		const c = client(sb);
		const hoodie = ids.hoodie.id;
		const v3 = (await c.post(`products/${hoodie}/variations`, { regular_price: '50.00', sku: 'WOO-HOODIE-XL', attributes: [{ name: 'Size', option: 'XL' }] })).body;
		const trashed = await c.del(`products/${hoodie}/variations/${v3.id}`);
		expect(trashed.status).toBe(200);
		// The answer is the variation as it was before trashing (prepare_object_for_response runs first).
		expect(trashed.body).toMatchObject({ id: v3.id, status: 'publish', sku: 'WOO-HOODIE-XL' });
		const after = await c.get(`products/${hoodie}/variations/${v3.id}`);
		expect(after.status).toBe(200);
		expect(after.body.status).toBe('trash');
		// Not listed (status=any leaves trash out), not a child of the parent any more; status=trash lists it.
		expect((await c.get(`products/${hoodie}/variations`)).body.map((v: { id: number }) => v.id)).not.toContain(v3.id);
		expect((await c.get(`products/${hoodie}/variations?status=trash`)).body.map((v: { id: number }) => v.id)).toEqual([v3.id]);
		expect((await c.get(`products/${hoodie}`)).body.variations).toEqual([ids.v1.id, ids.v2.id]);
		const again = await c.del(`products/${hoodie}/variations/${v3.id}`);
		expect(again.status).toBe(410);
		expect(again.body).toEqual({ code: 'woocommerce_rest_already_trashed', message: 'The product_variation has already been deleted.', data: { status: 410 } });
		const gone = await c.del(`products/${hoodie}/variations/${v3.id}?force=true`);
		expect(gone.status).toBe(200);
		expect(gone.body.status).toBe('trash');
		const missing = await c.get(`products/${hoodie}/variations/${v3.id}`);
		expect(missing.status).toBe(404);
		expect(missing.body.code).toBe('woocommerce_rest_product_variation_invalid_id');
	});

	test('variation Get Many honours search, on_sale, stock_status, prices, slug, tax_class, dates, include/exclude, attributes', async () => {
		const c = client(sb);
		const h = ids.hoodie.id;
		const list = async (q: string) => {
			const r = await c.get(`products/${h}/variations?orderby=id&order=asc&${q}`);
			expect(r.status).toBe(200);
			return r.body.map((v: { id: number }) => v.id);
		};
		const { v1, v2 } = ids;
		expect(await list('')).toEqual([v1.id, v2.id]);
		expect(await list('on_sale=true')).toEqual([v2.id]);
		expect(await list('on_sale=false')).toEqual([v1.id]);
		expect(await list('stock_status=instock')).toEqual([v1.id, v2.id]);
		expect(await list('stock_status=outofstock')).toEqual([]);
		// Active price: v1 45.00, v2 40.00 (on sale).
		expect(await list('min_price=42')).toEqual([v1.id]);
		expect(await list('max_price=42')).toEqual([v2.id]);
		expect(await list('min_price=40&max_price=45')).toEqual([v1.id, v2.id]);
		expect(await list('has_price=true')).toEqual([v1.id, v2.id]);
		expect(await list('search=hoodie - m')).toEqual([v2.id]);
		expect(await list(`include=${v2.id}`)).toEqual([v2.id]);
		expect(await list(`exclude=${v2.id}`)).toEqual([v1.id]);
		expect(await list('after=2000-01-01T00:00:00&before=2999-01-01T00:00:00')).toEqual([v1.id, v2.id]);
		expect(await list('modified_after=2999-01-01T00:00:00')).toEqual([]);
		expect(await list('modified_before=2999-01-01T00:00:00')).toEqual([v1.id, v2.id]);
		expect(await list('tax_class=standard')).toEqual([]);
		await c.put(`products/${h}/variations/${v1.id}`, { tax_class: 'reduced-rate' });
		expect(await list('tax_class=reduced-rate')).toEqual([v1.id]);
		expect(await list('attributes[0][attribute]=size&attributes[0][term]=M')).toEqual([v2.id]);
		expect(await list('sku=WOO-HOODIE-S')).toEqual([v1.id]);
		expect(await list('slug=logo-hoodie-s')).toEqual([v1.id]);
		// Enums and types are validated like products.
		const bad = await c.get(`products/${h}/variations?stock_status=gone&tax_class=nope`);
		expect(bad.status).toBe(400);
		expect(bad.body.code).toBe('rest_invalid_param');
		expect(Object.keys(bad.body.data.params).sort()).toEqual(['stock_status', 'tax_class']);
		expect(bad.body.data.params.tax_class).toBe('tax_class is not one of standard, reduced-rate, and zero-rate.');
		expect((await c.get(`products/${h}/variations?on_sale=maybe`)).body.data.params.on_sale).toBe('on_sale is not of type boolean.');
	});

	test('review Get Many: reviewer, reviewer_exclude, reviewer_email, product, status (all = hold + approved)', async () => {
		const c = client(sb);
		const tee = ids.tee.id;
		const mug = ids.mug.id;
		const a = (await c.post('products/reviews', { product_id: tee, review: 'Great tee', reviewer: 'Ann', reviewer_email: 'ann@example.com', rating: 5 })).body;
		expect(a._links.reviewer).toBeUndefined(); // API-created reviews have no user
		const b = sb.store.addReview({ product_id: tee, review: 'Soft', reviewer: 'Bob', reviewer_email: 'bob@example.com', rating: 4, user_id: 2 });
		const h = sb.store.addReview({ product_id: mug, review: 'Chipped', reviewer: 'Bob', reviewer_email: 'BOB@example.com', rating: 2, user_id: 2, status: 'hold' });
		const sp = sb.store.addReview({ product_id: mug, review: 'Buy pills', reviewer: 'Spam', reviewer_email: 'spam@example.com', rating: 1, status: 'spam' });
		const list = async (q: string) => {
			const r = await c.get(`products/reviews?orderby=id&order=asc&per_page=100&${q}`);
			expect(r.status).toBe(200);
			return r.body.map((x: { id: number }) => x.id);
		};
		expect(await list('')).toEqual([a.id, b.id]);
		expect(await list('status=all')).toEqual([a.id, b.id, h.id]);
		expect(await list('status=hold')).toEqual([h.id]);
		expect(await list('status=spam')).toEqual([sp.id]);
		expect(await list('reviewer=2&status=all')).toEqual([b.id, h.id]);
		expect(await list('reviewer=0')).toEqual([a.id]);
		expect(await list('reviewer_exclude=2&status=all')).toEqual([a.id]);
		expect(await list('reviewer_email=bob@example.com&status=all')).toEqual([b.id, h.id]);
		expect(await list(`product=${mug}&status=all`)).toEqual([h.id]);
		expect(await list(`product=${tee},${mug}`)).toEqual([a.id, b.id]);
		const one = await c.get(`products/reviews/${b.id}`);
		expect(one.body._links.reviewer).toEqual([{ embeddable: true, href: `${sb.url}/wp-json/wp/v2/users/2` }]);
		const bad = await c.get('products/reviews?reviewer_email=not-an-email&reviewer=x&status=deleted');
		expect(bad.status).toBe(400);
		expect(bad.body.data.params).toEqual({
			status: 'status is not one of all, hold, approved, spam, and trash.',
			reviewer: 'reviewer[0] is not of type integer.',
			reviewer_email: 'Invalid email address.',
		});
	});

	test('products/attributes is not paginated: every attribute, X-WP-Total = count, X-WP-TotalPages = 1, sorted by slug', async () => {
		const c = client(sb);
		const size = (await c.post('products/attributes', { name: 'Size', slug: 'size' })).body;
		const brand = (await c.post('products/attributes', { name: 'Brand', slug: 'brand' })).body;
		const res = await c.get('products/attributes?per_page=1&page=2&orderby=id&order=desc');
		expect(res.status).toBe(200);
		expect(res.body.map((x: { slug: string }) => x.slug)).toEqual(['pa_brand', 'pa_color', 'pa_size']);
		expect(res.headers['x-wp-total']).toBe('3');
		expect(res.headers['x-wp-totalpages']).toBe('1');
		expect(res.headers.link).toBe(`<${sb.url}/wp-json/>; rel="https://api.w.org/"`);
		// Capture 035 (one attribute): same headers.
		const cap = loadCapture('035');
		expect(cap.response.headers['X-WP-Total']).toBe(String(cap.response.body.length));
		expect(cap.response.headers['X-WP-TotalPages']).toBe('1');
		// per_page is not a registered argument of this route: no 400 for 101.
		expect((await c.get('products/attributes?per_page=101')).status).toBe(200);
		for (const id of [size.id, brand.id]) expect((await c.del(`products/attributes/${id}?force=true`)).status).toBe(200);
	});
});
