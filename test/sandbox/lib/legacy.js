'use strict';
// Legacy REST API plugin (wc-api/v1..v3, "WooCommerce Legacy REST API" 1.0.1) on an HPOS store:
// public index, products (list with filter[limit]/filter[q]/fields/page, count, get, create, update, delete),
// orders (always empty: the plugin does not see HPOS orders), JSONP, the plugin's own auth and error format.
const { captured, withHome, phpJson, ordered, isOnSale, gravatar } = require('./format');
const oauth = require('./oauth');
const { fmtDate } = require('./store');
const { topicHooks } = require('./webhooks');

const REALM = 'Basic realm="WooCommerce API. Use a consumer key in the username field and a consumer secret in the password field."';

class LegacyError extends Error {
	constructor(code, message, status, headers = {}) {
		super(message);
		this.code = code;
		this.status = status;
		this.headers = headers;
	}
}

function authenticate(sb, ctx) {
	const keys = sb.keyRecords;
	const header = sb.settings.stripAuthorization ? undefined : ctx.headers.authorization;
	if (ctx.isSsl) {
		let ck = ctx.queryMap.get('consumer_key');
		let cs = ctx.queryMap.get('consumer_secret');
		const m = header && /^Basic\s+(.+)$/i.exec(header.trim());
		if ((!ck || !cs) && m) {
			const dec = Buffer.from(m[1], 'base64').toString('utf8');
			const i = dec.indexOf(':');
			ck = dec.slice(0, i);
			cs = dec.slice(i + 1);
		}
		const user = keys.find((k) => k.key === ck);
		if (ck && !user) throw new LegacyError('woocommerce_api_authentication_error', 'Consumer Key is invalid.', 401, { 'WWW-Authenticate': REALM });
		if (!user || user.secret !== cs) throw new LegacyError('woocommerce_api_authentication_error', 'Consumer Secret is invalid.', 401, { 'WWW-Authenticate': REALM });
		return user;
	}
	const params = new Map(ctx.queryMap);
	if (ctx.method === 'POST' && ctx.formMap) for (const [k, v] of ctx.formMap) params.set(k, v);
	for (const [k, v] of oauth.parseOAuthHeader(header)) params.set(k, v);
	for (const n of ['oauth_consumer_key', 'oauth_timestamp', 'oauth_nonce', 'oauth_signature', 'oauth_signature_method']) {
		if (!params.get(n)) throw new LegacyError('woocommerce_api_authentication_error', `${n} parameter is missing`, 404);
	}
	const user = keys.find((k) => k.key === params.get('oauth_consumer_key'));
	if (!user) throw new LegacyError('woocommerce_api_authentication_error', 'Consumer Key is invalid.', 401);
	const base = `${ctx.isSsl ? 'https' : 'http'}://${ctx.homeHost}${ctx.rawPath}`;
	const err = oauth.checkSignature(ctx.method, base, params, user.secret) || oauth.checkTimestampAndNonce(user.nonces, params.get('oauth_timestamp'), params.get('oauth_nonce'), sb.store.nowSeconds());
	if (err) throw new LegacyError('woocommerce_api_authentication_error', err.message, 401);
	if (ctx.method !== 'GET' && ctx.method !== 'HEAD' && user.permissions === 'read') {
		throw new LegacyError('woocommerce_api_authentication_error', 'The API key provided does not have write permissions.', 401);
	}
	return user;
}

const iso = (d) => (d ? fmtDate(d) + 'Z' : null);

const BILLING = ['first_name', 'last_name', 'company', 'address_1', 'address_2', 'city', 'state', 'postcode', 'country', 'email', 'phone'];
const address = (keys, src = {}) => Object.fromEntries(keys.map((k) => [k, src[k] !== undefined ? String(src[k]) : '']));

/** WC_API_Customers::get_customer. HPOS: the plugin sees no orders, so no last order and nothing spent. */
function customerOut(c) {
	return {
		id: c.id, created_at: iso(c.date_created), last_update: iso(c.date_modified || c.date_created), email: c.email, first_name: c.first_name,
		last_name: c.last_name, username: c.username, role: c.role, last_order_id: null, last_order_date: null, orders_count: 0, total_spent: '0.00',
		avatar_url: gravatar(c.email), billing_address: address(BILLING, c.billing), shipping_address: address(BILLING.slice(0, -2), c.shipping),
	};
}

/** WC_API_Webhooks::get_webhook. */
function webhookOut(w) {
	return {
		id: w.id, name: w.name, status: w.status, topic: w.topic, resource: w.resource, event: w.event, hooks: topicHooks(w.topic) || [],
		delivery_url: w.delivery_url, created_at: iso(w.date_created), updated_at: iso(w.date_modified || w.date_created),
	};
}

function productOut(sb, p) {
	const store = sb.store;
	const rest = sb.internalGet(`products/${p.id}`) || {};
	return ordered('legacyProduct', {
		title: p.name, id: p.id, created_at: iso(p.date_created), updated_at: iso(p.date_modified), type: p.type, status: p.status, downloadable: p.downloadable,
		virtual: p.virtual, permalink: rest.permalink, sku: p.sku, price: rest.price, regular_price: p.regular_price, sale_price: p.sale_price || null,
		price_html: rest.price_html, taxable: false, tax_status: p.tax_status, tax_class: p.tax_class, managing_stock: p.manage_stock,
		stock_quantity: p.manage_stock ? p.stock_quantity : null, in_stock: p.stock_status !== 'outofstock', backorders_allowed: p.backorders !== 'no', backordered: false,
		sold_individually: p.sold_individually, purchaseable: rest.purchasable, featured: p.featured, visible: p.catalog_visibility !== 'hidden',
		catalog_visibility: p.catalog_visibility, on_sale: isOnSale(p), product_url: p.external_url, button_text: p.button_text, weight: p.weight || null,
		dimensions: { ...p.dimensions, unit: 'in' }, shipping_required: !p.virtual, shipping_taxable: !p.virtual, shipping_class: p.shipping_class, shipping_class_id: null,
		description: p.description, short_description: p.short_description, reviews_allowed: p.reviews_allowed, average_rating: '0.00', rating_count: 0,
		related_ids: rest.related_ids || [], upsell_ids: p.upsell_ids, cross_sell_ids: p.cross_sell_ids, parent_id: p.parent_id,
		categories: p.category_ids.map((id) => store.terms.get(id)).filter(Boolean).map((t) => t.name),
		tags: p.tag_ids.map((id) => store.terms.get(id)).filter(Boolean).map((t) => t.name).sort(),
		images: [{ id: 0, created_at: iso(store.now()), updated_at: iso(store.now()), src: `${sb.url}/wp-content/uploads/woocommerce-placeholder.webp`, title: 'Placeholder', alt: 'Placeholder', position: 0 }],
		featured_src: false, attributes: p.attributes.map((a) => ({ name: a.name, slug: a.id ? a.slug.replace(/^pa_/, '') : a.name.toLowerCase(), position: a.position, visible: a.visible, variation: a.variation, options: a.options })),
		downloads: p.downloads, download_limit: p.download_limit, download_expiry: p.download_expiry, download_type: 'standard', purchase_note: p.purchase_note,
		total_sales: p.total_sales, variations: [], parent: [], grouped_products: p.grouped_products, menu_order: p.menu_order,
	});
}

function pickFields(obj, fields) {
	if (!fields) return obj;
	const list = String(fields).split(',').map((s) => s.trim());
	return Object.fromEntries(Object.entries(obj).filter(([k]) => list.includes(k)));
}

async function legacy(sb, ctx) {
	const headers = { 'Content-Type': 'application/json; charset=UTF-8' };
	const m = /^\/wc-api\/(v[123])\/?(.*)$/.exec(ctx.path);
	const version = m ? m[1] : 'v3';
	const route = m ? m[2].replace(/\/$/, '') : '';
	const jsonp = ctx.queryMap.get('_jsonp');
	const out = (status, body, extra = {}) => {
		if (typeof jsonp === 'string' && /^[\w.]+$/.test(jsonp)) {
			return { status, headers: { ...headers, ...extra, 'Content-Type': 'application/javascript; charset=UTF-8', 'X-Content-Type-Options': 'nosniff' }, payload: `/**/${jsonp}(${phpJson(body)})` };
		}
		return { status, headers: { ...headers, ...extra }, payload: phpJson(body) };
	};
	const error = (e) => out(e.status, { errors: [{ code: e.code, message: e.message }] }, e.headers);
	if (route === '' && (ctx.method === 'GET' || ctx.method === 'HEAD')) {
		const idx = withHome(version === 'v3' ? captured.legacyIndex : captured.legacyV2Index, ctx.home);
		if (version === 'v3' && idx.store && idx.store.meta) idx.store.meta.ssl_enabled = ctx.isSsl;
		return out(200, idx);
	}
	const noRoute = new LegacyError('woocommerce_api_no_route', 'No route was found matching the URL and request method', 404);
	try {
		authenticate(sb, ctx);
		const store = sb.store;
		const q = ctx.queryMap;
		const filter = q.get('filter') instanceof Map ? q.get('filter') : new Map();
		const listHeaders = (total, limit, page, routePath) => {
			const totalPages = Math.ceil(total / limit);
			const host = new URL(ctx.home).hostname;
			const base = `${ctx.isSsl ? 'https' : 'http'}://${host}/wc-api/${version}/${routePath}`;
			const echo = (p) => {
				const parts = [];
				const walk = (map, prefix) => {
					for (const [k, v] of map) {
						const name = prefix ? `${prefix}[${k}]` : k;
						if (v instanceof Map) walk(v, name);
						else if (name !== 'page') parts.push(`${name}=${v}`);
					}
				};
				walk(q, '');
				parts.push(`page=${p}`);
				return `${base}?${parts.join('&')}`;
			};
			const links = [];
			if (page > 1) links.push(`<${echo(1)}>; rel="first"`, `<${echo(page - 1)}>; rel="prev"`);
			if (page < totalPages) links.push(`<${echo(page + 1)}>; rel="next"`);
			if (page !== totalPages) links.push(`<${echo(totalPages)}>; rel="last"`);
			const h = { 'X-WC-Total': String(total), 'X-WC-TotalPages': String(totalPages) };
			if (links.length) h.Link = links.length === 1 ? links[0] : links;
			return h;
		};
		const limit = Number(filter.get('limit') || 10);
		const page = Math.max(1, Number(q.get('page') || 1));
		const pageOf = (items, key, format, routePath) => {
			const slice = limit === -1 ? items : items.slice((page - 1) * limit, page * limit);
			return out(200, { [key]: slice.map((x) => pickFields(format(x), q.get('fields'))) }, listHeaders(items.length, limit === -1 ? Math.max(1, items.length) : limit, page, routePath));
		};

		if (route === 'products' && ctx.method === 'GET') {
			let items = [...store.products.values()].filter((p) => p.type !== 'variation' && p.status !== 'trash');
			const s = filter.get('q');
			if (s) items = items.filter((p) => [p.name, p.description, p.short_description].some((x) => String(x).toLowerCase().includes(String(s).toLowerCase())));
			items.sort((a, b) => b.date_created - a.date_created || b.id - a.id);
			return pageOf(items, 'products', (p) => productOut(sb, p), 'products');
		}
		if (route === 'products/count' && ctx.method === 'GET') {
			return out(200, { count: [...store.products.values()].filter((p) => p.type !== 'variation' && p.status !== 'trash').length });
		}
		if (route === 'products' && ctx.method === 'POST') {
			if (!ctx.body || typeof ctx.body.product !== 'object' || ctx.body.product === null) throw new LegacyError('woocommerce_api_missing_product_data', 'No product data specified to create product', 400);
			const { title, ...rest } = ctx.body.product;
			const r = await sb.internalWrite('POST', 'products', { ...rest, ...(title !== undefined ? { name: title } : {}) });
			if (r.error) throw new LegacyError(`woocommerce_api_${r.error.code.replace(/^woocommerce_rest_/, '')}`, r.error.message, r.status);
			return out(201, { product: productOut(sb, store.products.get(r.body.id)) });
		}
		const pm = /^products\/(\d+)$/.exec(route);
		if (pm) {
			const p = store.products.get(Number(pm[1]));
			if (!p || p.type === 'variation') throw new LegacyError('woocommerce_api_no_product_found', `No product found with the ID equal to ${pm[1]}`, 404);
			if (ctx.method === 'GET') return out(200, { product: pickFields(productOut(sb, p), q.get('fields')) });
			if (ctx.method === 'PUT' || ctx.method === 'POST') {
				if (!ctx.body || typeof ctx.body.product !== 'object') throw new LegacyError('woocommerce_api_missing_product_data', 'No product data specified to edit product', 400);
				const { title, ...rest } = ctx.body.product;
				const r = await sb.internalWrite('PUT', `products/${p.id}`, { ...rest, ...(title !== undefined ? { name: title } : {}) });
				if (r.error) throw new LegacyError(`woocommerce_api_${r.error.code.replace(/^woocommerce_rest_/, '')}`, r.error.message, r.status);
				return out(200, { product: productOut(sb, p) });
			}
			if (ctx.method === 'DELETE') {
				const force = ['true', '1'].includes(String(q.get('force')));
				await sb.internalWrite('DELETE', `products/${p.id}`, {}, force ? { force: 'true' } : {});
				return out(202, { message: force ? 'Permanently deleted product' : 'Deleted product' });
			}
		}
		// Customers (role customer unless filter[role], by registration) and webhooks (newest first), paged like products.
		if (route === 'customers' && ctx.method === 'GET') {
			// WC_API_Customers::query_customers: role "customer" unless filter[role] names another, or "all".
			const role = filter.get('role') || 'customer';
			const items = [...store.customers.values()].filter((c) => role === 'all' || c.role === role).sort((a, b) => a.date_created - b.date_created || a.id - b.id);
			return pageOf(items, 'customers', customerOut, 'customers');
		}
		if (route === 'webhooks' && ctx.method === 'GET') {
			const items = [...store.webhooks.values()].sort((a, b) => b.date_created - a.date_created || b.id - a.id);
			return pageOf(items, 'webhooks', webhookOut, 'webhooks');
		}
		// HPOS: the plugin sees no orders.
		if (route === 'orders' && ctx.method === 'GET') return out(200, { orders: [] }, listHeaders(0, limit, page, 'orders'));
		if (route === 'orders/count' && ctx.method === 'GET') return out(200, { count: 0 });
		if (/^orders\/\d+$/.test(route)) throw new LegacyError('woocommerce_api_invalid_order', 'Invalid order', 404);
		throw noRoute;
	} catch (e) {
		if (e instanceof LegacyError) return error(e);
		throw e;
	}
}

module.exports = { legacy };
