'use strict';
// products, products/{id}/variations
const { registerCrud, itemLinks } = require('../lib/crud');
const { RestError } = require('../lib/rest');
const { fmtDate, money, slugify } = require('../lib/store');
const { ordered, isOnSale, priceHtml } = require('../lib/format');

const STATUS_ENUM = ['any', 'future', 'trash', 'draft', 'pending', 'private', 'publish'];
const PRODUCT_BODY = {
	name: { type: 'string' },
	type: { type: 'string', enum: ['simple', 'grouped', 'external', 'variable'] },
	status: { type: 'string', enum: ['draft', 'pending', 'private', 'publish', 'future'] },
	sku: { type: 'string' },
	regular_price: { type: 'string' },
	sale_price: { type: 'string' },
	description: { type: 'string' },
	short_description: { type: 'string' },
	manage_stock: { type: 'boolean' },
	stock_quantity: { type: ['integer', 'null'] },
	featured: { type: 'boolean' },
	catalog_visibility: { type: 'string', enum: ['visible', 'catalog', 'search', 'hidden'] },
	stock_status: { type: 'string', enum: ['instock', 'outofstock', 'onbackorder'] },
	weight: { type: 'string' },
	categories: { type: 'array', items: { type: 'object' } },
	tags: { type: 'array', items: { type: 'object' } },
	attributes: { type: 'array', items: { type: 'object' } },
	meta_data: { type: 'array', items: { type: 'object' } },
};
const SIMPLE_FIELDS = ['description', 'short_description', 'sku', 'featured', 'catalog_visibility', 'virtual', 'downloadable', 'external_url', 'button_text',
	'tax_status', 'tax_class', 'backorders', 'low_stock_amount', 'sold_individually', 'weight', 'shipping_class', 'reviews_allowed', 'upsell_ids',
	'cross_sell_ids', 'purchase_note', 'images', 'menu_order', 'post_password', 'global_unique_id', 'download_limit', 'download_expiry', 'downloads',
	'date_on_sale_from', 'date_on_sale_to', 'grouped_products'];

function wpautop(s) {
	if (!s) return '';
	if (/^\s*<p>/.test(s)) return s.endsWith('\n') ? s : s + '\n';
	return `<p>${s}</p>\n`;
}

function newProduct(store, type, parentId) {
	const now = store.now();
	return {
		id: store.next('post'), name: '', slug: '', date_created: now, date_modified: now, type: type || 'simple', status: 'publish',
		featured: false, catalog_visibility: 'visible', description: '', short_description: '', sku: '', regular_price: '', sale_price: '',
		date_on_sale_from: null, date_on_sale_to: null, total_sales: 0, virtual: false, downloadable: false, downloads: [], download_limit: -1,
		download_expiry: -1, external_url: '', button_text: '', tax_status: 'taxable', tax_class: parentId ? 'parent' : '', manage_stock: false,
		stock_quantity: null, stock_status: 'instock', backorders: 'no', low_stock_amount: null, sold_individually: false, weight: '',
		dimensions: { length: '', width: '', height: '' }, shipping_class: '', reviews_allowed: true, upsell_ids: [], cross_sell_ids: [],
		parent_id: parentId || 0, purchase_note: '', category_ids: [], tag_ids: [], images: [], image: null, attributes: [], default_attributes: [],
		grouped_products: [], menu_order: 0, meta_data: [], post_password: '', global_unique_id: '', prevStatus: null,
	};
}

function variationsOf(store, id, { withTrash = false } = {}) {
	return [...store.products.values()].filter((v) => v.type === 'variation' && v.parent_id === id && (withTrash || v.status !== 'trash')).sort((a, b) => a.id - b.id);
}

function uniqueSlug(store, base, selfId) {
	let slug = base || 'product';
	let n = 2;
	const taken = (s) => [...store.products.values()].some((p) => p.id !== selfId && p.type !== 'variation' && p.slug === s);
	while (taken(slug)) slug = `${base}-${n++}`;
	return slug;
}

function applyBody(store, p, body, creating) {
	if (body.name !== undefined) p.name = String(body.name);
	if (body.type !== undefined && p.type !== 'variation') p.type = body.type;
	if (body.status !== undefined) {
		if (p.status === 'trash' && body.status !== 'trash') {
			p.untrashed = true;
			store.removeTrashMeta(p);
		}
		p.status = body.status;
	}
	for (const f of SIMPLE_FIELDS) if (body[f] !== undefined) p[f] = body[f];
	if (body.description !== undefined && p.type !== 'variation') p.description = wpautop(body.description);
	if (body.short_description !== undefined) p.short_description = wpautop(body.short_description);
	if (body.regular_price !== undefined) p.regular_price = body.regular_price === '' ? '' : money(body.regular_price);
	if (body.sale_price !== undefined) p.sale_price = body.sale_price === '' ? '' : money(body.sale_price);
	if (body.dimensions) p.dimensions = { ...p.dimensions, ...body.dimensions };
	if (body.manage_stock !== undefined) p.manage_stock = !!body.manage_stock;
	if (body.stock_quantity !== undefined) p.stock_quantity = body.stock_quantity === null ? null : Number(body.stock_quantity);
	if (body.stock_status !== undefined) p.stock_status = body.stock_status;
	if (body.slug !== undefined) p.slug = slugify(body.slug);
	if (body.parent_id !== undefined && p.type !== 'variation') p.parent_id = Number(body.parent_id);
	if (body.image !== undefined) p.image = body.image;
	if (Array.isArray(body.categories)) p.category_ids = body.categories.map((c) => Number(c.id)).filter((id) => store.terms.get(id) && store.terms.get(id).taxonomy === 'product_cat');
	if (Array.isArray(body.tags)) p.tag_ids = body.tags.map((c) => Number(c.id)).filter((id) => store.terms.get(id) && store.terms.get(id).taxonomy === 'product_tag');
	if (Array.isArray(body.attributes)) {
		if (p.type === 'variation') {
			p.attributes = body.attributes.map((a) => {
				const g = a.id ? store.attributes.get(Number(a.id)) : null;
				return { id: g ? g.id : 0, name: g ? g.name : a.name, slug: g ? g.slug : slugify(a.name), option: a.option };
			});
		} else {
			p.attributes = body.attributes.map((a, i) => {
				const g = a.id ? store.attributes.get(Number(a.id)) : null;
				let options = Array.isArray(a.options) ? a.options.map(String) : a.option ? [String(a.option)] : [];
				if (g) options = options.slice().sort();
				return { id: g ? g.id : 0, name: g ? g.name : a.name, slug: g ? g.slug : a.name, position: a.position !== undefined ? a.position : 0,
					visible: a.visible !== undefined ? !!a.visible : false, variation: !!a.variation, options };
			});
		}
	}
	// Like attributes: a global attribute's id (by id, else by name), 0 for a custom one.
	if (Array.isArray(body.default_attributes)) {
		p.default_attributes = body.default_attributes.map((a) => {
			const g = a.id ? store.attributes.get(Number(a.id)) : [...store.attributes.values()].find((x) => x.name === a.name);
			return { id: g ? g.id : 0, name: g ? g.name : a.name, option: a.option };
		});
	}
	if (Array.isArray(body.meta_data)) {
		for (const m of body.meta_data) {
			const ex = m.id ? p.meta_data.find((x) => x.id === m.id) : p.meta_data.find((x) => x.key === m.key);
			if (ex) ex.value = m.value;
			else p.meta_data.push({ id: store.next('meta') + 20, key: m.key, value: m.value });
		}
	}
	if (p.manage_stock && p.stock_quantity !== null && body.stock_status === undefined) {
		p.stock_status = p.stock_quantity > 0 ? 'instock' : p.backorders !== 'no' ? 'onbackorder' : 'outofstock';
	}
	if (creating && p.type !== 'variation' && p.category_ids.length === 0) p.category_ids = [15];
	p.stockSet = (body.stock_quantity !== undefined || body.manage_stock !== undefined) && p.manage_stock;
}

function checkSku(store, p, body) {
	if (body.sku === undefined || body.sku === '') return;
	const dup = [...store.products.values()].find((x) => x.id !== p.id && x.sku === body.sku && x.status !== 'trash');
	if (dup) {
		let n = 1;
		while ([...store.products.values()].some((x) => x.sku === `${body.sku}-${n}`)) n++;
		throw new RestError('product_invalid_sku', 'Invalid or duplicated SKU.', 400, { resource_id: dup.id, unique_sku: `${body.sku}-${n}` });
	}
}

function termRefs(store, ids) {
	return ids.map((id) => store.terms.get(id)).filter(Boolean).map((t) => ({ id: t.id, name: t.name, slug: t.slug }));
}

function productPermalink(ctx, p) {
	if (p.status === 'publish' || p.status === 'private') return `${ctx.home}/product/${p.slug}/`;
	return `${ctx.home}/?post_type=product&p=${p.id}`;
}

function formatProduct(store, ctx, p, { edit } = {}) {
	const vars = p.type === 'variable' ? variationsOf(store, p.id) : [];
	let price = p.regular_price === '' ? '' : isOnSale(p) ? p.sale_price : p.regular_price;
	let onSale = isOnSale(p);
	let html;
	if (p.type === 'variable') {
		const prices = vars.map((v) => (isOnSale(v) ? v.sale_price : v.regular_price)).filter((x) => x !== '').map(Number);
		onSale = vars.some(isOnSale);
		if (prices.length) {
			const min = Math.min(...prices);
			const max = Math.max(...prices);
			price = min.toFixed(2);
			html = priceHtml({ min, max, price });
		} else {
			price = '';
			html = '';
		}
	} else html = priceHtml({ price, regular: p.regular_price, sale: p.sale_price, onSale });
	const slug = p.status === 'trash' ? `${p.slug}__trashed` : p.status === 'draft' || p.status === 'pending' ? '' : p.slug;
	// The first 5 published products sharing a category (WooCommerce reads them from a cached query): stop at 5,
	// so formatting a page does not scan the whole catalogue for each product.
	const related = [];
	if (p.category_ids.length) {
		for (const x of store.products.values()) {
			if (x.id !== p.id && x.type !== 'variation' && x.status === 'publish' && x.category_ids.some((c) => p.category_ids.includes(c))) related.push(x.id);
			if (related.length === 5) break;
		}
	}
	const sc = p.shipping_class ? store.termsOf('product_shipping_class').find((t) => t.slug === p.shipping_class) : null;
	const out = ordered('product', {
		id: p.id, name: p.name, slug, permalink: productPermalink(ctx, p), date_created: fmtDate(p.date_created), date_created_gmt: fmtDate(p.date_created),
		date_modified: fmtDate(p.date_modified), date_modified_gmt: fmtDate(p.date_modified), type: p.type, status: p.status, featured: p.featured,
		catalog_visibility: p.catalog_visibility, description: p.description, short_description: p.short_description, sku: p.sku, price,
		regular_price: p.regular_price, sale_price: p.sale_price, date_on_sale_from: p.date_on_sale_from, date_on_sale_from_gmt: p.date_on_sale_from,
		date_on_sale_to: p.date_on_sale_to, date_on_sale_to_gmt: p.date_on_sale_to, on_sale: onSale, purchasable: price !== '' || p.type === 'variable',
		total_sales: p.total_sales, virtual: p.virtual, downloadable: p.downloadable, downloads: p.downloads, download_limit: p.download_limit,
		download_expiry: p.download_expiry, external_url: p.external_url, button_text: p.button_text, tax_status: p.tax_status, tax_class: p.tax_class,
		manage_stock: p.manage_stock, stock_quantity: p.manage_stock ? p.stock_quantity : null, backorders: p.backorders,
		backorders_allowed: p.backorders !== 'no', backordered: false, low_stock_amount: p.low_stock_amount, sold_individually: p.sold_individually,
		weight: p.weight, dimensions: p.dimensions, shipping_required: !p.virtual, shipping_taxable: p.tax_status === 'taxable' && !p.virtual,
		shipping_class: p.shipping_class, shipping_class_id: sc ? sc.id : 0, reviews_allowed: p.reviews_allowed,
		average_rating: reviewsOf(store, p.id, ctx).length ? avgRating(store, p.id, ctx) : '0', rating_count: reviewsOf(store, p.id, ctx).length,
		upsell_ids: p.upsell_ids, cross_sell_ids: p.cross_sell_ids, parent_id: p.parent_id, purchase_note: p.purchase_note,
		categories: termRefs(store, p.category_ids), brands: [], tags: termRefs(store, p.tag_ids), images: p.images, attributes: p.attributes,
		default_attributes: p.default_attributes, variations: vars.map((v) => v.id), grouped_products: p.grouped_products, menu_order: p.menu_order,
		price_html: html, related_ids: related, meta_data: p.meta_data, stock_status: p.stock_status, has_options: p.type === 'variable',
		post_password: p.post_password, global_unique_id: p.global_unique_id,
	});
	if (edit) {
		out.permalink_template = `${ctx.home}/product/%pagename%/`;
		out.generated_slug = p.slug || slugify(p.name);
	}
	out._links = itemLinks(ctx, 'products', p.id);
	return out;
}

// A real store keeps the rating and review count in product meta; here the approved reviews are grouped once per
// request (a page of products would otherwise scan every comment, order notes included, for each product).
function reviewsOf(store, productId, ctx) {
	const cache = ctx || {};
	if (!cache.approvedReviews) {
		cache.approvedReviews = new Map();
		for (const c of store.comments.values()) {
			if (c.type !== 'review' || c.status !== 'approved') continue;
			if (!cache.approvedReviews.has(c.product_id)) cache.approvedReviews.set(c.product_id, []);
			cache.approvedReviews.get(c.product_id).push(c);
		}
	}
	return cache.approvedReviews.get(productId) || [];
}
function avgRating(store, productId, ctx) {
	const r = reviewsOf(store, productId, ctx);
	return (r.reduce((s, c) => s + (c.rating || 0), 0) / r.length).toFixed(2);
}

function formatVariation(store, ctx, v) {
	const parent = store.products.get(v.parent_id);
	const onSale = isOnSale(v);
	const price = v.regular_price === '' ? '' : onSale ? v.sale_price : v.regular_price;
	const qs = v.attributes.map((a) => `attribute_${a.id ? a.slug : slugify(a.name)}=${encodeURIComponent(a.option)}`).join('&');
	const out = ordered('variation', {
		id: v.id, type: 'variation', date_created: fmtDate(v.date_created), date_created_gmt: fmtDate(v.date_created), date_modified: fmtDate(v.date_modified),
		date_modified_gmt: fmtDate(v.date_modified), description: v.description, permalink: `${parent ? productPermalink(ctx, parent) : ctx.home + '/'}${qs ? '?' + qs : ''}`,
		sku: v.sku, global_unique_id: v.global_unique_id, price, regular_price: v.regular_price, sale_price: v.sale_price,
		date_on_sale_from: v.date_on_sale_from, date_on_sale_from_gmt: v.date_on_sale_from, date_on_sale_to: v.date_on_sale_to, date_on_sale_to_gmt: v.date_on_sale_to,
		on_sale: onSale, status: v.status, purchasable: price !== '', virtual: v.virtual, downloadable: v.downloadable, downloads: v.downloads,
		download_limit: v.download_limit, download_expiry: v.download_expiry, tax_status: v.tax_status, tax_class: v.tax_class, manage_stock: v.manage_stock,
		stock_quantity: v.manage_stock ? v.stock_quantity : null, stock_status: v.stock_status, backorders: v.backorders, backorders_allowed: v.backorders !== 'no',
		backordered: false, low_stock_amount: v.low_stock_amount, weight: v.weight, dimensions: v.dimensions, shipping_class: v.shipping_class, shipping_class_id: 0,
		image: v.image, attributes: v.attributes, menu_order: v.menu_order, meta_data: v.meta_data, name: v.attributes.map((a) => a.option).join(', '),
		parent_id: v.parent_id,
	});
	out._links = {
		...itemLinks(ctx, `products/${v.parent_id}/variations`, v.id),
		up: [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/products/${v.parent_id}` }],
	};
	return out;
}

// WC_REST_Products_V2_Controller::prepare_objects_query: explode(',', sku), untrimmed, plus the whole string when it
// was split (so a SKU containing a comma is found when it is looked up alone).
function skuList(value) {
	const skus = value.split(',');
	if (skus.length > 1) skus.push(value);
	return skus;
}

function register(router, sb) {
	const store = sb.store;
	const fire = (event, id) => sb.hooks.fire('product', event, id);

	const products = registerCrud(router, {
		base: 'products', postType: 'product', postTypeLabel: 'product',
		map: () => store.products,
		visible: (p) => p.type !== 'variation',
		invalidId: ['woocommerce_rest_product_invalid_id', 'Invalid ID.'],
		trash: 'trash',
		bodyArgs: PRODUCT_BODY,
		orderbyEnum: ['date', 'modified', 'id', 'include', 'title', 'slug', 'price', 'popularity', 'rating', 'menu_order', 'comment_count'],
		keyOf: (p, ob) => (ob === 'price' ? Number(p.sale_price || p.regular_price || 0) : ob === 'popularity' ? p.total_sales : ob === 'menu_order' ? p.menu_order : undefined),
		listArgs: {
			status: { type: 'string', enum: STATUS_ENUM, default: 'any' },
			type: { type: 'string', enum: ['simple', 'grouped', 'external', 'variable'] },
			sku: { type: 'string' }, slug: { type: 'string' }, featured: { type: 'boolean' }, category: { type: 'string' }, tag: { type: 'string' },
			shipping_class: { type: 'string' }, attribute: { type: 'string' }, attribute_term: { type: 'string' },
			stock_status: { type: 'string', enum: ['instock', 'outofstock', 'onbackorder'] }, on_sale: { type: 'boolean' },
			min_price: { type: 'string' }, max_price: { type: 'string' }, tax_class: { type: 'string' },
		},
		filter: (items, a) => {
			if (a.status === 'any') items = items.filter((p) => p.status !== 'trash');
			else items = items.filter((p) => p.status === a.status);
			if (a.parent) items = items.filter((p) => a.parent.includes(p.parent_id));
			if (a.parent_exclude) items = items.filter((p) => !a.parent_exclude.includes(p.parent_id));
			if (a.search) {
				const s = a.search.toLowerCase();
				items = items.filter((p) => [p.name, p.description, p.short_description].some((x) => String(x).toLowerCase().includes(s)));
			}
			if (a.sku) { const skus = skuList(a.sku); items = items.filter((p) => skus.includes(p.sku)); }
			if (a.slug) items = items.filter((p) => p.slug === a.slug);
			if (a.type) items = items.filter((p) => p.type === a.type);
			if (a.featured !== undefined) items = items.filter((p) => p.featured === a.featured);
			if (a.category) {
				const ids = new Set();
				for (const c of a.category.split(',')) for (const x of store.termTree(Number(c))) ids.add(x);
				items = items.filter((p) => p.category_ids.some((c) => ids.has(c)));
			}
			if (a.tag) { const ids = a.tag.split(',').map(Number); items = items.filter((p) => p.tag_ids.some((c) => ids.includes(c))); }
			if (a.shipping_class) { const sc = store.terms.get(Number(a.shipping_class)); items = items.filter((p) => sc && p.shipping_class === sc.slug); }
			if (a.attribute) {
				const terms = a.attribute_term ? a.attribute_term.split(',').map((t) => store.terms.get(Number(t))).filter(Boolean).map((t) => t.name) : null;
				items = items.filter((p) => p.attributes.some((x) => x.slug === a.attribute && (!terms || x.options.some((o) => terms.includes(o)))));
			}
			if (a.stock_status) items = items.filter((p) => p.stock_status === a.stock_status);
			if (a.on_sale !== undefined) items = items.filter((p) => isOnSale(p) === a.on_sale || (p.type === 'variable' && variationsOf(store, p.id).some(isOnSale) === a.on_sale));
			const priceOf = (p) => Number(isOnSale(p) ? p.sale_price : p.regular_price || 0);
			if (a.min_price) items = items.filter((p) => priceOf(p) >= Number(a.min_price));
			if (a.max_price) items = items.filter((p) => priceOf(p) <= Number(a.max_price));
			if (a.tax_class) items = items.filter((p) => (p.tax_class || 'standard') === a.tax_class);
			return items;
		},
		format: (p, ctx, params, opts) => formatProduct(store, ctx, p, opts),
		create: (body) => {
			const p = newProduct(store, body.type);
			checkSku(store, p, body);
			applyBody(store, p, body, true);
			p.slug = p.slug || uniqueSlug(store, slugify(p.name || 'product'), p.id);
			if (!body.name && !p.name) p.name = 'Product';
			store.products.set(p.id, p);
			fire('created', p.id);
			if (p.stockSet) sb.hooks.action('woocommerce_product_set_stock', p.id);
			return p;
		},
		update: (p, body) => {
			checkSku(store, p, body);
			applyBody(store, p, body, false);
			if (body.slug === undefined && !p.slug && p.status === 'publish') p.slug = uniqueSlug(store, slugify(p.name), p.id);
			p.date_modified = store.now();
			if (p.stockSet) sb.hooks.action('woocommerce_product_set_stock', p.id);
			fire('updated', p.id);
			return p;
		},
		remove: (p, { force }) => {
			if (force) {
				store.products.delete(p.id);
				for (const v of variationsOf(store, p.id, { withTrash: true })) store.products.delete(v.id);
			} else {
				p.prevStatus = p.status;
				store.addTrashMeta(p, p.status, p.slug);
				p.status = 'trash';
				fire('deleted', p.id);
			}
		},
	});

	// Variations (WC_REST_Product_Variations_Controller). delete_item trashes without force: supports_trash is
	// EMPTY_TRASH_DAYS > 0 && is_callable(get_status), true for variations; an already trashed one gives 410.
	const taxClassArg = { type: 'string', get enum() { return ['standard', ...store.taxClasses.map((c) => c.slug).filter((x) => x !== 'standard')]; } };
	const variationTitle = (v) => {
		const parent = store.products.get(v.parent_id);
		const opts = v.attributes.map((a) => a.option).filter((x) => x !== '' && x !== undefined).join(', ');
		return `${parent ? parent.name : ''}${opts ? ' - ' + opts : ''}`;
	};
	const priceOfVariation = (v) => (v.regular_price === '' ? null : Number(isOnSale(v) ? v.sale_price : v.regular_price));
	registerCrud(router, {
		base: 'products/(?<product_id>[\\d]+)/variations', postType: 'product_variation', postTypeLabel: 'product_variation', rawLocation: true,
		map: () => store.products,
		visible: (v, ctx, params) => v.type === 'variation' && v.parent_id === Number(params.product_id),
		invalidId: ['woocommerce_rest_product_variation_invalid_id', 'Invalid ID.'],
		trash: 'trash',
		bodyArgs: { regular_price: { type: 'string' }, sale_price: { type: 'string' }, sku: { type: 'string' }, stock_quantity: { type: ['integer', 'null'] }, manage_stock: { type: 'boolean' } },
		orderbyEnum: ['date', 'modified', 'id', 'include', 'title', 'slug', 'price', 'popularity', 'rating', 'menu_order', 'comment_count'],
		keyOf: (v, ob) => (ob === 'price' ? priceOfVariation(v) || 0 : ob === 'popularity' ? v.total_sales : ob === 'menu_order' ? v.menu_order : ob === 'title' ? variationTitle(v).toLowerCase() : undefined),
		// Products' collection params minus in_stock, type, featured, category, tag, shipping_class, attribute, attribute_term;
		// plus stock_status, has_price and attributes[] ({attribute, term}).
		listArgs: {
			status: { type: 'string', enum: STATUS_ENUM, default: 'any' }, sku: { type: 'string' }, slug: { type: 'string' },
			stock_status: { type: 'string', enum: ['instock', 'outofstock', 'onbackorder'] }, on_sale: { type: 'boolean' }, has_price: { type: 'boolean' },
			min_price: { type: 'string' }, max_price: { type: 'string' }, tax_class: taxClassArg,
			attributes: { type: 'array', items: { type: 'object' } },
		},
		filter: (items, a) => {
			if (a.status === 'any') items = items.filter((v) => v.status !== 'trash');
			else items = items.filter((v) => v.status === a.status);
			if (a.parent) items = items.filter((v) => a.parent.includes(v.parent_id));
			if (a.parent_exclude) items = items.filter((v) => !a.parent_exclude.includes(v.parent_id));
			if (a.search) {
				const s = a.search.toLowerCase();
				items = items.filter((v) => [variationTitle(v), v.description, v.attributes.map((x) => `${x.name}: ${x.option}`).join(', ')].some((x) => String(x).toLowerCase().includes(s)));
			}
			if (a.sku) { const skus = skuList(a.sku); items = items.filter((v) => skus.includes(v.sku)); }
			if (a.slug) items = items.filter((v) => v.slug === a.slug);
			if (a.stock_status) items = items.filter((v) => v.stock_status === a.stock_status);
			if (a.on_sale !== undefined) items = items.filter((v) => isOnSale(v) === a.on_sale);
			if (a.has_price !== undefined) items = items.filter((v) => (priceOfVariation(v) !== null) === a.has_price);
			if (a.min_price || a.max_price) {
				items = items.filter((v) => {
					const pr = priceOfVariation(v);
					if (pr === null) return false;
					if (a.min_price && pr < Number(a.min_price)) return false;
					if (a.max_price && pr > Number(a.max_price)) return false;
					return true;
				});
			}
			if (a.tax_class) items = items.filter((v) => (v.tax_class || 'standard') === a.tax_class);
			if (Array.isArray(a.attributes)) {
				for (const f of a.attributes) {
					if (!f || f.attribute === undefined || f.term === undefined) continue;
					items = items.filter((v) => v.attributes.some((x) => {
						const key = x.id ? x.slug : slugify(x.name);
						const value = x.id ? slugify(x.option) : x.option;
						return key === String(f.attribute) && value === String(f.term);
					}));
				}
			}
			return items;
		},
		format: (v, ctx) => formatVariation(store, ctx, v),
		create: (body, ctx, params) => {
			const parent = store.products.get(Number(params.product_id));
			if (!parent || parent.type === 'variation') throw new RestError('woocommerce_rest_product_invalid_id', 'Invalid ID.', 404);
			const v = newProduct(store, 'variation', parent.id);
			v.type = 'variation';
			checkSku(store, v, body);
			applyBody(store, v, body, true);
			v.slug = slugify(variationTitle(v));
			store.products.set(v.id, v);
			parent.date_modified = store.now();
			fire('created', v.id);
			return v;
		},
		update: (v, body) => {
			checkSku(store, v, body);
			applyBody(store, v, body, false);
			v.date_modified = store.now();
			fire('updated', v.id);
			return v;
		},
		remove: (v, { force }) => {
			if (force) store.products.delete(v.id);
			else {
				v.prevStatus = v.status;
				store.addTrashMeta(v, v.status, v.slug);
				v.status = 'trash';
				fire('deleted', v.id);
			}
		},
	});
	return { products };
}

module.exports = { register, formatProduct, formatVariation, newProduct, applyBody, uniqueSlug };
