import type { IDataObject } from 'n8n-workflow';

/**
 * The compact product shape returned when Simplify is on (the default). Documented in the Simplify parameter
 * and in the README; keep the three in step.
 *
 *   id, name, sku, type, status, permalink,
 *   price, regular_price, sale_price, on_sale,            (prices stay strings, as WooCommerce sends them)
 *   manage_stock, stock_quantity, stock_status, backorders,
 *   categories: ["T-Shirts", ...], tags: ["summer", ...]   (names)
 *   images: ["https://…/tee.jpg", ...]                     (src of each image)
 *   parent_id, variations: [ids],
 *   date_created, date_modified
 */
export const PRODUCT_SIMPLIFY_FIELDS = [
	'id',
	'name',
	'sku',
	'type',
	'status',
	'permalink',
	'price',
	'regular_price',
	'sale_price',
	'on_sale',
	'manage_stock',
	'stock_quantity',
	'stock_status',
	'backorders',
	'categories',
	'tags',
	'images',
	'parent_id',
	'variations',
	'date_created',
	'date_modified',
];

export const productSimplifyDescription =
	'Whether to return a compact product (ID, name, SKU, type, status, permalink, prices, on sale, stock fields, category and tag names, image URLs, parent ID, variation IDs, created and modified dates) instead of the raw API object with its 60+ fields';

function names(list: unknown): string[] {
	if (!Array.isArray(list)) return [];
	// The legacy API (wc-api/v3) lists categories and tags by name already.
	return list.map((entry) => String(typeof entry === 'string' ? entry : ((entry as IDataObject)?.name ?? ''))).filter((name) => name !== '');
}

/** The legacy API's product (`title`, `created_at`, `managing_stock`, `in_stock`…) under the REST API's names. */
function restNames(record: IDataObject): IDataObject {
	if (!('title' in record) || 'name' in record) return record;
	const { title, created_at, updated_at, managing_stock, in_stock, ...rest } = record;
	return {
		...rest,
		name: title,
		date_created: created_at,
		date_modified: updated_at,
		manage_stock: managing_stock,
		...(in_stock === undefined ? {} : { stock_status: in_stock ? 'instock' : 'outofstock' }),
	};
}

function sources(list: unknown): string[] {
	if (!Array.isArray(list)) return [];
	return list.map((entry) => String((entry as IDataObject)?.src ?? '')).filter((src) => src !== '');
}

export function simplifyProduct(raw: IDataObject): IDataObject {
	const record = restNames(raw);
	const result: IDataObject = {};
	for (const field of PRODUCT_SIMPLIFY_FIELDS) {
		if (!(field in record)) continue;
		if (field === 'categories' || field === 'tags') result[field] = names(record[field]);
		else if (field === 'images') result[field] = sources(record[field]);
		else result[field] = record[field];
	}
	return result;
}

/**
 * The compact variation shape: id, parent_id, name, sku, status, permalink, prices, on_sale, stock fields,
 * attributes as { "Size": "S" }, image (src), date_created, date_modified.
 */
export const variationSimplifyDescription =
	'Whether to return a compact variation (ID, parent ID, name, SKU, status, permalink, prices, on sale, stock fields, attributes as name → option, image URL, created and modified dates) instead of the raw API object';

const VARIATION_FIELDS = [
	'id',
	'parent_id',
	'name',
	'sku',
	'status',
	'permalink',
	'price',
	'regular_price',
	'sale_price',
	'on_sale',
	'manage_stock',
	'stock_quantity',
	'stock_status',
	'backorders',
	'attributes',
	'image',
	'date_created',
	'date_modified',
];

export function simplifyVariation(record: IDataObject): IDataObject {
	const result: IDataObject = {};
	for (const field of VARIATION_FIELDS) {
		if (!(field in record)) continue;
		const value = record[field];
		if (field === 'attributes') {
			const attributes: IDataObject = {};
			if (Array.isArray(value)) {
				for (const attribute of value as IDataObject[]) {
					attributes[String(attribute.name ?? attribute.slug ?? '')] = attribute.option as string;
				}
			}
			result.attributes = attributes;
		} else if (field === 'image') {
			result.image = value && typeof value === 'object' ? ((value as IDataObject).src ?? null) : null;
		} else {
			result[field] = value;
		}
	}
	return result;
}
