/**
 * The Product resource of the WooCommerce node, run by n8n-core's engine against the sandbox store over real HTTP.
 * Every test checks what reached the store (method, path, query, body) and what the node output.
 */
import type { IDataObject, INode } from 'n8n-workflow';

import { byId, runNode, useStore } from '../helpers/nodeRun';
import { PRODUCT_SIMPLIFY_FIELDS } from '../../nodes/WooCommerce/actions/simplify/product';

/* eslint-disable @typescript-eslint/no-explicit-any */
const sb = useStore('demo');

let useReadOnlyKey = false;

/** Runs Manual Trigger → (Set Items) → WooCommerce with the parameters as the editor saves them. */
async function run(parameters: IDataObject, items?: IDataObject[], extra: Partial<INode> = {}) {
	const { items: output, ...result } = await runNode(sb, parameters, { items, node: extra, key: useReadOnlyKey ? 'readOnly' : 'readWrite' });
	return { output, ...result };
}

function productBySku(sku: string): any {
	return [...sb.store.products.values()].find((product: any) => product.sku === sku);
}

function termId(taxonomy: string, name: string): number {
	return [...sb.store.terms.values()].find((term: any) => term.taxonomy === taxonomy && term.name === name).id;
}

function attributeId(name: string): number {
	return [...sb.store.attributes.values()].find((attribute: any) => attribute.name === name).id;
}

describe('Product > Create', () => {
	it('sends every typed field in WooCommerce’s shape (prices as strings, categories/tags as [{id}]) and returns the product', async () => {
		const tshirts = termId('product_cat', 'T-Shirts');
		const summer = termId('product_tag', 'summer');
		const color = attributeId('Color');
		const { requests, json, output } = await run({
			resource: 'product',
			operation: 'create',
			name: 'Organic Tee',
			additionalFields: {
				type: 'simple',
				status: 'draft',
				regular_price: '={{ 19.5 }}',
				sale_price: '15.00',
				sku: 'WF-TEE-1',
				description: '<p>Organic cotton.</p>',
				short_description: 'Organic tee',
				categories: [tshirts],
				tags: [summer],
				images: { values: [{ src: 'https://example.com/tee.jpg', alt: 'Tee', name: '' }] },
				attributes: {
					values: [
						{ id: color, name: '', options: 'Red, Blue', visible: true, variation: false },
						{ id: 0, name: 'Fit', options: 'Slim,Regular', visible: true, variation: false },
					],
				},
				dimensions: { values: { length: '30', width: '20', height: '' } },
				weight: '0.2',
				manage_stock: true,
				stock_quantity: 25,
				backorders: 'notify',
				meta_data: { values: [{ key: 'origin', value: 'Portugal' }] },
				extraFieldsJson: '{"menu_order": 3, "purchase_note": "Thanks!"}',
			},
		});
		expect(requests).toEqual([
			{
				method: 'POST',
				path: 'products',
				query: {},
				body: {
					name: 'Organic Tee',
					type: 'simple',
					status: 'draft',
					regular_price: '19.5',
					sale_price: '15.00',
					sku: 'WF-TEE-1',
					description: '<p>Organic cotton.</p>',
					short_description: 'Organic tee',
					categories: [{ id: tshirts }],
					tags: [{ id: summer }],
					images: [{ src: 'https://example.com/tee.jpg', alt: 'Tee' }],
					attributes: [
						// Position comes from the fixedCollection's default (0), as the editor would save it.
						{ id: color, options: ['Red', 'Blue'], position: 0, visible: true, variation: false },
						{ name: 'Fit', options: ['Slim', 'Regular'], position: 0, visible: true, variation: false },
					],
					dimensions: { length: '30', width: '20' },
					weight: '0.2',
					manage_stock: true,
					stock_quantity: 25,
					backorders: 'notify',
					meta_data: [{ key: 'origin', value: 'Portugal' }],
					menu_order: 3,
					purchase_note: 'Thanks!',
				},
			},
		]);
		expect(output).toHaveLength(1);
		expect(output[0].pairedItem).toEqual({ item: 0 });
		expect(json[0]).toMatchObject({
			name: 'Organic Tee',
			sku: 'WF-TEE-1',
			status: 'draft',
			regular_price: '19.50',
			stock_quantity: 25,
			categories: [{ id: tshirts, name: 'T-Shirts', slug: 't-shirts' }],
			tags: [{ id: summer, name: 'summer', slug: 'summer' }],
			meta_data: [expect.objectContaining({ key: 'origin', value: 'Portugal' })],
		});
		expect(typeof json[0].id).toBe('number');
		expect(productBySku('WF-TEE-1').name).toBe('Organic Tee');
	});

	it('refuses a price that is not a number, naming the field and the item, before sending anything', async () => {
		const { requests, error } = await run(
			{ resource: 'product', operation: 'create', name: '={{ $json.name }}', additionalFields: { regular_price: '={{ $json.price }}' } },
			[{ name: 'Fine', price: '10.00' }, { name: 'Broken', price: '10,00 €' }],
		);
		expect(error).toBeDefined();
		expect(error.message).toBe('The field "Regular Price" in item 2 is not a valid price: "10,00 €"');
		// Item 1 was sent; item 2 never was.
		expect(requests.map((request) => (request.body as IDataObject).name)).toEqual(['Fine']);
	});

	it('with a read-only key, the store’s refusal reaches the user as one clear sentence, without secrets', async () => {
		useReadOnlyKey = true;
		try {
			const { error, requests } = await run({ resource: 'product', operation: 'create', name: 'Nope' });
			expect(requests.map((request) => request.method)).toEqual(['POST']);
			expect(error.message).toMatch(/write permission/i);
			expect(`${error.message} ${error.description}`).toMatch(/Read\/Write key/);
			expect(JSON.stringify({ message: error.message, description: error.description })).not.toContain(sb.keys.readOnly.secret);
		} finally {
			useReadOnlyKey = false;
		}
	});

	it('refuses invalid JSON in Extra Fields, naming the field and the item', async () => {
		const { requests, error } = await run({
			resource: 'product',
			operation: 'create',
			name: 'Bad JSON',
			additionalFields: { extraFieldsJson: '{"menu_order": 3,}' },
		});
		expect(error.message).toBe('The field "Extra Fields (JSON)" in item 1 is not valid JSON');
		expect(requests).toEqual([]);
	});

	it('refuses a negative or fractional stock quantity', async () => {
		const negative = await run({ resource: 'product', operation: 'create', name: 'Neg', additionalFields: { stock_quantity: -2 } });
		expect(negative.error.message).toBe('The field "Stock Quantity" in item 1 must be a whole number of 0 or more, got "-2"');
		const fraction = await run({ resource: 'product', operation: 'create', name: 'Frac', additionalFields: { stock_quantity: 2.5 } });
		expect(fraction.error.message).toContain('"Stock Quantity" in item 1 must be a whole number');
		expect([...negative.requests, ...fraction.requests]).toEqual([]);
	});
});

describe('Product > Get', () => {
	it('returns the compact product by default (Simplify), the raw one when off, and nested Fields', async () => {
		const tee = productBySku('DEMO-001');
		const simple = await run({ resource: 'product', operation: 'get', productId: byId(tee.id) });
		expect(simple.requests).toEqual([{ method: 'GET', path: `products/${tee.id}`, query: {}, body: null }]);
		expect(Object.keys(simple.json[0])).toEqual(PRODUCT_SIMPLIFY_FIELDS);
		expect(simple.json[0]).toMatchObject({ id: tee.id, name: 'Basic Tee', sku: 'DEMO-001', categories: ['T-Shirts'], tags: ['summer'], images: [] });

		const raw = await run({ resource: 'product', operation: 'get', productId: byId(tee.id), simplify: false });
		expect(raw.json[0]).toMatchObject({ id: tee.id, price_html: expect.any(String), categories: [expect.objectContaining({ name: 'T-Shirts' })] });

		// WooCommerce drops nested _fields on products: the node asks for top-level names and selects nested ones itself.
		const fields = await run({ resource: 'product', operation: 'get', productId: byId(tee.id), options: { fields: 'id,name,dimensions.width,categories.name' } });
		expect(fields.requests[0].query).toEqual({ _fields: 'id,name,dimensions,categories' });
		expect(fields.json[0]).toEqual({ id: tee.id, name: 'Basic Tee', dimensions: { width: '' }, categories: [{ name: 'T-Shirts' }] });
	});

	it('accepts the product as a wp-admin URL or a REST URL', async () => {
		const tee = productBySku('DEMO-001');
		const admin = await run({ resource: 'product', operation: 'get', productId: { __rl: true, mode: 'url', value: `${sb.url}/wp-admin/post.php?post=${tee.id}&action=edit` } });
		const rest = await run({ resource: 'product', operation: 'get', productId: { __rl: true, mode: 'url', value: `${sb.url}/wp-json/wc/v3/products/${tee.id}` } });
		expect(admin.requests[0].path).toBe(`products/${tee.id}`);
		expect(rest.requests[0].path).toBe(`products/${tee.id}`);
	});

	it('continueOnFail: a missing product and a non-numeric ID give error items in place; the bad ID is never sent', async () => {
		const tee = productBySku('DEMO-001');
		const { output, requests } = await run(
			{ resource: 'product', operation: 'get', productId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
			[{ id: tee.id }, { id: 999999 }, { id: 'abc' }, { id: '' }],
			{ onError: 'continueRegularOutput' },
		);
		expect(requests.map((request) => request.path)).toEqual([`products/${tee.id}`, 'products/999999']);
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
		expect(output[0].json.id).toBe(tee.id);
		expect(output[1].json.error).toMatch(/Invalid ID/);
		expect(output[2].json.error).toBe('The product ID "abc" in item 3 is not a positive whole number');
		expect(output[3].json.error).toBe('The product ID is empty in item 4');
	});

	it('without continueOnFail a non-numeric ID stops the node with the item named, before any request', async () => {
		const { error, requests } = await run(
			{ resource: 'product', operation: 'get', productId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
			[{ id: 'WOO-TEE' }],
		);
		expect(error.message).toBe('The product ID "WOO-TEE" in item 1 is not a positive whole number');
		expect(requests).toEqual([]);
	});
});

describe('Product > Get Many', () => {
	it('sends every filter with its WooCommerce name and type', async () => {
		const clothing = termId('product_cat', 'Clothing');
		const summer = termId('product_tag', 'summer');
		const color = attributeId('Color');
		const red = termId('pa_color', 'Red');
		const { requests, error } = await run({
			resource: 'product',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
			simplify: true,
			filters: {
				search: 'tee',
				sku: 'DEMO-001',
				status: 'publish',
				type: 'simple',
				category: clothing,
				tag: summer,
				attribute: 'pa_color',
				attribute_term: red,
				stock_status: 'instock',
				on_sale: false,
				featured: true,
				min_price: '1.00',
				max_price: '99.99',
				after: '2020-01-01T00:00:00',
				before: '2100-01-01T00:00:00',
				modified_after: '2020-01-01T00:00:00',
				modified_before: '2100-01-01T00:00:00',
				include: '11,12',
				exclude: '13',
				parent: '0',
				slug: 'basic-tee',
				tax_class: 'standard',
			},
			options: { orderby: 'title', order: 'desc' },
		});
		void color;
		expect(error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0]).toMatchObject({ method: 'GET', path: 'products' });
		expect(requests[0].query).toEqual({
			search: 'tee',
			sku: 'DEMO-001',
			status: 'publish',
			type: 'simple',
			category: String(clothing),
			tag: String(summer),
			attribute: 'pa_color',
			attribute_term: String(red),
			stock_status: 'instock',
			on_sale: 'false',
			featured: 'true',
			min_price: '1.00',
			max_price: '99.99',
			after: '2020-01-01T00:00:00',
			before: '2100-01-01T00:00:00',
			modified_after: '2020-01-01T00:00:00',
			modified_before: '2100-01-01T00:00:00',
			include: '11,12',
			exclude: '13',
			parent: '0',
			slug: 'basic-tee',
			tax_class: 'standard',
			orderby: 'title',
			order: 'desc',
			per_page: '5',
			offset: '0',
		});
	});

	it('filters by category (with subcategories), attribute term and SKU, Return All keeping every filter', async () => {
		const clothing = termId('product_cat', 'Clothing');
		const category = await run({ resource: 'product', operation: 'getAll', returnAll: true, filters: { category: clothing } });
		const names = category.json.map((product) => product.name);
		expect(names).toEqual(expect.arrayContaining(['Basic Tee', 'Zip Hoodie', 'Logo Hoodie']));
		expect(names).not.toContain('Coffee Mug');
		expect(category.requests.every((request) => request.query.category === String(clothing))).toBe(true);
		expect(category.json.every((product) => (product.categories as string[]).some((name) => ['T-Shirts', 'Hoodies', 'Clothing'].includes(name)))).toBe(true);

		const red = termId('pa_color', 'Red');
		const attribute = await run({ resource: 'product', operation: 'getAll', returnAll: true, filters: { attribute: 'pa_color', attribute_term: red } });
		expect(attribute.json.length).toBeGreaterThan(0);
		expect(attribute.json.every((product) => /Tee/.test(String(product.name)))).toBe(true);

		const sku = await run({ resource: 'product', operation: 'getAll', limit: 50, filters: { sku: 'DEMO-009' } });
		expect(sku.json.map((product) => product.name)).toEqual(['Coffee Mug']);
	});

	it('turns dates with a time zone into UTC with dates_are_gmt, and refuses a bad date naming the filter', async () => {
		const ok = await run({ resource: 'product', operation: 'getAll', limit: 1, filters: { modified_after: '2026-11-22T10:00:00+02:00' } });
		expect(ok.requests[0].query).toMatchObject({ modified_after: '2026-11-22T08:00:00', dates_are_gmt: 'true' });
		const bad = await run({ resource: 'product', operation: 'getAll', limit: 1, filters: { after: 'yesterday-ish' } });
		expect(bad.error.message).toBe('The filter "after" in item 1 is not a valid date: "yesterday-ish"');
		expect(bad.requests).toEqual([]);
	});

	it('refuses non-numeric IDs and prices in filters before sending', async () => {
		const ids = await run({ resource: 'product', operation: 'getAll', limit: 1, filters: { include: '11,abc' } });
		expect(ids.error.message).toBe('The product ID "abc" in item 1 is not a positive whole number');
		const price = await run({ resource: 'product', operation: 'getAll', limit: 1, filters: { min_price: 'cheap' } });
		expect(price.error.message).toBe('The field "Min Price" in item 1 is not a valid price: "cheap"');
		expect([...ids.requests, ...price.requests]).toEqual([]);
	});

	it('evaluates expressions per item: nothing leaks from one item to the next', async () => {
		const { requests, output } = await run(
			{
				resource: 'product',
				operation: 'getAll',
				limit: '={{ $json.limit }}',
				filters: { search: '={{ $json.search }}', on_sale: '={{ $json.onSale }}' },
			},
			[{ search: 'tee', limit: 2, onSale: true }, { limit: 1 }],
		);
		expect(requests.map((request) => request.query)).toEqual([
			{ search: 'tee', on_sale: 'true', per_page: '2', offset: '0', orderby: 'id', order: 'asc' },
			{ per_page: '1', offset: '0', orderby: 'id', order: 'asc' },
		]);
		expect(output.filter((item) => (item.pairedItem as { item: number }).item === 0).length).toBeLessThanOrEqual(2);
		expect(output.filter((item) => (item.pairedItem as { item: number }).item === 1)).toHaveLength(1);
		expect(output.filter((item) => (item.pairedItem as { item: number }).item === 0).every((item) => item.json.on_sale === true)).toBe(true);
	});
});

describe('Product > Update and Delete', () => {
	it('updates only the given fields', async () => {
		const mug = productBySku('DEMO-010');
		const sale = termId('product_tag', 'sale');
		const { requests, json } = await run({
			resource: 'product',
			operation: 'update',
			productId: byId(mug.id),
			updateFields: { name: 'Travel Mug XL', regular_price: '24.00', tags: [sale], featured: true },
		});
		expect(requests).toEqual([
			{ method: 'PUT', path: `products/${mug.id}`, query: {}, body: { name: 'Travel Mug XL', regular_price: '24.00', tags: [{ id: sale }], featured: true } },
		]);
		expect(json[0]).toMatchObject({ id: mug.id, name: 'Travel Mug XL', regular_price: '24.00', featured: true, tags: [expect.objectContaining({ id: sale })] });
	});

	it('says so when there is nothing to update', async () => {
		const mug = productBySku('DEMO-010');
		const { error, requests } = await run({ resource: 'product', operation: 'update', productId: byId(mug.id), updateFields: {} });
		expect(error.message).toBe('Nothing to update in item 1');
		expect(requests).toEqual([]);
	});

	it('moves to the trash by default and deletes permanently with Force', async () => {
		const poster = productBySku('DEMO-018');
		const trash = await run({ resource: 'product', operation: 'delete', productId: byId(poster.id) });
		expect(trash.requests).toEqual([{ method: 'DELETE', path: `products/${poster.id}`, query: { force: 'false' }, body: null }]);
		expect(trash.json[0]).toMatchObject({ deleted: true, permanently: false, id: poster.id, name: 'Poster' });
		expect(sb.store.products.get(poster.id).status).toBe('trash');

		const force = await run({ resource: 'product', operation: 'delete', productId: byId(poster.id), force: true });
		expect(force.requests[0].query).toEqual({ force: 'true' });
		expect(force.json[0]).toMatchObject({ deleted: true, permanently: true, id: poster.id });
		expect(sb.store.products.get(poster.id)).toBeUndefined();
	});
});

describe('Product > Create or Update (by SKU)', () => {
	it('creates when no product has the SKU and updates when one does, with one lookup and one write per item', async () => {
		const { requests, json, output } = await run(
			{
				resource: 'product',
				operation: 'createOrUpdate',
				upsertSku: '={{ $json.sku }}',
				additionalFields: { name: '={{ $json.name }}', regular_price: '={{ $json.price }}' },
			},
			[
				{ sku: 'UPSERT-NEW-1', name: 'Brand New', price: '12.00' },
				{ sku: 'DEMO-011', name: 'Water Bottle v2', price: '21.00' },
			],
		);
		const existing = productBySku('DEMO-011');
		expect(requests).toEqual([
			{ method: 'GET', path: 'products', query: { sku: 'UPSERT-NEW-1', status: 'any', _fields: 'id,sku' }, body: null },
			{ method: 'POST', path: 'products', query: {}, body: { name: 'Brand New', regular_price: '12.00', sku: 'UPSERT-NEW-1' } },
			{ method: 'GET', path: 'products', query: { sku: 'DEMO-011', status: 'any', _fields: 'id,sku' }, body: null },
			{ method: 'PUT', path: `products/${existing.id}`, query: {}, body: { name: 'Water Bottle v2', regular_price: '21.00' } },
		]);
		expect(json[0]).toMatchObject({ _operation: 'created', sku: 'UPSERT-NEW-1', name: 'Brand New' });
		expect(json[1]).toMatchObject({ _operation: 'updated', id: existing.id, sku: 'DEMO-011', name: 'Water Bottle v2', regular_price: '21.00' });
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);

		// Running it again updates the product created above.
		const again = await run({ resource: 'product', operation: 'createOrUpdate', upsertSku: 'UPSERT-NEW-1', additionalFields: { sale_price: '10.00' } });
		expect(again.json[0]).toMatchObject({ _operation: 'updated', sku: 'UPSERT-NEW-1', sale_price: '10.00', on_sale: true });
		expect(again.requests.map((request) => request.method)).toEqual(['GET', 'PUT']);
	});

	it('refuses an empty SKU before any request', async () => {
		const { error, requests } = await run({ resource: 'product', operation: 'createOrUpdate', upsertSku: '   ', additionalFields: { name: 'x' } });
		expect(error.message).toBe('The field "SKU" is empty in item 1');
		expect(requests).toEqual([]);
	});
});

describe('Product > Stock', () => {
	it('Set Stock Quantity turns on stock management and sets the quantity', async () => {
		const mug = productBySku('DEMO-012');
		const { requests, json } = await run({ resource: 'product', operation: 'setStock', productId: byId(mug.id), quantity: 7 });
		expect(requests).toEqual([{ method: 'PUT', path: `products/${mug.id}`, query: {}, body: { manage_stock: true, stock_quantity: 7 } }]);
		expect(json[0]).toMatchObject({ id: mug.id, manage_stock: true, stock_quantity: 7, stock_status: 'instock', stock_change: { operation: 'set', quantity: 7 } });
	});

	it('Adjust Stock reads then writes: add and subtract', async () => {
		const tee = productBySku('DEMO-003'); // managed, 5 + 2 = 7 in stock
		const start = sb.store.products.get(tee.id).stock_quantity;
		const add = await run({ resource: 'product', operation: 'adjustStock', productId: byId(tee.id), adjustment: 'add', quantity: 4 });
		expect(add.requests).toEqual([
			{ method: 'GET', path: `products/${tee.id}`, query: { _fields: 'id,name,manage_stock,stock_quantity,backorders' }, body: null },
			{ method: 'PUT', path: `products/${tee.id}`, query: {}, body: { stock_quantity: start + 4 } },
		]);
		expect(add.json[0]).toMatchObject({ stock_quantity: start + 4, stock_change: { operation: 'add', quantity: 4, previous_quantity: start, new_quantity: start + 4 } });

		const subtract = await run({ resource: 'product', operation: 'adjustStock', productId: byId(tee.id), adjustment: 'subtract', quantity: start + 4 });
		expect(subtract.requests[1].body).toEqual({ stock_quantity: 0 });
		expect(subtract.json[0]).toMatchObject({ stock_quantity: 0, stock_status: 'outofstock' });
	});

	it('refuses to go below zero without backorders (no write), allows it with backorders', async () => {
		const tee = productBySku('DEMO-005');
		const before = sb.store.products.get(tee.id).stock_quantity;
		const refused = await run({ resource: 'product', operation: 'adjustStock', productId: byId(tee.id), adjustment: 'subtract', quantity: before + 3 });
		expect(refused.error.message).toBe(
			`Subtracting ${before + 3} from product ${tee.id} would leave -3 in stock (item 1), and backorders are not allowed`,
		);
		expect(refused.requests.map((request) => request.method)).toEqual(['GET']);

		await run({ resource: 'product', operation: 'update', productId: byId(tee.id), updateFields: { backorders: 'notify' } });
		const allowed = await run({ resource: 'product', operation: 'adjustStock', productId: byId(tee.id), adjustment: 'subtract', quantity: before + 3 });
		expect(allowed.requests[1].body).toEqual({ stock_quantity: -3 });
		expect(allowed.json[0]).toMatchObject({ stock_quantity: -3, stock_status: 'onbackorder' });
	});

	it('adjusts or sets the stock of a variation with Options > Variation ID', async () => {
		const hoodie = productBySku('DEMO-HOODIE');
		const small = productBySku('DEMO-HOODIE-S');
		const before = sb.store.products.get(small.id).stock_quantity;
		const adjust = await run({
			resource: 'product',
			operation: 'adjustStock',
			productId: byId(hoodie.id),
			adjustment: 'subtract',
			quantity: 2,
			stockOptions: { variationId: String(small.id) },
		});
		expect(adjust.requests).toEqual([
			{ method: 'GET', path: `products/${hoodie.id}/variations/${small.id}`, query: { _fields: 'id,name,manage_stock,stock_quantity,backorders' }, body: null },
			{ method: 'PUT', path: `products/${hoodie.id}/variations/${small.id}`, query: {}, body: { stock_quantity: before - 2 } },
		]);
		expect(adjust.json[0]).toMatchObject({ id: small.id, parent_id: hoodie.id, attributes: { Size: 'S' }, stock_quantity: before - 2, stock_change: { previous_quantity: before, new_quantity: before - 2 } });

		const set = await run({ resource: 'product', operation: 'setStock', productId: byId(hoodie.id), quantity: 9, stockOptions: { variationId: String(small.id) } });
		expect(set.requests).toEqual([{ method: 'PUT', path: `products/${hoodie.id}/variations/${small.id}`, query: {}, body: { manage_stock: true, stock_quantity: 9 } }]);

		const unmanaged = await run({ resource: 'product', operation: 'adjustStock', productId: byId(hoodie.id), adjustment: 'add', quantity: 1 });
		expect(unmanaged.error.message).toBe(`Stock is not managed for product ${hoodie.id} (item 1), so there is no quantity to adjust`);
		expect(unmanaged.error.description).toContain('Options > Variation ID');
	});

	it('refuses a product without stock management, and negative or fractional quantities, naming the item', async () => {
		const unmanaged = productBySku('DEMO-002');
		const off = await run({ resource: 'product', operation: 'adjustStock', productId: byId(unmanaged.id), adjustment: 'add', quantity: 1 });
		expect(off.error.message).toBe(`Stock is not managed for product ${unmanaged.id} (item 1), so there is no quantity to adjust`);
		expect(off.requests.map((request) => request.method)).toEqual(['GET']);

		const { output, requests } = await run(
			{ resource: 'product', operation: 'setStock', productId: byId(unmanaged.id), quantity: '={{ $json.q }}' },
			[{ q: -1 }, { q: 1.5 }, { q: 'ten' }],
			{ onError: 'continueRegularOutput' },
		);
		expect(requests).toEqual([]);
		expect(output.map((item) => item.json.error)).toEqual([
			'The field "Quantity" in item 1 must be a whole number of 0 or more, got "-1"',
			'The field "Quantity" in item 2 must be a whole number of 0 or more, got "1.5"',
			'The field "Quantity" in item 3 must be a whole number of 0 or more, got "ten"',
		]);
	});
});

describe('Product > Batch', () => {
	it('creates many products from the items; a duplicate SKU fails on its own item only', async () => {
		const { requests, output } = await run(
			{ resource: 'product', operation: 'batch', batchAction: 'create', batchData: '={{ $json }}' },
			[
				{ name: 'Batch Scarf', regular_price: '14.00', sku: 'BATCH-SCARF' },
				{ name: 'Batch Duplicate', regular_price: '1.00', sku: 'DEMO-009' },
				{ name: 'Batch Gloves', regular_price: '9.00', sku: 'BATCH-GLOVES' },
			],
		);
		expect(requests).toEqual([
			{
				method: 'POST',
				path: 'products/batch',
				query: {},
				body: {
					create: [
						{ name: 'Batch Scarf', regular_price: '14.00', sku: 'BATCH-SCARF' },
						{ name: 'Batch Duplicate', regular_price: '1.00', sku: 'DEMO-009' },
						{ name: 'Batch Gloves', regular_price: '9.00', sku: 'BATCH-GLOVES' },
					],
				},
			},
		]);
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(output[0].json).toMatchObject({ name: 'Batch Scarf', sku: 'BATCH-SCARF' });
		expect(output[1].json).toMatchObject({ success: false, code: 'product_invalid_sku' });
		expect(output[2].json).toMatchObject({ name: 'Batch Gloves', sku: 'BATCH-GLOVES' });
	});

	it('updates and deletes many; bad input is reported on its item with continueOnFail and never sent', async () => {
		const scarf = productBySku('BATCH-SCARF');
		const gloves = productBySku('BATCH-GLOVES');
		const update = await run(
			{ resource: 'product', operation: 'batch', batchAction: 'update', batchId: '={{ $json.id }}', batchData: '={{ JSON.stringify($json.data) }}' },
			[
				{ id: scarf.id, data: { regular_price: '15.00' } },
				{ id: 'nope', data: { regular_price: '1.00' } },
				{ id: 999999, data: { regular_price: '1.00' } },
			],
			{ onError: 'continueRegularOutput' },
		);
		expect(update.requests).toEqual([
			{ method: 'POST', path: 'products/batch', query: {}, body: { update: [{ regular_price: '15.00', id: scarf.id }, { regular_price: '1.00', id: 999999 }] } },
		]);
		expect(update.output[0].json).toMatchObject({ id: scarf.id, regular_price: '15.00' });
		expect(update.output[1].json.error).toBe('The product ID "nope" in item 2 is not a positive whole number');
		expect(update.output[2].json).toMatchObject({ success: false, code: 'woocommerce_rest_product_invalid_id' });

		const remove = await run({ resource: 'product', operation: 'batch', batchAction: 'delete', batchId: '={{ $json.id }}' }, [{ id: scarf.id }, { id: gloves.id }]);
		expect(remove.requests[0].body).toEqual({ delete: [scarf.id, gloves.id] });
		expect(remove.output.map((item) => item.json.id)).toEqual([scarf.id, gloves.id]);
		expect(productBySku('BATCH-SCARF')).toBeUndefined();
	});

	it('refuses invalid JSON data naming the field and the item, before sending', async () => {
		const { error, requests } = await run({ resource: 'product', operation: 'batch', batchAction: 'create', batchData: '{"name": "x"' });
		expect(error.message).toBe('The field "Data (JSON)" in item 1 is not valid JSON');
		expect(requests).toEqual([]);
	});
});
