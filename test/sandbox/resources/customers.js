'use strict';
// customers, customers/{id}/downloads ; coupons
const { registerCrud, itemLinks } = require('../lib/crud');
const { RestError } = require('../lib/rest');
const { fmtDate, money, parseDate } = require('../lib/store');
const { ordered, gravatar } = require('../lib/format');

const BILLING = ['first_name', 'last_name', 'company', 'address_1', 'address_2', 'city', 'postcode', 'country', 'state', 'email', 'phone'];
const SHIPPING = ['first_name', 'last_name', 'company', 'address_1', 'address_2', 'city', 'postcode', 'country', 'state', 'phone'];
const addr = (keys, src = {}, prev = {}) => Object.fromEntries(keys.map((k) => [k, src[k] !== undefined ? String(src[k]) : prev[k] !== undefined ? prev[k] : '']));

function register(router, sb) {
	const store = sb.store;
	const fire = (res, event, id) => sb.hooks.fire(res, event, id);

	registerCrud(router, {
		base: 'customers', postTypeLabel: 'customer',
		map: () => store.customers,
		invalidId: ['wc_user_invalid_id', 'Invalid user ID.'],
		updateInvalidCode: 'woocommerce_rest_invalid_id', updateInvalidMessage: 'Invalid resource ID.', updateInvalidStatus: 400,
		existsCode: 'woocommerce_rest_customer_exists', postType: 'customer',
		trash: '501', trashMessage: 'Customers do not support trashing.',
		bodyArgs: { email: { type: 'string', format: 'email' }, first_name: { type: 'string' }, last_name: { type: 'string' }, billing: { type: 'object' }, shipping: { type: 'object' } },
		orderbyEnum: ['id', 'include', 'name', 'registered_date'], defaultOrderby: 'name', defaultOrder: 'asc',
		keyOf: (c, ob) => (ob === 'name' ? c.username.toLowerCase() : ob === 'registered_date' ? +c.date_created : undefined),
		listArgs: {
			email: { type: 'string' },
			role: { type: 'string', enum: ['all', 'administrator', 'editor', 'author', 'contributor', 'subscriber', 'customer', 'shop_manager'], default: 'customer' },
		},
		filter: (items, a) => {
			if (a.role !== 'all') items = items.filter((c) => c.role === a.role);
			if (a.email) items = items.filter((c) => c.email.toLowerCase() === a.email.toLowerCase());
			if (a.search) {
				const s = a.search.toLowerCase().replace(/\*/g, '');
				items = items.filter((c) => [c.email, c.username, c.first_name, c.last_name].some((x) => String(x).toLowerCase().includes(s)));
			}
			return items;
		},
		format: (c, ctx) => ordered('customer', {
			id: c.id, date_created: fmtDate(c.date_created), date_created_gmt: fmtDate(c.date_created), date_modified: fmtDate(c.date_modified),
			date_modified_gmt: fmtDate(c.date_modified), email: c.email, first_name: c.first_name, last_name: c.last_name, role: c.role, username: c.username,
			billing: addr(BILLING, c.billing), shipping: addr(SHIPPING, c.shipping), is_paying_customer: c.is_paying_customer, avatar_url: gravatar(c.email),
			meta_data: c.meta_data, _links: itemLinks(ctx, 'customers', c.id),
		}),
		create: (body) => {
			if (!body.email) throw new RestError('rest_missing_callback_param', 'Missing parameter(s): email', 400, { params: ['email'] });
			const email = String(body.email).trim();
			if ([...store.customers.values()].some((c) => c.email.toLowerCase() === email.toLowerCase())) {
				throw new RestError('registration-error-email-exists', `An account is already registered with ${email}. Please log in or use a different email address.`, 400);
			}
			let username = body.username ? String(body.username) : email.split('@')[0].replace(/[^a-z0-9_.-]/gi, '').toLowerCase();
			if (body.username && [...store.customers.values()].some((c) => c.username === username)) {
				throw new RestError('registration-error-username-exists', 'An account is already registered with that username. Please choose another.', 400);
			}
			let n = 1;
			const base = username;
			while ([...store.customers.values()].some((c) => c.username === username)) username = `${base}${n++}`;
			const now = store.now();
			const c = {
				id: store.next('user'), date_created: now, date_modified: now, email, first_name: body.first_name || '', last_name: body.last_name || '',
				role: 'customer', username, billing: addr(BILLING, body.billing), shipping: addr(SHIPPING, body.shipping), is_paying_customer: false, meta_data: [],
			};
			// wc_create_new_customer generates a password when none is given, and flags it for the "change your password" nag.
			if (!body.password) c.meta_data.push({ id: store.next('meta'), key: 'default_password_nag', value: '1' });
			if (Array.isArray(body.meta_data)) for (const m of body.meta_data) c.meta_data.push({ id: store.next('meta'), key: m.key, value: m.value });
			store.customers.set(c.id, c);
			fire('customer', 'created', c.id);
			fire('customer', 'updated', c.id);
			return c;
		},
		update: (c, body) => {
			const emailChanges = body.email !== undefined && body.email !== c.email;
			if (emailChanges && [...store.customers.values()].some((x) => x.id !== c.id && x.email.toLowerCase() === String(body.email).toLowerCase())) {
				throw new RestError('woocommerce_rest_customer_invalid_email', 'Email address is invalid.', 400);
			}
			// WC_REST_Customers_V2_Controller::update_item: a non-empty username other than the current one is refused
			// (before anything is saved).
			if (body.username !== undefined && body.username !== null && body.username !== '' && String(body.username) !== c.username) {
				throw new RestError('woocommerce_rest_customer_invalid_argument', "Username isn't editable.", 400);
			}
			if (emailChanges) c.email = String(body.email);
			for (const f of ['first_name', 'last_name']) if (body[f] !== undefined) c[f] = String(body[f]);
			if (body.billing) c.billing = addr(BILLING, body.billing, c.billing);
			if (body.shipping) c.shipping = addr(SHIPPING, body.shipping, c.shipping);
			if (Array.isArray(body.meta_data)) {
				for (const m of body.meta_data) {
					const ex = c.meta_data.find((x) => x.key === m.key);
					if (ex) ex.value = m.value;
					else c.meta_data.push({ id: store.next('meta'), key: m.key, value: m.value });
				}
			}
			c.date_modified = store.now();
			fire('customer', 'updated', c.id);
			return c;
		},
		// wc_rest_check_user_permissions fails for a user that does not exist (any more).
		itemPermitted: (params) => store.customers.has(Number(params.id)),
		remove: (c) => {
			store.customers.delete(c.id);
			fire('customer', 'deleted', c.id);
		},
	});
	router.route('customers/(?<customer_id>[\\d]+)/downloads', {
		GET: {
			perm: 'list',
			handler: (ctx, params) => {
				const c = store.customers.get(Number(params.customer_id));
				if (!c) throw new RestError('woocommerce_rest_customer_invalid_id', 'Invalid resource ID.', 404);
				return { status: 200, body: store.downloads.filter((d) => d.customer_id === c.id).map(({ customer_id, ...d }) => d) };
			},
		},
	});

	// Coupons.
	const COUPON_BODY = { code: { type: 'string' }, amount: { type: 'string' }, discount_type: { type: 'string', enum: ['percent', 'fixed_cart', 'fixed_product'] }, minimum_amount: { type: 'string' }, maximum_amount: { type: 'string' }, usage_limit: { type: ['integer', 'null'] }, individual_use: { type: 'boolean' }, date_expires: { type: ['null', 'string'] }, date_expires_gmt: { type: ['null', 'string'] } };
	const FIELDS = ['description', 'individual_use', 'product_ids', 'excluded_product_ids', 'usage_limit', 'usage_limit_per_user', 'limit_usage_to_x_items', 'free_shipping',
		'product_categories', 'excluded_product_categories', 'exclude_sale_items', 'email_restrictions', 'discount_type', 'status'];
	const couponApply = (c, body) => {
		for (const f of FIELDS) if (body[f] !== undefined) c[f] = body[f];
		if (body.amount !== undefined) c.amount = money(body.amount);
		if (body.minimum_amount !== undefined) c.minimum_amount = money(body.minimum_amount);
		if (body.maximum_amount !== undefined) c.maximum_amount = money(body.maximum_amount);
		// set_date_expires(date_expires) then, when sent, set_date_expires(strtotime(date_expires_gmt)): the store timezone
		// is UTC, so both fields hold the same instant; an offset in the string is honoured; '' / null clears it.
		const expires = (v) => {
			if (v === null || v === '' || v === 0 || v === '0') return null;
			const d = parseDate(/^\d{4}-\d{2}-\d{2}$/.test(String(v)) ? `${v}T00:00:00` : v);
			return d ? fmtDate(d) : null;
		};
		if (body.date_expires !== undefined) c.date_expires = expires(body.date_expires);
		if (body.date_expires_gmt !== undefined) c.date_expires = expires(body.date_expires_gmt);
		c.date_expires_gmt = c.date_expires;
		if (Array.isArray(body.meta_data)) for (const m of body.meta_data) c.meta_data.push({ id: store.next('meta'), key: m.key, value: m.value });
	};
	const couponCode = (s) => String(s).trim().toLowerCase();
	registerCrud(router, {
		base: 'coupons', postType: 'shop_coupon', postTypeLabel: 'coupon',
		map: () => store.coupons,
		invalidId: ['woocommerce_rest_shop_coupon_invalid_id', 'Invalid ID.'],
		trash: 'trash', bodyArgs: COUPON_BODY,
		listArgs: { code: { type: 'string' } },
		filter: (items, a) => {
			items = items.filter((c) => c.status !== 'trash');
			if (a.code) items = items.filter((c) => c.code === couponCode(a.code));
			if (a.search) items = items.filter((c) => c.code.includes(a.search.toLowerCase()) || c.description.toLowerCase().includes(a.search.toLowerCase()));
			return items;
		},
		format: (c, ctx) => ordered('coupon', {
			id: c.id, code: c.code, amount: c.amount, status: c.status, date_created: fmtDate(c.date_created), date_created_gmt: fmtDate(c.date_created),
			date_modified: fmtDate(c.date_modified), date_modified_gmt: fmtDate(c.date_modified), discount_type: c.discount_type, description: c.description,
			date_expires: c.date_expires, date_expires_gmt: c.date_expires_gmt !== undefined ? c.date_expires_gmt : c.date_expires, usage_count: c.usage_count, individual_use: c.individual_use, product_ids: c.product_ids,
			excluded_product_ids: c.excluded_product_ids, usage_limit: c.usage_limit, usage_limit_per_user: c.usage_limit_per_user,
			limit_usage_to_x_items: c.limit_usage_to_x_items, free_shipping: c.free_shipping, product_categories: c.product_categories,
			excluded_product_categories: c.excluded_product_categories, exclude_sale_items: c.exclude_sale_items, minimum_amount: c.minimum_amount,
			maximum_amount: c.maximum_amount, email_restrictions: c.email_restrictions, used_by: [], meta_data: c.meta_data, _links: itemLinks(ctx, 'coupons', c.id),
		}),
		create: (body) => {
			if (!body.code) throw new RestError('rest_missing_callback_param', 'Missing parameter(s): code', 400, { params: ['code'] });
			const code = couponCode(body.code);
			if ([...store.coupons.values()].some((c) => c.code === code && c.status !== 'trash')) throw new RestError('woocommerce_rest_coupon_code_already_exists', 'The coupon code already exists', 400);
			const now = store.now();
			const c = {
				id: store.next('post'), code, amount: '0.00', status: 'publish', date_created: now, date_modified: now, discount_type: 'fixed_cart', description: '',
				date_expires: null, usage_count: 0, individual_use: false, product_ids: [], excluded_product_ids: [], usage_limit: null, usage_limit_per_user: null,
				limit_usage_to_x_items: null, free_shipping: false, product_categories: [], excluded_product_categories: [], exclude_sale_items: false,
				minimum_amount: '0.00', maximum_amount: '0.00', email_restrictions: [], meta_data: [],
			};
			couponApply(c, body);
			store.coupons.set(c.id, c);
			fire('coupon', 'created', c.id);
			return c;
		},
		update: (c, body) => {
			if (body.code !== undefined) {
				const code = couponCode(body.code);
				if ([...store.coupons.values()].some((x) => x.id !== c.id && x.code === code && x.status !== 'trash')) throw new RestError('woocommerce_rest_coupon_code_already_exists', 'The coupon code already exists', 400);
				c.code = code;
			}
			couponApply(c, body);
			c.date_modified = store.now();
			fire('coupon', 'updated', c.id);
			return c;
		},
		remove: (c, { force }) => {
			if (force) store.coupons.delete(c.id);
			else {
				c.status = 'trash';
				fire('coupon', 'deleted', c.id);
			}
		},
	});
}

module.exports = { register };
