import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { wooApiRequest } from '../transport';
import { optionsFrom, searchList } from './searchHelpers';

const PAGE_SIZE = 50;

/** The numeric ID behind a locator value (list/ID mode: the value; URL mode: the ID at the end or in ?post=). */
function idFrom(value: unknown): number | undefined {
	const raw = value && typeof value === 'object' && 'value' in (value as IDataObject) ? (value as IDataObject).value : value;
	const text = String(raw ?? '').trim();
	if (/^\d+$/.test(text)) return Number(text);
	const match = /[?&](?:post|id)=(\d+)/i.exec(text) ?? /\/(\d+)\/?(?:[?#].*)?$/.exec(text);
	return match ? Number(match[1]) : undefined;
}

function currentId(ctx: ILoadOptionsFunctions, parameter: string): number | undefined {
	try {
		return idFrom(ctx.getCurrentNodeParameter(parameter, { extractValue: true }));
	} catch {
		return idFrom(ctx.getCurrentNodeParameter(parameter));
	}
}

/** A SKU is one token (no spaces): such a filter is also tried as an exact SKU. */
function looksLikeSku(filter: string): boolean {
	return /^\S{1,100}$/.test(filter);
}

function productResult(product: IDataObject): INodeListSearchItems {
	const sku = String(product.sku ?? '');
	return {
		name: `${String(product.name ?? `#${String(product.id)}`)}${sku ? ` (SKU ${sku})` : ''}`,
		value: String(product.id),
		url: typeof product.permalink === 'string' ? product.permalink : undefined,
	};
}

async function globalAttributes(ctx: ILoadOptionsFunctions): Promise<IDataObject[]> {
	// Not paginated: WooCommerce returns every global attribute in one response.
	const response = (await wooApiRequest.call(ctx, 'GET', 'products/attributes', {})) as IDataObject[];
	return Array.isArray(response) ? response : [];
}

/** The attribute ID from a loadOptions context: the Attribute filter (slug or ID) or the Attribute locator. */
async function selectedAttributeId(ctx: ILoadOptionsFunctions): Promise<number | undefined> {
	const candidates: unknown[] = [];
	for (const path of ['filters.attribute', 'attributeId']) {
		try {
			candidates.push(ctx.getCurrentNodeParameter(path, { extractValue: true }));
		} catch {
			candidates.push(ctx.getCurrentNodeParameter(path));
		}
	}
	for (const candidate of candidates) {
		if (candidate === undefined || candidate === null || candidate === '') continue;
		const id = idFrom(candidate);
		if (id !== undefined) return id;
		const slug = String(candidate);
		const match = (await globalAttributes(ctx)).find((attribute) => attribute.slug === slug || attribute.slug === `pa_${slug}`);
		if (match) return Number(match.id);
	}
	return undefined;
}

function byName(a: { name: string }, b: { name: string }): number {
	return a.name.localeCompare(b.name);
}

export const productListSearch = {
	/** Products by name (search=) and, when the filter is one token, by exact SKU (sku=) too. */
	async searchProducts(
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		const page = Number(paginationToken ?? 1) || 1;
		const text = (filter ?? '').trim();
		const qs: IDataObject = { per_page: PAGE_SIZE, page, _fields: 'id,name,sku,permalink' };
		if (text) qs.search = text;
		const [bySku, bySearch] = await Promise.all([
			text && page === 1 && looksLikeSku(text)
				? (wooApiRequest.call(this, 'GET', 'products', {
						qs: { sku: text, _fields: 'id,name,sku,permalink' },
					}) as Promise<IDataObject[]>)
				: Promise.resolve([] as IDataObject[]),
			wooApiRequest.call(this, 'GET', 'products', { qs }) as Promise<IDataObject[]>,
		]);
		const seen = new Set<string>();
		const results: INodeListSearchItems[] = [];
		for (const product of [...(bySku ?? []), ...(bySearch ?? [])]) {
			const key = String(product.id);
			if (seen.has(key)) continue;
			seen.add(key);
			results.push(productResult(product));
		}
		return {
			results,
			paginationToken: (bySearch ?? []).length === PAGE_SIZE ? String(page + 1) : undefined,
		};
	},

	/** Variations of the product chosen in the Product parameter. */
	async searchVariations(
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		const productId = currentId(this, 'productId');
		if (productId === undefined) return { results: [] };
		return await searchList(this, `products/${productId}/variations`, filter, paginationToken, (variation) => {
			const attributes = Array.isArray(variation.attributes)
				? (variation.attributes as IDataObject[]).map((attribute) => `${String(attribute.name)}: ${String(attribute.option)}`).join(', ')
				: '';
			const sku = String(variation.sku ?? '');
			return {
				name: `${attributes || String(variation.name ?? `#${String(variation.id)}`)}${sku ? ` (SKU ${sku})` : ''}`,
				value: String(variation.id),
			};
		});
	},

	async searchCategories(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		return await searchList(this, 'products/categories', filter, paginationToken, (category) => ({
			name: String(category.name),
			value: String(category.id),
		}));
	},

	async searchTags(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		return await searchList(this, 'products/tags', filter, paginationToken, (tag) => ({
			name: String(tag.name),
			value: String(tag.id),
		}));
	},

	async searchShippingClasses(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		return await searchList(this, 'products/shipping_classes', filter, paginationToken, (shippingClass) => ({
			name: String(shippingClass.name),
			value: String(shippingClass.id),
		}));
	},

	/** Global attributes (one unpaginated list), filtered by name or slug here. */
	async searchAttributes(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const text = (filter ?? '').trim().toLowerCase();
		const results = (await globalAttributes(this))
			.filter((attribute) => !text || `${String(attribute.name)} ${String(attribute.slug)}`.toLowerCase().includes(text))
			.map((attribute) => ({ name: String(attribute.name), value: String(attribute.id) }))
			.sort(byName);
		return { results };
	},

	/** Terms of the attribute chosen in the Attribute parameter. */
	async searchAttributeTerms(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const attributeId = currentId(this, 'attributeId');
		if (attributeId === undefined) return { results: [] };
		return await searchList(this, `products/attributes/${attributeId}/terms`, filter, paginationToken, (term) => ({
			name: String(term.name),
			value: String(term.id),
		}));
	},
};

export const productLoadOptions = {
	async getCategories(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const categories = await optionsFrom(this, 'products/categories', (category) => ({
			name: String(category.name),
			value: category.id as number,
			description: `ID ${String(category.id)}, slug ${String(category.slug)}`,
		}));
		return categories;
	},

	async getTags(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return await optionsFrom(this, 'products/tags', (tag) => ({ name: String(tag.name), value: tag.id as number }));
	},

	/** Shipping classes by slug, which is what products store in `shipping_class`. */
	async getShippingClasses(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return await optionsFrom(this, 'products/shipping_classes', (shippingClass) => ({
			name: String(shippingClass.name),
			value: String(shippingClass.slug),
		}));
	},

	/** Global attributes by ID. */
	async getAttributes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return (await globalAttributes(this))
			.map((attribute) => ({ name: String(attribute.name), value: attribute.id as number }))
			.sort(byName);
	},

	/** Global attributes by slug (pa_color), what the products list filter `attribute` expects. */
	async getAttributeTaxonomies(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return (await globalAttributes(this))
			.map((attribute) => ({ name: String(attribute.name), value: String(attribute.slug) }))
			.sort(byName);
	},

	/** "Custom Attribute" (ID 0, defined on the product only) followed by the global attributes. */
	async getProductAttributeChoices(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const attributes = (await globalAttributes(this))
			.map((attribute) => ({ name: String(attribute.name), value: attribute.id as number }))
			.sort(byName);
		return [{ name: 'Custom Attribute (This Product Only)', value: 0 }, ...attributes];
	},

	/** Terms of the chosen attribute (the Attribute filter of Get Many products, or the Attribute parameter). */
	async getAttributeTerms(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const attributeId = await selectedAttributeId(this);
		if (attributeId === undefined) return [];
		return await optionsFrom(this, `products/attributes/${attributeId}/terms`, (term) => ({
			name: String(term.name),
			value: term.id as number,
		}));
	},
};
