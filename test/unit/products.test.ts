/**
 * Pure parts of the product resources: the Simplify shapes, checked against real captured WooCommerce objects.
 * (The node description of every resource is checked in descriptions.test.ts.)
 */
import { readFileSync } from 'fs';
import { join } from 'path';

import {
	PRODUCT_SIMPLIFY_FIELDS,
	simplifyProduct,
	simplifyVariation,
} from '../../nodes/WooCommerce/actions/simplify/product';

const CAPTURES = join(__dirname, '..', 'fixtures', 'woocommerce-captures');

function capture(name: string) {
	return JSON.parse(readFileSync(join(CAPTURES, name), 'utf8'));
}


const fixtureProduct = {
	id: 11,
	name: 'Basic Tee',
	slug: 'basic-tee',
	permalink: 'https://shop.example/product/basic-tee/',
	type: 'simple',
	status: 'publish',
	sku: 'WOO-TEE-1',
	price: '19.99',
	regular_price: '19.99',
	sale_price: '',
	on_sale: false,
	manage_stock: true,
	stock_quantity: 25,
	stock_status: 'instock',
	backorders: 'no',
	categories: [{ id: 17, name: 'T-Shirts', slug: 't-shirts' }],
	tags: [{ id: 19, name: 'summer', slug: 'summer' }],
	images: [{ id: 5, src: 'https://shop.example/tee.jpg', name: 'tee', alt: '' }],
	parent_id: 0,
	variations: [],
	date_created: '2026-11-22T17:38:36',
	date_modified: '2026-11-22T17:38:36',
	price_html: '<span>19.99</span>',
	_links: {},
};

describe('simplifyProduct', () => {
	it('keeps the documented fields in order, with category/tag names and image URLs', () => {
		const simple = simplifyProduct(fixtureProduct);
		expect(Object.keys(simple)).toEqual(PRODUCT_SIMPLIFY_FIELDS);
		expect(simple).toMatchObject({
			id: 11,
			sku: 'WOO-TEE-1',
			price: '19.99',
			categories: ['T-Shirts'],
			tags: ['summer'],
			images: ['https://shop.example/tee.jpg'],
		});
		expect(simple).not.toHaveProperty('price_html');
	});

	it('leaves out what the record does not have (e.g. after Fields)', () => {
		expect(simplifyProduct({ id: 1, name: 'x' })).toEqual({ id: 1, name: 'x' });
	});

	it('works on the real captured product and variation', () => {
		const product = capture('005-products-create-simple.json').response.body;
		const simple = simplifyProduct(product);
		expect(Object.keys(simple)).toEqual(PRODUCT_SIMPLIFY_FIELDS);
		expect(simple).toMatchObject({ id: 11, name: 'Basic Tee', sku: 'WOO-TEE-1', stock_quantity: 25, categories: ['T-Shirts'], tags: ['summer'], images: [] });

		const variation = capture('007-variations-create-1.json').response.body;
		expect(simplifyVariation(variation)).toMatchObject({
			id: 18,
			parent_id: 17,
			name: 'S',
			sku: 'WOO-HOODIE-S',
			price: '45.00',
			attributes: { Size: 'S' },
			image: null,
			stock_quantity: 5,
		});
	});
});
