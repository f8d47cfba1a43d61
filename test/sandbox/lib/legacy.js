'use strict';
// Legacy REST API plugin (wc-api/v1..v3, "WooCommerce Legacy REST API" 1.0.1) on an HPOS store:
// public index, products (list with filter[limit]/filter[q]/fields/page, count, get, create, update, delete),
// orders (always empty: the plugin does not see HPOS orders), JSONP, the plugin's own auth and error format.
const { captured, withHome, phpJson, ordered, isOnSale, gravatar } = require('./format');
const oauth = require('./oauth');
const { fmtDate } = require('./store');
const { sortItems } = require('./rest');
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

/** WC_API_Orders::get_order (main fields), from the REST record. */
function orderOut(sb, o) {
	const r = sb.internalGet(`orders/${o.id}`) || {};
	const c = r.customer_id ? sb.store.customers.get(r.customer_id) : null;
	const lines = (r.line_items || []).map((li) => ({
		id: li.id, subtotal: li.subtotal, subtotal_tax: li.subtotal_tax, total: li.total, total_tax: li.total_tax, price: String(li.price),
		quantity: li.quantity, tax_class: li.tax_class || null, name: li.name, product_id: li.variation_id || li.product_id, sku: li.sku, meta: [],
	}));
	return {
		id: r.id, order_number: String(r.number), order_key: r.order_key, created_at: iso(o.date_created), updated_at: iso(o.date_modified || o.date_created),
		completed_at: iso(o.date_completed), status: r.status, currency: r.currency, total: r.total, subtotal: lines.reduce((t, li) => t + Number(li.subtotal), 0).toFixed(2),
		total_line_items_quantity: lines.reduce((t, li) => t + Number(li.quantity), 0), total_tax: r.total_tax, total_shipping: r.shipping_total, cart_tax: r.cart_tax,
		shipping_tax: r.shipping_tax, total_discount: r.discount_total, shipping_methods: (r.shipping_lines || []).map((l) => l.method_title).join(', '),
		payment_details: { method_id: r.payment_method, method_title: r.payment_method_title, paid: !!r.date_paid },
		billing_address: address(BILLING, r.billing), shipping_address: address(BILLING.slice(0, -2), r.shipping), note: r.customer_note,
		customer_ip: r.customer_ip_address, customer_user_agent: r.customer_user_agent, customer_id: r.customer_id, view_order_url: `${sb.url}/my-account/view-order/${r.id}/`,
		line_items: lines, shipping_lines: [], tax_lines: [], fee_lines: [], coupon_lines: [], customer: c ? customerOut(c) : { id: 0, email: (r.billing || {}).email || '' },
	};
}

/** WC_API_Coupons::get_coupon, from the REST record. */
function couponOut(sb, c) {
	const r = sb.internalGet(`coupons/${c.id}`) || {};
	return {
		id: r.id, code: r.code, type: r.discount_type, created_at: iso(c.date_created), updated_at: iso(c.date_modified || c.date_created), amount: r.amount,
		individual_use: r.individual_use, product_ids: r.product_ids, exclude_product_ids: r.excluded_product_ids, usage_limit: r.usage_limit,
		usage_limit_per_user: r.usage_limit_per_user, limit_usage_to_x_items: r.limit_usage_to_x_items || 0, usage_count: r.usage_count,
		expiry_date: r.date_expires ? `${r.date_expires}Z` : null, enable_free_shipping: r.free_shipping, product_category_ids: r.product_categories,
		exclude_product_category_ids: r.excluded_product_categories, exclude_sale_items: r.exclude_sale_items, minimum_amount: r.minimum_amount,
		maximum_amount: r.maximum_amount, customer_emails: r.email_restrictions, description: r.description,
	};
}

/** Legacy request bodies under their REST names (the plugin maps them the same way onto the WC objects). */
const REST_NAMES = {
	product: { title: 'name' },
	customer: { billing_address: 'billing', shipping_address: 'shipping' },
	order: { billing_address: 'billing', shipping_address: 'shipping', note: 'customer_note' },
	coupon: { type: 'discount_type', enable_free_shipping: 'free_shipping', expiry_date: 'date_expires', customer_emails: 'email_restrictions', product_category_ids: 'product_categories', exclude_product_category_ids: 'excluded_product_categories', exclude_product_ids: 'excluded_product_ids' },
};
function restBody(kind, data) {
	const names = REST_NAMES[kind] || {};
	const out = {};
	for (const [k, v] of Object.entries(data)) {
		if (kind === 'product' && (k === 'categories' || k === 'tags') && Array.isArray(v)) out[k] = v.map((id) => ({ id: Number(id) }));
		else out[names[k] || k] = v;
	}
	return out;
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
		const offset = filter.get('offset') !== undefined ? Number(filter.get('offset')) : undefined;
		// WP_Query counts the matches only when the page has some: a page past the end says X-WC-Total 0 (found_posts).
		// WP_User_Query counts them on every page.
		const pageOf = (items, key, format, routePath, { countsEmptyPages = false } = {}) => {
			const start = offset !== undefined ? offset : (page - 1) * limit;
			const slice = limit === -1 ? items : items.slice(start, start + limit);
			const total = slice.length === 0 && !countsEmptyPages ? 0 : items.length;
			return out(200, { [key]: slice.map((x) => pickFields(format(x), q.get('fields'))) }, listHeaders(total, limit === -1 ? Math.max(1, total) : limit, page, routePath));
		};
		// WP_Query's orderby keys are case-sensitive ('id' is ignored: date DESC); date ties come back in another order per page.
		const POST_KEYS = { ID: 'id', date: 'date', modified: 'modified', title: 'title', name: 'slug', menu_order: 'menu_order' };
		const postOrder = (items, keyOf) => {
			let orderby = POST_KEYS[filter.get('orderby')] || 'date';
			const meta = filter.get('orderby_meta_key');
			if (filter.get('orderby') === 'meta_value_num' && meta) orderby = `meta:${meta}`;
			const order = String(filter.get('order') || 'DESC').toLowerCase() === 'asc' ? 'asc' : 'desc';
			// Ties newest ID first, as the captures show it (page 1, and page 5 of a small catalogue in 179); on later pages of
			// a large list, ties shuffle like MySQL's sort did on the real store with 1,000 products.
			const compare = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
			if ((page === 1 && offset === undefined) || items.length <= 100) return items.slice().sort((a, b) => (order === 'asc' ? 1 : -1) * (compare(keyOf(a, orderby), keyOf(b, orderby)) || a.id - b.id));
			return sortItems(items, { orderby, order, page, keyOf });
		};
		const inRange = (date, min, max) => (!min || date >= new Date(`${String(min).replace(/Z$/, '')}Z`)) && (!max || date <= new Date(`${String(max).replace(/Z$/, '')}Z`));
		const dated = (items) => items.filter((x) => inRange(x.date_created, filter.get('created_at_min'), filter.get('created_at_max')) && inRange(x.date_modified || x.date_created, filter.get('updated_at_min'), filter.get('updated_at_max')));
		const productKey = (p, key) => {
			if (key === 'id') return p.id;
			if (key === 'title') return p.name;
			if (key === 'slug') return p.slug;
			if (key === 'menu_order') return p.menu_order;
			if (key === 'modified') return Number(p.date_modified || p.date_created);
			if (key === 'meta:_price') return Number((sb.internalGet(`products/${p.id}`) || {}).price || 0);
			if (key === 'meta:total_sales') return p.total_sales;
			return Number(p.date_created);
		};
		const products = () => {
			let items = [...store.products.values()].filter((p) => p.type !== 'variation' && p.status !== 'trash');
			const status = filter.get('post_status') || 'publish';
			if (status !== 'any') items = items.filter((p) => p.status === status);
			const s = filter.get('q');
			if (s) items = items.filter((p) => [p.name, p.description, p.short_description].some((x) => String(x).toLowerCase().includes(String(s).toLowerCase())));
			if (filter.get('sku')) items = items.filter((p) => p.sku === filter.get('sku'));
			if (q.get('type')) items = items.filter((p) => p.type === q.get('type'));
			return dated(items);
		};

		if (route === 'products' && ctx.method === 'GET') {
			return pageOf(postOrder(products(), productKey), 'products', (p) => productOut(sb, p), 'products');
		}
		if (route === 'products/count' && ctx.method === 'GET') return out(200, { count: products().length });
		const writeAs = async (kind, method, restRoute, status, format, missing) => {
			if (!ctx.body || typeof ctx.body[kind] !== 'object' || ctx.body[kind] === null) throw new LegacyError(`woocommerce_api_missing_${kind}_data`, `No ${kind} data specified to ${missing} ${kind}`, 400);
			const r = await sb.internalWrite(method, restRoute, restBody(kind, ctx.body[kind]));
			if (r.error) throw new LegacyError(`woocommerce_api_${r.error.code.replace(/^woocommerce_rest_/, '')}`, r.error.message, r.status);
			return out(status, { [kind]: format(r.body.id) });
		};
		if (route === 'products' && ctx.method === 'POST') return await writeAs('product', 'POST', 'products', 201, (id) => productOut(sb, store.products.get(id)), 'create');
		const pm = /^products\/(\d+)$/.exec(route);
		if (pm) {
			const p = store.products.get(Number(pm[1]));
			if (!p || p.type === 'variation') throw new LegacyError('woocommerce_api_no_product_found', `No product found with the ID equal to ${pm[1]}`, 404);
			if (ctx.method === 'GET') return out(200, { product: pickFields(productOut(sb, p), q.get('fields')) });
			if (ctx.method === 'PUT' || ctx.method === 'POST') return await writeAs('product', 'PUT', `products/${p.id}`, 200, () => productOut(sb, p), 'edit');
			if (ctx.method === 'DELETE') {
				const force = ['true', '1'].includes(String(q.get('force')));
				await sb.internalWrite('DELETE', `products/${p.id}`, {}, force ? { force: 'true' } : {});
				return out(202, { message: force ? 'Permanently deleted product' : 'Deleted product' });
			}
		}

		// Customers: role customer unless filter[role] (all = every role), registration order unless filter[orderby].
		const USER_KEYS = { ID: 'id', registered: 'date', display_name: 'title' };
		const customers = () => {
			const role = filter.get('role') || 'customer';
			let items = [...store.customers.values()].filter((c) => role === 'all' || c.role === role);
			const s = filter.get('q');
			if (s) items = items.filter((c) => [c.email, c.username, c.first_name, c.last_name].some((x) => String(x || '').toLowerCase().includes(String(s).toLowerCase())));
			return items.filter((c) => inRange(c.date_created, filter.get('created_at_min'), filter.get('created_at_max')));
		};
		if (route === 'customers' && ctx.method === 'GET') {
			const key = USER_KEYS[filter.get('orderby')] || 'date';
			const order = String(filter.get('order') || 'ASC').toLowerCase() === 'desc' ? 'desc' : 'asc';
			const items = sortItems(customers(), { orderby: key, order, page, keyOf: (c, k) => (k === 'id' ? c.id : k === 'title' ? `${c.first_name} ${c.last_name}` : Number(c.date_created)) });
			return pageOf(items, 'customers', customerOut, 'customers', { countsEmptyPages: true });
		}
		if (route === 'customers/count' && ctx.method === 'GET') return out(200, { count: customers().length });
		if (route === 'customers' && ctx.method === 'POST') return await writeAs('customer', 'POST', 'customers', 201, (id) => customerOut(store.customers.get(id)), 'create');
		const em = /^customers\/email\/(.+)$/.exec(route);
		if (em && ctx.method === 'GET') {
			const email = decodeURIComponent(em[1]).toLowerCase();
			const c = [...store.customers.values()].find((x) => String(x.email).toLowerCase() === email);
			if (!c) throw new LegacyError('woocommerce_api_invalid_customer_email', 'Invalid customer email', 404);
			return out(200, { customer: pickFields(customerOut(c), q.get('fields')) });
		}
		const cm = /^customers\/(\d+)$/.exec(route);
		if (cm) {
			const c = store.customers.get(Number(cm[1]));
			if (!c) throw new LegacyError('woocommerce_api_invalid_customer', 'Invalid customer', 404);
			if (ctx.method === 'GET') return out(200, { customer: pickFields(customerOut(c), q.get('fields')) });
			if (ctx.method === 'PUT') return await writeAs('customer', 'PUT', `customers/${c.id}`, 200, () => customerOut(c), 'edit');
			if (ctx.method === 'DELETE') {
				await sb.internalWrite('DELETE', `customers/${c.id}`, {}, { force: 'true' });
				return out(200, { message: 'Permanently deleted customer' });
			}
		}

		// Coupons (posts: ID order asc unless filter[orderby]).
		const coupons = () => {
			const s = filter.get('q');
			const items = [...store.coupons.values()].filter((c) => c.status !== 'trash' && (!s || String(c.code).includes(String(s).toLowerCase())));
			return dated(items);
		};
		if (route === 'coupons' && ctx.method === 'GET') {
			return pageOf(postOrder(coupons(), (c, k) => (k === 'id' ? c.id : Number(c.date_created))), 'coupons', (c) => couponOut(sb, c), 'coupons');
		}
		if (route === 'coupons/count' && ctx.method === 'GET') return out(200, { count: coupons().length });
		if (route === 'coupons' && ctx.method === 'POST') return await writeAs('coupon', 'POST', 'coupons', 201, (id) => couponOut(sb, store.coupons.get(id)), 'create');
		const byCode = /^coupons\/code\/(.+)$/.exec(route);
		if (byCode && ctx.method === 'GET') {
			const code = decodeURIComponent(byCode[1]).toLowerCase();
			const c = [...store.coupons.values()].find((x) => x.code === code && x.status !== 'trash');
			if (!c) throw new LegacyError('woocommerce_api_invalid_coupon_code', 'Invalid coupon code', 404);
			return out(200, { coupon: pickFields(couponOut(sb, c), q.get('fields')) });
		}
		const km = /^coupons\/(\d+)$/.exec(route);
		if (km) {
			const c = store.coupons.get(Number(km[1]));
			if (!c || c.status === 'trash') throw new LegacyError('woocommerce_api_invalid_coupon_id', 'Invalid coupon ID', 404);
			if (ctx.method === 'GET') return out(200, { coupon: pickFields(couponOut(sb, c), q.get('fields')) });
			if (ctx.method === 'PUT') return await writeAs('coupon', 'PUT', `coupons/${c.id}`, 200, () => couponOut(sb, c), 'edit');
			if (ctx.method === 'DELETE') {
				const force = ['true', '1'].includes(String(q.get('force')));
				await sb.internalWrite('DELETE', `coupons/${c.id}`, {}, force ? { force: 'true' } : {});
				return out(202, { message: force ? 'Permanently deleted coupon' : 'Deleted coupon' });
			}
		}

		if (route === 'webhooks' && ctx.method === 'GET') {
			const items = [...store.webhooks.values()].sort((a, b) => b.date_created - a.date_created || b.id - a.id);
			return pageOf(items, 'webhooks', webhookOut, 'webhooks');
		}

		// Orders: under HPOS (sb.settings.hpos, the default) the plugin sees none; with the posts table it lists them.
		const orders = () => {
			if (sb.settings.hpos !== false) return [];
			const status = q.get('status');
			const wanted = status && status !== 'any' ? String(status).split(',').map((x) => x.replace(/^wc-/, '')) : null;
			const customer = filter.get('customer_id');
			const items = [...store.orders.values()].filter((o) => o.type === 'order' && o.status !== 'trash' && (!wanted || wanted.includes(o.status)) && (!customer || o.customer_id === Number(customer)));
			return dated(items);
		};
		if (route === 'orders' && ctx.method === 'GET') return pageOf(postOrder(orders(), (o, k) => (k === 'id' ? o.id : Number(o.date_created))), 'orders', (o) => orderOut(sb, o), 'orders');
		if (route === 'orders/count' && ctx.method === 'GET') return out(200, { count: orders().length });
		const om = /^orders\/(\d+)$/.exec(route);
		if (om) {
			const o = sb.settings.hpos !== false ? null : store.orders.get(Number(om[1]));
			if (!o || o.type !== 'order') throw new LegacyError('woocommerce_api_invalid_order', 'Invalid order', 404);
			if (ctx.method === 'GET') return out(200, { order: pickFields(orderOut(sb, o), q.get('fields')) });
			if (ctx.method === 'PUT' || ctx.method === 'POST') return await writeAs('order', 'PUT', `orders/${o.id}`, 200, () => orderOut(sb, o), 'edit');
		}
		// Order notes (WC_API_Orders::get_order_notes / create_order_note), under the same HPOS rule.
		const nm = /^orders\/(\d+)\/notes$/.exec(route);
		if (nm) {
			const o = sb.settings.hpos !== false ? null : store.orders.get(Number(nm[1]));
			if (!o || o.type !== 'order') throw new LegacyError('woocommerce_api_invalid_order_id', 'Invalid order ID', 404);
			const noteOut = (n) => ({ id: n.id, created_at: `${String(n.date_created_gmt).replace(/Z$/, '')}Z`, note: n.note, customer_note: n.customer_note });
			if (ctx.method === 'GET') {
				const notes = (sb.internalGet(`orders/${o.id}/notes`) || []).map(noteOut);
				return out(200, { order_notes: notes.map((n) => pickFields(n, q.get('fields'))) });
			}
			if (ctx.method === 'POST') {
				const data = ctx.body && ctx.body.order_note;
				if (!data || typeof data !== 'object') throw new LegacyError('woocommerce_api_missing_order_note_data', 'No order note data specified to create order note', 400);
				if (!data.note) throw new LegacyError('woocommerce_api_invalid_order_note', 'Order note is required', 400);
				const r = await sb.internalWrite('POST', `orders/${o.id}/notes`, { note: data.note, customer_note: ['true', '1', true, 1].includes(data.customer_note) });
				if (r.error) throw new LegacyError(`woocommerce_api_${r.error.code.replace(/^woocommerce_rest_/, '')}`, r.error.message, r.status);
				return out(201, { order_note: noteOut(r.body) });
			}
		}
		throw noRoute;
	} catch (e) {
		if (e instanceof LegacyError) return error(e);
		throw e;
	}
}

module.exports = { legacy };
