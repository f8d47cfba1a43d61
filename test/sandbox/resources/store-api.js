'use strict';
// The public Store API (wc/store/v1): its products list, which needs no credentials. Reached through
// /wp-json/wc/store/v1/products or ?rest_route= (plain permalinks). Prices are in minor units, as strings.
const { validateArgs, pagingHeaders, filterFields, ok } = require('../lib/rest');
const { formatProduct } = require('./products');

const ARGS = {
	page: { type: 'integer', minimum: 1, default: 1 },
	per_page: { type: 'integer', minimum: 0, maximum: 100, default: 10 },
	order: { type: 'string', enum: ['asc', 'desc'], default: 'desc' },
};
const minor = (v) => (v === '' || v === null || v === undefined ? '' : String(Math.round(Number(v) * 100)));

function register(router, sb) {
	const store = sb.store;
	const productOut = (ctx, p) => {
		const rest = formatProduct(store, ctx, p);
		return {
			id: p.id, name: p.name, slug: rest.slug, parent: p.parent_id, type: p.type, variation: '', permalink: rest.permalink, sku: p.sku,
			short_description: p.short_description, description: p.description, on_sale: rest.on_sale,
			prices: {
				price: minor(rest.price), regular_price: minor(rest.regular_price || rest.price), sale_price: minor(rest.sale_price || rest.price), price_range: null,
				currency_code: 'USD', currency_symbol: '$', currency_minor_unit: 2, currency_decimal_separator: '.', currency_thousand_separator: ',', currency_prefix: '$', currency_suffix: '',
			},
			price_html: rest.price_html, average_rating: rest.average_rating, review_count: rest.rating_count, images: rest.images,
			categories: rest.categories, tags: rest.tags, attributes: [], variations: rest.variations.map((id) => ({ id, attributes: [] })), has_options: rest.has_options,
			is_purchasable: rest.purchasable, is_in_stock: rest.stock_status !== 'outofstock', is_on_backorder: rest.stock_status === 'onbackorder',
			low_stock_remaining: null, sold_individually: p.sold_individually, extensions: {},
		};
	};
	router.route('wc/store/v1/products', {
		GET: {
			perm: 'public',
			handler: (ctx) => {
				const a = validateArgs(ctx.query, ARGS);
				const items = [...store.products.values()]
					.filter((p) => p.type !== 'variation' && p.status === 'publish' && p.catalog_visibility !== 'hidden')
					.sort((x, y) => (a.order === 'asc' ? 1 : -1) * (x.date_created - y.date_created || x.id - y.id));
				const slice = items.slice((a.page - 1) * a.per_page, a.page * a.per_page);
				const headers = pagingHeaders(ctx, items.length, a.per_page, a.page, '/wc/store/v1/products');
				return ok(slice.map((p) => filterFields(productOut(ctx, p), ctx.query._fields)), headers);
			},
		},
	});
}

module.exports = { register };
