/**
 * listSearch and loadOptions of the product resources, called with a real node execution context (n8n-core's
 * request helpers and our credential) against the sandbox store over real HTTP. The editor's current parameters
 * are given through getCurrentNodeParameter, as n8n does for these methods.
 */
import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';

import { runInNodeContext } from '../helpers/n8n';
import { apiRequests, credentialsFor, useStore } from '../helpers/nodeRun';
import { productListSearch, productLoadOptions } from '../../nodes/WooCommerce/methods/products';

/* eslint-disable @typescript-eslint/no-explicit-any */
const sb = useStore('demo');

function valueAt(parameters: IDataObject, path: string): unknown {
	return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as IDataObject)[key] : undefined), parameters);
}

/** Calls a method with `this` = a real execute context whose getCurrentNodeParameter reads `parameters`. */
async function call<T>(method: (this: ILoadOptionsFunctions, ...args: any[]) => Promise<T>, parameters: IDataObject, ...args: unknown[]) {
	const before = sb.requests.length;
	const result = await runInNodeContext(credentialsFor(sb), async function (this: IExecuteFunctions) {
		const target = this;
		const context = new Proxy(target, {
			get(object, property) {
				if (property === 'getCurrentNodeParameter') {
					return (path: string, options?: { extractValue?: boolean }) => {
						const value = valueAt(parameters, path);
						if (options?.extractValue && value && typeof value === 'object' && '__rl' in (value as IDataObject)) return (value as IDataObject).value;
						return value;
					};
				}
				const value = Reflect.get(object, property, object);
				return typeof value === 'function' ? value.bind(object) : value;
			},
		});
		return await method.call(context as unknown as ILoadOptionsFunctions, ...args);
	});
	const requests = apiRequests(sb, before).requests.map(({ path, query }) => ({ path, query }));
	return { result, requests };
}

function productBySku(sku: string): any {
	return [...sb.store.products.values()].find((product: any) => product.sku === sku);
}

describe('listSearch', () => {
	it('searchProducts: a one-word filter is tried as an exact SKU too, SKU matches first, no duplicates', async () => {
		const { result, requests } = await call(productListSearch.searchProducts, {}, 'DEMO-009');
		const mug = productBySku('DEMO-009');
		expect(requests).toEqual(
			expect.arrayContaining([
				{ path: 'products', query: { sku: 'DEMO-009', _fields: 'id,name,sku,permalink' } },
				{ path: 'products', query: { per_page: '50', page: '1', _fields: 'id,name,sku,permalink', search: 'DEMO-009' } },
			]),
		);
		expect(requests).toHaveLength(2);
		expect(result.results[0]).toEqual({ name: 'Coffee Mug (SKU DEMO-009)', value: String(mug.id), url: `${sb.url}/product/coffee-mug/` });
		expect(result.results.filter((entry) => entry.value === String(mug.id))).toHaveLength(1);
		expect(result.paginationToken).toBeUndefined();
	});

	it('searchProducts: a filter with spaces searches names only; pages of 50 with a token', async () => {
		const { result, requests } = await call(productListSearch.searchProducts, {}, 'coffee mug');
		expect(requests).toEqual([{ path: 'products', query: { per_page: '50', page: '1', _fields: 'id,name,sku,permalink', search: 'coffee mug' } }]);
		expect(result.results.map((entry) => entry.name)).toEqual(['Coffee Mug (SKU DEMO-009)']);

		const all = await call(productListSearch.searchProducts, {}, undefined);
		expect(all.requests).toEqual([{ path: 'products', query: { per_page: '50', page: '1', _fields: 'id,name,sku,permalink' } }]);
		expect(all.result.results.length).toBeGreaterThan(20);
		const second = await call(productListSearch.searchProducts, {}, '', '2');
		expect(second.requests[0].query).toMatchObject({ page: '2' });
	});

	it('searchVariations lists the variations of the product chosen in the Product parameter', async () => {
		const hoodie = productBySku('DEMO-HOODIE');
		const { result, requests } = await call(productListSearch.searchVariations, { productId: { __rl: true, mode: 'list', value: String(hoodie.id) } });
		expect(requests[0].path).toBe(`products/${hoodie.id}/variations`);
		expect(result.results.map((entry) => entry.name)).toEqual(expect.arrayContaining(['Size: S (SKU DEMO-HOODIE-S)', 'Size: M (SKU DEMO-HOODIE-M)']));
		const none = await call(productListSearch.searchVariations, { productId: { __rl: true, mode: 'list', value: '' } });
		expect(none.result.results).toEqual([]);
		expect(none.requests).toEqual([]);
	});

	it('searchCategories, searchTags, searchAttributes and searchAttributeTerms', async () => {
		const categories = await call(productListSearch.searchCategories, {}, 'shirt');
		expect(categories.requests[0]).toEqual({ path: 'products/categories', query: { per_page: '50', page: '1', search: 'shirt' } });
		expect(categories.result.results.map((entry) => entry.name)).toEqual(['T-Shirts']);

		const tags = await call(productListSearch.searchTags, {}, 'sum');
		expect(tags.result.results.map((entry) => entry.name)).toEqual(['summer']);

		const attributes = await call(productListSearch.searchAttributes, {}, 'col');
		expect(attributes.requests).toEqual([{ path: 'products/attributes', query: {} }]);
		expect(attributes.result.results.map((entry) => entry.name)).toEqual(['Color']);
		const color = attributes.result.results[0].value;

		const terms = await call(productListSearch.searchAttributeTerms, { attributeId: { __rl: true, mode: 'list', value: color } });
		expect(terms.requests[0].path).toBe(`products/attributes/${color}/terms`);
		expect(terms.result.results.map((entry) => entry.name).sort()).toEqual(['Blue', 'Green', 'Red']);
	});
});

describe('loadOptions', () => {
	it('getCategories and getTags: every term, sorted by name, IDs as values', async () => {
		const categories = await call(productLoadOptions.getCategories, {});
		expect(categories.result.map((option) => option.name)).toEqual(['Accessories', 'Clothing', 'Decor', 'Hoodies', 'T-Shirts', 'Uncategorized']);
		expect(categories.result.every((option) => typeof option.value === 'number')).toBe(true);
		const tags = await call(productLoadOptions.getTags, {});
		expect(tags.result.map((option) => option.name)).toEqual(['sale', 'summer']);
	});

	it('getAttributes (IDs), getAttributeTaxonomies (slugs) and getProductAttributeChoices (Custom first)', async () => {
		const ids = await call(productLoadOptions.getAttributes, {});
		expect(ids.result).toEqual([{ name: 'Color', value: expect.any(Number) }]);
		const slugs = await call(productLoadOptions.getAttributeTaxonomies, {});
		expect(slugs.result).toEqual([{ name: 'Color', value: 'pa_color' }]);
		const choices = await call(productLoadOptions.getProductAttributeChoices, {});
		expect(choices.result[0]).toEqual({ name: 'Custom Attribute (This Product Only)', value: 0 });
		expect(choices.result[1]).toEqual(ids.result[0]);
	});

	it('getAttributeTerms follows the Attribute filter (a slug) or the Attribute parameter', async () => {
		const bySlug = await call(productLoadOptions.getAttributeTerms, { filters: { attribute: 'pa_color' } });
		expect(bySlug.result.map((option) => option.name)).toEqual(['Blue', 'Green', 'Red']);
		const color = [...sb.store.attributes.values()][0].id;
		const byLocator = await call(productLoadOptions.getAttributeTerms, { attributeId: { __rl: true, mode: 'id', value: String(color) } });
		expect(byLocator.result).toEqual(bySlug.result);
		const none = await call(productLoadOptions.getAttributeTerms, {});
		expect(none.result).toEqual([]);
	});

	it('getShippingClasses gives slugs, what products store', async () => {
		sb.store.terms.set(9001, { id: 9001, taxonomy: 'product_shipping_class', name: 'Fragile', slug: 'fragile', parent: 0, description: '', menu_order: 0 });
		const { result } = await call(productLoadOptions.getShippingClasses, {});
		expect(result).toEqual([{ name: 'Fragile', value: 'fragile' }]);
	});
});
