/**
 * Product variations, attributes, attribute terms, categories, tags, shipping classes and reviews, run by
 * n8n-core's engine against the sandbox store over real HTTP: request sent (method, path, query, body) and output.
 */
import type { IDataObject, INode } from 'n8n-workflow';

import { byId, runNode, useStore } from '../helpers/nodeRun';

/* eslint-disable @typescript-eslint/no-explicit-any */
const sb = useStore('demo');

/** Runs Manual Trigger → (Set Items) → WooCommerce with the parameters as the editor saves them. */
async function run(parameters: IDataObject, items?: IDataObject[], extra: Partial<INode> = {}) {
	const { items: output, ...result } = await runNode(sb, parameters, { items, node: extra });
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

function hoodie(): any {
	return productBySku('DEMO-HOODIE');
}

function variationBySku(sku: string): any {
	return productBySku(sku);
}

describe('Product Variation', () => {
	it('creates a variation of the chosen product with typed attributes, prices as strings and stock', async () => {
		const parent = hoodie();
		const { requests, json } = await run({
			resource: 'productVariation',
			operation: 'create',
			productId: byId(parent.id),
			attributes: { values: [{ id: 0, name: 'Size', option: 'XL' }] },
			additionalFields: {
				regular_price: '={{ 52 }}',
				sku: 'DEMO-HOODIE-XL',
				manage_stock: true,
				stock_quantity: 3,
				image: { values: { src: 'https://example.com/xl.jpg', alt: '', name: '' } },
			},
		});
		expect(requests).toEqual([
			{
				method: 'POST',
				path: `products/${parent.id}/variations`,
				query: {},
				body: {
					attributes: [{ name: 'Size', option: 'XL' }],
					regular_price: '52',
					sku: 'DEMO-HOODIE-XL',
					manage_stock: true,
					stock_quantity: 3,
					image: { src: 'https://example.com/xl.jpg' },
				},
			},
		]);
		expect(json[0]).toMatchObject({ parent_id: parent.id, sku: 'DEMO-HOODIE-XL', regular_price: '52.00', stock_quantity: 3, attributes: [expect.objectContaining({ name: 'Size', option: 'XL' })] });
	});

	it('gets one variation (compact by default) and many with filters', async () => {
		const parent = hoodie();
		const small = variationBySku('DEMO-HOODIE-S');
		const get = await run({ resource: 'productVariation', operation: 'get', productId: byId(parent.id), variationId: byId(small.id) });
		expect(get.requests).toEqual([{ method: 'GET', path: `products/${parent.id}/variations/${small.id}`, query: {}, body: null }]);
		expect(get.json[0]).toMatchObject({ id: small.id, parent_id: parent.id, sku: 'DEMO-HOODIE-S', price: '45.00', attributes: { Size: 'S' }, stock_quantity: 5 });
		expect(get.json[0]).not.toHaveProperty('_links');

		const many = await run({
			resource: 'productVariation',
			operation: 'getAll',
			productId: byId(parent.id),
			returnAll: true,
			simplify: false,
			filters: { sku: 'DEMO-HOODIE-M', status: 'publish' },
		});
		expect(many.requests).toEqual([
			{ method: 'GET', path: `products/${parent.id}/variations`, query: { sku: 'DEMO-HOODIE-M', status: 'publish', orderby: 'id', order: 'asc', per_page: '100', offset: '0' }, body: null },
		]);
		expect(many.json.map((variation) => variation.sku)).toEqual(['DEMO-HOODIE-M']);
		expect(many.json[0]).toHaveProperty('_links');
	});

	it('updates and deletes (Force) a variation', async () => {
		const parent = hoodie();
		const large = variationBySku('DEMO-HOODIE-L');
		const update = await run({
			resource: 'productVariation',
			operation: 'update',
			productId: byId(parent.id),
			variationId: byId(large.id),
			updateFields: { sale_price: '39.00', stock_status: 'onbackorder' },
		});
		expect(update.requests).toEqual([{ method: 'PUT', path: `products/${parent.id}/variations/${large.id}`, query: {}, body: { sale_price: '39.00', stock_status: 'onbackorder' } }]);
		expect(update.json[0]).toMatchObject({ id: large.id, sale_price: '39.00', on_sale: true, stock_status: 'onbackorder' });

		const xl = variationBySku('DEMO-HOODIE-XL');
		const remove = await run({ resource: 'productVariation', operation: 'delete', productId: byId(parent.id), variationId: byId(xl.id), force: true });
		expect(remove.requests).toEqual([{ method: 'DELETE', path: `products/${parent.id}/variations/${xl.id}`, query: { force: 'true' }, body: null }]);
		expect(remove.json[0]).toMatchObject({ deleted: true, permanently: true, id: xl.id, sku: 'DEMO-HOODIE-XL' });
	});

	it('batch-updates variations of one product; a missing variation fails on its own item', async () => {
		const parent = hoodie();
		const small = variationBySku('DEMO-HOODIE-S');
		const { requests, output } = await run(
			{ resource: 'productVariation', operation: 'batch', productId: byId(parent.id), batchAction: 'update', batchId: '={{ $json.id }}', batchData: '={{ JSON.stringify({ regular_price: $json.price }) }}' },
			[{ id: small.id, price: '44.00' }, { id: 999999, price: '1.00' }],
		);
		expect(requests).toEqual([
			{ method: 'POST', path: `products/${parent.id}/variations/batch`, query: {}, body: { update: [{ regular_price: '44.00', id: small.id }, { regular_price: '1.00', id: 999999 }] } },
		]);
		expect(output[0].json).toMatchObject({ id: small.id, regular_price: '44.00' });
		expect(output[1].json).toMatchObject({ success: false, code: 'woocommerce_rest_product_variation_invalid_id' });
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('refuses batch items that point to different products, and a non-numeric product ID, before sending', async () => {
		const parent = hoodie();
		const mixed = await run(
			{ resource: 'productVariation', operation: 'batch', productId: { __rl: true, mode: 'id', value: '={{ $json.product }}' }, batchAction: 'delete', batchId: '={{ $json.id }}' },
			[{ product: parent.id, id: 1 }, { product: 11, id: 2 }],
		);
		expect(mixed.error.message).toBe('Batch items point to different variation collections');
		// A literal "hoodie" is already refused by the editor (By ID validation); an expression reaches the node's own check.
		const badParent = await run({ resource: 'productVariation', operation: 'getAll', productId: { __rl: true, mode: 'id', value: '={{ "hoodie" }}' }, limit: 5 });
		expect(badParent.error.message).toBe('The product ID "hoodie" in item 1 is not a positive whole number');
		expect([...mixed.requests, ...badParent.requests]).toEqual([]);
	});
});

describe('Product Attribute and Attribute Term', () => {
	it('creates, gets, lists (one unpaginated call), updates and deletes a global attribute', async () => {
		const create = await run({ resource: 'productAttribute', operation: 'create', name: 'Material', additionalFields: { slug: 'material', order_by: 'name', has_archives: true } });
		expect(create.requests).toEqual([{ method: 'POST', path: 'products/attributes', query: {}, body: { name: 'Material', slug: 'material', order_by: 'name', has_archives: true } }]);
		expect(create.json[0]).toMatchObject({ name: 'Material', slug: 'pa_material', order_by: 'name', has_archives: true });
		const id = create.json[0].id as number;

		const get = await run({ resource: 'productAttribute', operation: 'get', attributeId: byId(id) });
		expect(get.requests[0]).toMatchObject({ method: 'GET', path: `products/attributes/${id}` });
		expect(get.json[0]).toMatchObject({ id, name: 'Material' });

		const list = await run({ resource: 'productAttribute', operation: 'getAll', options: { fields: 'id,name' } });
		expect(list.requests).toEqual([{ method: 'GET', path: 'products/attributes', query: { _fields: 'id,name' }, body: null }]);
		expect(list.json).toEqual(expect.arrayContaining([{ id, name: 'Material' }, { id: attributeId('Color'), name: 'Color' }]));

		const update = await run({ resource: 'productAttribute', operation: 'update', attributeId: byId(id), updateFields: { name: 'Fabric' } });
		expect(update.requests[0]).toMatchObject({ method: 'PUT', path: `products/attributes/${id}`, body: { name: 'Fabric' } });
		expect(update.json[0]).toMatchObject({ id, name: 'Fabric' });

		const remove = await run({ resource: 'productAttribute', operation: 'delete', attributeId: byId(id) });
		expect(remove.requests).toEqual([{ method: 'DELETE', path: `products/attributes/${id}`, query: { force: 'true' }, body: null }]);
		expect(remove.json[0]).toMatchObject({ deleted: true, permanently: true, id, name: 'Fabric' });
	});

	it('batch-creates attributes; a slug already in use fails on its own item', async () => {
		const { output, requests } = await run({ resource: 'productAttribute', operation: 'batch', batchAction: 'create', batchData: '={{ $json }}' }, [{ name: 'Pattern' }, { name: 'Color', slug: 'color' }]);
		expect(requests[0]).toMatchObject({ method: 'POST', path: 'products/attributes/batch', body: { create: [{ name: 'Pattern' }, { name: 'Color', slug: 'color' }] } });
		expect(output[0].json).toMatchObject({ name: 'Pattern', slug: 'pa_pattern' });
		expect(output[1].json).toMatchObject({ success: false, code: 'woocommerce_rest_cannot_create' });
	});

	it('manages the terms of the chosen attribute; a duplicate name says which term exists', async () => {
		const color = attributeId('Color');
		const create = await run({ resource: 'attributeTerm', operation: 'create', attributeId: byId(color), name: 'Black', additionalFields: { menu_order: 4, description: 'Deep black' } });
		expect(create.requests).toEqual([{ method: 'POST', path: `products/attributes/${color}/terms`, query: {}, body: { name: 'Black', menu_order: 4, description: 'Deep black' } }]);
		expect(create.json[0]).toMatchObject({ name: 'Black', slug: 'black', menu_order: 4, description: 'Deep black' });
		const black = create.json[0].id as number;

		const duplicate = await run({ resource: 'attributeTerm', operation: 'create', attributeId: byId(color), name: 'Red' });
		expect(duplicate.error.message).toBe(`A term named "Red" already exists (ID ${termId('pa_color', 'Red')}) at this level, so item 1 was not created`);
		expect(duplicate.error.description).toBe(`Use the existing term (ID ${termId('pa_color', 'Red')}) with Update, or choose another name.`);

		const list = await run({ resource: 'attributeTerm', operation: 'getAll', attributeId: byId(color), returnAll: true, filters: { search: 'bl' }, options: { orderby: 'name', order: 'asc' } });
		expect(list.requests[0]).toMatchObject({ method: 'GET', path: `products/attributes/${color}/terms`, query: { search: 'bl', orderby: 'id', order: 'asc', per_page: '100', offset: '0' } });
		expect(list.json.map((term) => term.name)).toEqual(['Black', 'Blue']);

		const get = await run({ resource: 'attributeTerm', operation: 'get', attributeId: byId(color), termId: byId(black) });
		expect(get.requests[0].path).toBe(`products/attributes/${color}/terms/${black}`);
		const update = await run({ resource: 'attributeTerm', operation: 'update', attributeId: byId(color), termId: byId(black), updateFields: { name: 'Jet Black' } });
		expect(update.json[0]).toMatchObject({ id: black, name: 'Jet Black' });

		const batch = await run(
			{ resource: 'attributeTerm', operation: 'batch', attributeId: byId(color), batchAction: 'create', batchData: '={{ $json }}' },
			[{ name: 'White' }, { name: 'Green' }],
		);
		expect(batch.requests[0]).toMatchObject({ path: `products/attributes/${color}/terms/batch`, body: { create: [{ name: 'White' }, { name: 'Green' }] } });
		expect(batch.output[0].json).toMatchObject({ name: 'White' });
		expect(batch.output[1].json).toMatchObject({ success: false, code: 'term_exists' });

		const remove = await run({ resource: 'attributeTerm', operation: 'delete', attributeId: byId(color), termId: byId(black) });
		expect(remove.requests).toEqual([{ method: 'DELETE', path: `products/attributes/${color}/terms/${black}`, query: { force: 'true' }, body: null }]);
		expect(remove.json[0]).toMatchObject({ deleted: true, permanently: true, id: black, name: 'Jet Black' });
	});
});

describe('Product Category', () => {
	it('creates a category with parent, image, display and menu order', async () => {
		const clothing = termId('product_cat', 'Clothing');
		const { requests, json } = await run({
			resource: 'productCategory',
			operation: 'create',
			name: 'Jackets',
			additionalFields: { parent: clothing, display: 'products', menu_order: 2, image: { values: { src: 'https://example.com/jackets.jpg', alt: 'Jackets', name: '' } } },
		});
		expect(requests).toEqual([
			{
				method: 'POST',
				path: 'products/categories',
				query: {},
				body: { name: 'Jackets', parent: clothing, display: 'products', menu_order: 2, image: { src: 'https://example.com/jackets.jpg', alt: 'Jackets' } },
			},
		]);
		expect(json[0]).toMatchObject({ name: 'Jackets', slug: 'jackets', parent: clothing, display: 'products', menu_order: 2 });
	});

	it('turns term_exists into one clear sentence with the existing ID (continueOnFail keeps going)', async () => {
		const clothing = termId('product_cat', 'Clothing');
		const { output, requests } = await run(
			{ resource: 'productCategory', operation: 'create', name: '={{ $json.name }}' },
			[{ name: 'Clothing' }, { name: 'Garden' }],
			{ onError: 'continueRegularOutput' },
		);
		expect(output[0].json.error).toBe(`A category named "Clothing" already exists (ID ${clothing}) at this level, so item 1 was not created`);
		expect(output[0].json.description).toBe(`Use the existing category (ID ${clothing}) with Update, or choose another name or another parent.`);
		expect(output[1].json).toMatchObject({ name: 'Garden' });
		expect(requests.filter((request) => request.method === 'POST').map((request) => request.body)).toEqual([{ name: 'Clothing' }, { name: 'Garden' }]);
		// The existing ID comes from the store's error (data.resource_id): no lookup request.
		expect(requests.filter((request) => request.method === 'GET')).toEqual([]);
	});

	it('lists top-level categories, gets, updates, deletes and batch-writes', async () => {
		const top = await run({ resource: 'productCategory', operation: 'getAll', returnAll: true, filters: { parent: 0, hide_empty: false } });
		expect(top.requests[0].query).toMatchObject({ parent: '0', hide_empty: 'false' });
		expect(top.json.map((category) => category.name)).toEqual(expect.arrayContaining(['Clothing', 'Accessories', 'Decor']));
		expect(top.json.map((category) => category.name)).not.toContain('T-Shirts');

		const garden = termId('product_cat', 'Garden');
		const get = await run({ resource: 'productCategory', operation: 'get', categoryId: byId(garden), options: { fields: 'id,name,parent' } });
		expect(get.requests[0]).toMatchObject({ path: `products/categories/${garden}`, query: { _fields: 'id,name,parent' } });
		expect(get.json[0]).toEqual({ id: garden, name: 'Garden', parent: 0 });
		const update = await run({ resource: 'productCategory', operation: 'update', categoryId: byId(garden), updateFields: { description: 'Outdoor things', parent: termId('product_cat', 'Decor') } });
		expect(update.requests[0].body).toEqual({ description: 'Outdoor things', parent: termId('product_cat', 'Decor') });
		expect(update.json[0]).toMatchObject({ description: 'Outdoor things', parent: termId('product_cat', 'Decor') });

		const remove = await run({ resource: 'productCategory', operation: 'delete', categoryId: byId(garden) });
		expect(remove.requests[0]).toMatchObject({ method: 'DELETE', query: { force: 'true' } });
		expect(remove.json[0]).toMatchObject({ deleted: true, id: garden, name: 'Garden' });

		const batch = await run({ resource: 'productCategory', operation: 'batch', batchAction: 'create', batchData: '={{ $json }}' }, [{ name: 'Toys' }, { name: 'Decor' }]);
		expect(batch.requests[0]).toMatchObject({ path: 'products/categories/batch', body: { create: [{ name: 'Toys' }, { name: 'Decor' }] } });
		expect(batch.output[0].json).toMatchObject({ name: 'Toys' });
		expect(batch.output[1].json).toMatchObject({ success: false, code: 'term_exists' });
	});
});

describe('Product Tag and Product Shipping Class', () => {
	it('manages tags, with filters, a clear duplicate error and batch', async () => {
		const create = await run({ resource: 'productTag', operation: 'create', name: 'winter', additionalFields: { description: 'Winter collection' } });
		expect(create.requests[0]).toEqual({ method: 'POST', path: 'products/tags', query: {}, body: { name: 'winter', description: 'Winter collection' } });
		const winter = create.json[0].id as number;
		const duplicate = await run({ resource: 'productTag', operation: 'create', name: 'summer' });
		expect(duplicate.error.message).toBe(`A tag named "summer" already exists (ID ${termId('product_tag', 'summer')}) at this level, so item 1 was not created`);

		const list = await run({ resource: 'productTag', operation: 'getAll', limit: 10, filters: { search: 'win' } });
		expect(list.requests[0].query).toMatchObject({ search: 'win', per_page: '10' });
		expect(list.json.map((tag) => tag.name)).toEqual(['winter']);
		const update = await run({ resource: 'productTag', operation: 'update', tagId: byId(winter), updateFields: { slug: 'winter-sale' } });
		expect(update.json[0]).toMatchObject({ id: winter, slug: 'winter-sale' });
		const get = await run({ resource: 'productTag', operation: 'get', tagId: byId(winter) });
		expect(get.json[0]).toMatchObject({ id: winter, name: 'winter' });
		const remove = await run({ resource: 'productTag', operation: 'delete', tagId: byId(winter) });
		expect(remove.requests[0]).toMatchObject({ method: 'DELETE', path: `products/tags/${winter}`, query: { force: 'true' } });
		const batch = await run({ resource: 'productTag', operation: 'batch', batchAction: 'create', batchData: '={{ $json }}' }, [{ name: 'gift' }, { name: 'sale' }]);
		expect(batch.output[0].json).toMatchObject({ name: 'gift' });
		expect(batch.output[1].json).toMatchObject({ success: false, code: 'term_exists' });
	});

	it('manages shipping classes', async () => {
		const create = await run({ resource: 'productShippingClass', operation: 'create', name: 'Bulky', additionalFields: { description: 'Large parcels' } });
		expect(create.requests[0]).toEqual({ method: 'POST', path: 'products/shipping_classes', query: {}, body: { name: 'Bulky', description: 'Large parcels' } });
		expect(create.json[0]).toMatchObject({ name: 'Bulky', slug: 'bulky', description: 'Large parcels', count: 0 });
		const bulky = create.json[0].id as number;

		// A product can use it by slug.
		const mug = productBySku('DEMO-009');
		const assign = await run({ resource: 'product', operation: 'update', productId: byId(mug.id), updateFields: { shipping_class: 'bulky' } });
		expect(assign.requests[0].body).toEqual({ shipping_class: 'bulky' });

		const list = await run({ resource: 'productShippingClass', operation: 'getAll', returnAll: true });
		expect(list.requests[0]).toMatchObject({ path: 'products/shipping_classes', query: { per_page: '100', offset: '0', orderby: 'id', order: 'asc' } });
		expect(list.json.map((entry) => entry.name)).toEqual(['Bulky']);
		const update = await run({ resource: 'productShippingClass', operation: 'update', shippingClassId: byId(bulky), updateFields: { name: 'Oversized' } });
		expect(update.json[0]).toMatchObject({ id: bulky, name: 'Oversized' });
		const get = await run({ resource: 'productShippingClass', operation: 'get', shippingClassId: byId(bulky) });
		expect(get.requests[0].path).toBe(`products/shipping_classes/${bulky}`);
		const duplicate = await run({ resource: 'productShippingClass', operation: 'create', name: 'Oversized' });
		expect(duplicate.error.message).toBe(`A shipping class named "Oversized" already exists (ID ${bulky}) at this level, so item 1 was not created`);
		const remove = await run({ resource: 'productShippingClass', operation: 'delete', shippingClassId: byId(bulky) });
		expect(remove.requests).toEqual([{ method: 'DELETE', path: `products/shipping_classes/${bulky}`, query: { force: 'true' }, body: null }]);
		expect(remove.json[0]).toMatchObject({ deleted: true, permanently: true, id: bulky, name: 'Oversized' });
		const batch = await run(
			{ resource: 'productShippingClass', operation: 'batch', batchAction: 'create', batchData: '={{ $json }}' },
			[{ name: 'Light' }, { name: 'Light' }],
		);
		expect(batch.requests[0]).toMatchObject({ path: 'products/shipping_classes/batch', body: { create: [{ name: 'Light' }, { name: 'Light' }] } });
		expect(batch.output[0].json).toMatchObject({ name: 'Light' });
		expect(batch.output[1].json).toMatchObject({ success: false, code: 'term_exists' });
	});
});

describe('ID filters of the term and review lists', () => {
	it('refuse non-numeric IDs, naming the item, before any request', async () => {
		const category = await run({ resource: 'productCategory', operation: 'getAll', returnAll: true, filters: { include: '16,clothing' } });
		expect(category.error.message).toBe('The category ID "clothing" in item 1 is not a positive whole number');
		const review = await run({ resource: 'productReview', operation: 'getAll', returnAll: true, filters: { product: 'DEMO-001' } });
		expect(review.error.message).toBe('The product ID "DEMO-001" in item 1 is not a positive whole number');
		expect([...category.requests, ...review.requests]).toEqual([]);
	});
});

describe('Product Review', () => {
	it('creates a review (product from the locator, rating as a number)', async () => {
		const tee = productBySku('DEMO-001');
		const { requests, json } = await run({
			resource: 'productReview',
			operation: 'create',
			product_id: { __rl: true, mode: 'url', value: `${sb.url}/wp-admin/post.php?post=${tee.id}&action=edit` },
			review: 'Great tee, fits well.',
			reviewer: 'Alice Smith',
			reviewer_email: 'alice@example.com',
			additionalFields: { rating: 5, status: 'hold' },
		});
		expect(requests).toEqual([
			{
				method: 'POST',
				path: 'products/reviews',
				query: {},
				body: { product_id: tee.id, review: 'Great tee, fits well.', reviewer: 'Alice Smith', reviewer_email: 'alice@example.com', rating: 5, status: 'hold' },
			},
		]);
		expect(json[0]).toMatchObject({ product_id: tee.id, product_name: 'Basic Tee', rating: 5, status: 'hold', reviewer: 'Alice Smith' });
	});

	it('refuses a rating outside 0–5, a bad email and a non-numeric product, naming field and item', async () => {
		const tee = productBySku('DEMO-001');
		const { output, requests } = await run(
			{
				resource: 'productReview',
				operation: 'create',
				product_id: { __rl: true, mode: 'id', value: '={{ $json.product }}' },
				review: 'x',
				reviewer: 'Bob',
				reviewer_email: '={{ $json.email }}',
				additionalFields: { rating: '={{ $json.rating }}' },
			},
			[
				{ product: tee.id, email: 'bob@example.com', rating: 7 },
				{ product: tee.id, email: 'not-an-email', rating: 4 },
				{ product: 'tee', email: 'bob@example.com', rating: 4 },
				{ product: tee.id, email: 'bob@example.com', rating: 3.5 },
			],
			{ onError: 'continueRegularOutput' },
		);
		expect(requests).toEqual([]);
		expect(output.map((item) => item.json.error)).toEqual([
			'The field "Rating" in item 1 must be a whole number from 0 to 5, got "7"',
			'The field "Reviewer Email" in item 2 is not an email address: "not-an-email"',
			'The product ID "tee" in item 3 is not a positive whole number',
			'The field "Rating" in item 4 must be a whole number from 0 to 5, got "3.5"',
		]);
	});

	it('lists with filters, gets, updates, trashes / deletes and batch-writes reviews', async () => {
		const tee = productBySku('DEMO-001');
		const list = await run({ resource: 'productReview', operation: 'getAll', returnAll: true, filters: { product: String(tee.id), status: 'hold', reviewer_email: 'alice@example.com' } });
		expect(list.requests[0]).toMatchObject({ path: 'products/reviews', query: { product: String(tee.id), status: 'hold', reviewer_email: 'alice@example.com' } });
		expect(list.json).toHaveLength(1);
		const id = list.json[0].id as number;

		const update = await run({ resource: 'productReview', operation: 'update', reviewId: byId(id), updateFields: { status: 'approved', rating: 4 } });
		expect(update.requests[0]).toEqual({ method: 'PUT', path: `products/reviews/${id}`, query: {}, body: { status: 'approved', rating: 4 } });
		expect(update.json[0]).toMatchObject({ id, status: 'approved', rating: 4 });
		const get = await run({ resource: 'productReview', operation: 'get', reviewId: byId(id) });
		expect(get.json[0]).toMatchObject({ id, rating: 4 });

		const trash = await run({ resource: 'productReview', operation: 'delete', reviewId: byId(id) });
		expect(trash.requests[0].query).toEqual({ force: 'false' });
		expect(trash.json[0]).toMatchObject({ deleted: true, permanently: false, id });

		const batch = await run(
			{ resource: 'productReview', operation: 'batch', batchAction: 'create', batchData: '={{ $json }}' },
			[{ product_id: tee.id, review: 'Nice', reviewer: 'Carol', reviewer_email: 'carol@example.com', rating: 4 }, { product_id: 999999, review: 'Ghost', reviewer: 'Dan', reviewer_email: 'dan@example.com' }],
		);
		expect(batch.requests[0]).toMatchObject({ path: 'products/reviews/batch' });
		expect(batch.output[0].json).toMatchObject({ review: 'Nice', rating: 4 });
		expect(batch.output[1].json).toMatchObject({ success: false, code: 'woocommerce_rest_product_invalid_id' });

		const force = await run({ resource: 'productReview', operation: 'delete', reviewId: byId(id), force: true });
		expect(force.json[0]).toMatchObject({ deleted: true, permanently: true, id });
	});
});
