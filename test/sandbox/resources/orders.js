'use strict';
// orders, orders/{id}/notes, orders/{id}/refunds, refunds
const crypto = require('crypto');
const { registerCrud, itemLinks } = require('../lib/crud');
const { RestError, validateArgs } = require('../lib/rest');
const { fmtDate, money } = require('../lib/store');
const { ordered } = require('../lib/format');
const { isOnSale } = require('./products');

const STATUSES = { pending: 'Pending payment', processing: 'Processing', 'on-hold': 'On hold', completed: 'Completed', cancelled: 'Cancelled', refunded: 'Refunded', failed: 'Failed', 'checkout-draft': 'Draft' };
/** wc_get_order_statuses() of this store: the core ones, then those registered with store.registerOrderStatus(). */
function orderStatuses(store) {
	const out = { ...STATUSES };
	if (store && store.customOrderStatuses) for (const [slug, label] of store.customOrderStatuses) out[slug] = label;
	return out;
}
const ADDRESS_B = ['first_name', 'last_name', 'company', 'address_1', 'address_2', 'city', 'state', 'postcode', 'country', 'email', 'phone'];
const ADDRESS_S = ['first_name', 'last_name', 'company', 'address_1', 'address_2', 'city', 'state', 'postcode', 'country', 'phone'];

function address(keys, src = {}, prev = {}) {
	const o = {};
	for (const k of keys) o[k] = src[k] !== undefined ? String(src[k]) : prev[k] !== undefined ? prev[k] : '';
	return o;
}

function register(router, sb) {
	const store = sb.store;
	const fire = (event, id) => sb.hooks.fire('order', event, id);
	const itemId = () => store.next('item');
	const statuses = () => orderStatuses(store);

	const lineItem = (li, prev) => {
		const product = store.products.get(Number(li.variation_id || li.product_id));
		const parent = product && product.type === 'variation' ? store.products.get(product.parent_id) : null;
		const qty = Number(li.quantity !== undefined ? li.quantity : prev ? prev.quantity : 1);
		const unit = li.price !== undefined ? Number(li.price) : product ? Number(isOnSale(product) ? product.sale_price : product.regular_price || 0) : prev ? prev.price : 0;
		const subtotal = li.subtotal !== undefined ? Number(li.subtotal) : unit * qty;
		const total = li.total !== undefined ? Number(li.total) : subtotal;
		const attrs = product && product.type === 'variation' ? product.attributes : [];
		return {
			id: prev ? prev.id : itemId(),
			name: li.name || (product ? (parent ? `${parent.name} - ${attrs.map((a) => a.option).join(', ')}` : product.name) : prev ? prev.name : ''),
			product_id: parent ? parent.id : product ? product.id : Number(li.product_id || 0),
			variation_id: parent ? product.id : 0,
			quantity: qty, tax_class: '', subtotal: money(subtotal), subtotal_tax: '0.00', total: money(total), total_tax: '0.00', taxes: [],
			meta_data: attrs.map((a) => ({ id: store.next('meta') + 20, key: a.id ? a.slug : a.name.toLowerCase(), value: a.option, display_key: a.name, display_value: a.option })),
			sku: product ? product.sku : '', price: qty ? total / qty : 0, image: { id: parent ? 0 : '', src: '' }, parent_name: parent ? parent.name : null,
		};
	};

	const recalc = (o) => {
		const items = o.line_items.reduce((s, li) => s + Number(li.total), 0);
		const ship = o.shipping_lines.reduce((s, l) => s + Number(l.total), 0);
		const fees = o.fee_lines.reduce((s, l) => s + Number(l.total), 0);
		o.shipping_total = money(ship);
		o.total = money(items + ship + fees - Number(o.discount_total));
	};

	const addNote = (o, note, customer = false) => {
		const c = { id: store.next('comment'), type: 'order_note', order_id: o.id, date_created: store.now(), note, customer_note: customer, author: 'WooCommerce' };
		store.comments.set(c.id, c);
		return c;
	};

	const setStatus = (o, status) => {
		if (!status || status === o.status) return;
		const from = o.status;
		o.status = status;
		if (status === 'completed') o.date_completed = store.now();
		if (['processing', 'completed', 'on-hold'].includes(status) && !o.stockReduced) {
			o.stockReduced = true;
			const parts = [];
			for (const li of o.line_items) {
				const p = store.products.get(li.variation_id || li.product_id);
				if (p && p.manage_stock && p.stock_quantity !== null) {
					parts.push(`${li.name} (${p.sku}) ${p.stock_quantity}&rarr;${p.stock_quantity - li.quantity}`);
					p.stock_quantity -= li.quantity;
					// The item's _reduced_stock meta (hidden): what a refund with api_restock may put back.
					o.reducedStock = o.reducedStock || {};
					o.reducedStock[li.id] = li.quantity;
				}
				if (p) p.total_sales += li.quantity;
			}
			if (parts.length) addNote(o, `Stock levels reduced: ${parts.join(', ')}`);
		}
		const labels = statuses();
		if (from && labels[from] && labels[status]) addNote(o, `Order status changed from ${labels[from]} to ${labels[status]}.`);
	};

	const apply = (o, body, creating) => {
		for (const f of ['payment_method', 'payment_method_title', 'transaction_id', 'customer_note', 'currency', 'created_via', 'customer_ip_address', 'customer_user_agent']) if (body[f] !== undefined) o[f] = String(body[f]);
		if (body.customer_id !== undefined) o.customer_id = Number(body.customer_id);
		if (body.parent_id !== undefined) o.parent_id = Number(body.parent_id);
		if (body.billing) o.billing = address(ADDRESS_B, body.billing, o.billing);
		if (body.shipping) o.shipping = address(ADDRESS_S, body.shipping, o.shipping);
		if (Array.isArray(body.line_items)) {
			for (const li of body.line_items) {
				const prev = li.id ? o.line_items.find((x) => x.id === Number(li.id)) : null;
				if (prev && Number(li.quantity) === 0) o.line_items = o.line_items.filter((x) => x !== prev);
				else if (prev) Object.assign(prev, lineItem(li, prev));
				else o.line_items.push(lineItem(li));
			}
		}
		if (Array.isArray(body.shipping_lines)) {
			for (const l of body.shipping_lines) {
				o.shipping_lines.push({ id: itemId(), method_title: l.method_title || '', method_id: l.method_id || '', instance_id: l.instance_id || '', total: money(l.total || 0), total_tax: '0.00', taxes: [], tax_status: 'taxable', meta_data: [] });
			}
		}
		if (Array.isArray(body.fee_lines)) {
			for (const l of body.fee_lines) o.fee_lines.push({ id: itemId(), name: l.name || '', tax_class: '', tax_status: 'taxable', amount: money(l.total || 0), total: money(l.total || 0), total_tax: '0.00', taxes: [], meta_data: [] });
		}
		if (Array.isArray(body.coupon_lines)) {
			for (const l of body.coupon_lines) o.coupon_lines.push({ id: itemId(), code: String(l.code || '').toLowerCase(), discount: '0.00', discount_tax: '0.00', meta_data: [] });
		}
		if (Array.isArray(body.meta_data)) {
			for (const m of body.meta_data) {
				const ex = o.meta_data.find((x) => (m.id ? x.id === m.id : x.key === m.key));
				if (ex) ex.value = m.value;
				else o.meta_data.push({ id: store.next('meta'), key: m.key, value: m.value });
			}
		}
		recalc(o);
		if (body.status !== undefined) setStatus(o, body.status);
		if (body.set_paid === true || body.set_paid === 'true') {
			if (['pending', 'on-hold', 'failed', 'cancelled'].includes(o.status)) {
				o.date_paid = store.now();
				setStatus(o, 'processing');
			}
		}
		if (creating && body.status === undefined && !o.status) o.status = 'pending';
	};

	const format = (o, ctx) => {
		const refunds = [...store.orders.values()].filter((r) => r.type === 'refund' && r.parent_id === o.id).sort((a, b) => b.id - a.id);
		const out = ordered('order', {
			id: o.id, parent_id: o.parent_id, status: o.status, currency: o.currency, version: '10.0.2', prices_include_tax: false,
			date_created: fmtDate(o.date_created), date_modified: fmtDate(o.date_modified), discount_total: o.discount_total, discount_tax: '0.00',
			shipping_total: o.shipping_total, shipping_tax: '0.00', cart_tax: '0.00', total: o.total, total_tax: '0.00', customer_id: o.customer_id,
			order_key: o.order_key, billing: o.billing, shipping: o.shipping, payment_method: o.payment_method, payment_method_title: o.payment_method_title,
			transaction_id: o.transaction_id, customer_ip_address: o.customer_ip_address, customer_user_agent: o.customer_user_agent, created_via: o.created_via,
			customer_note: o.customer_note, date_completed: fmtDate(o.date_completed), date_paid: fmtDate(o.date_paid), cart_hash: '', number: String(o.id),
			meta_data: o.meta_data, line_items: o.line_items, tax_lines: [], shipping_lines: o.shipping_lines, fee_lines: o.fee_lines, coupon_lines: o.coupon_lines,
			refunds: refunds.map((r) => ({ id: r.id, reason: r.reason, total: money(-Number(r.amount)) })),
			payment_url: `${ctx.home}/checkout/order-pay/${o.id}/?pay_for_order=true&key=${o.order_key}`,
			is_editable: ['pending', 'on-hold', 'auto-draft', 'checkout-draft'].includes(o.status), needs_payment: ['pending', 'failed'].includes(o.status) && Number(o.total) > 0,
			needs_processing: true, date_created_gmt: fmtDate(o.date_created), date_modified_gmt: fmtDate(o.date_modified), date_completed_gmt: fmtDate(o.date_completed),
			date_paid_gmt: fmtDate(o.date_paid), currency_symbol: '$',
		});
		out._links = itemLinks(ctx, 'orders', o.id, { email_templates: [{ embeddable: true, href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/orders/${o.id}/actions/email_templates` }] });
		if (o.customer_id) out._links.customer = [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/customers/${o.customer_id}` }];
		return out;
	};

	const orders = registerCrud(router, {
		base: 'orders', postType: 'shop_order', postTypeLabel: 'order',
		map: () => store.orders,
		visible: (o) => o.type === 'order',
		invalidId: ['woocommerce_rest_shop_order_invalid_id', 'Invalid ID.'],
		trash: 'trash', nestedFields: true,
		bodyArgs: { status: { type: 'string', get enum() { return [...Object.keys(statuses()), 'trash']; } }, customer_id: { type: 'integer' }, billing: { type: 'object' }, shipping: { type: 'object' }, line_items: { type: 'array', items: { type: 'object' } }, set_paid: { type: 'boolean' } },
		orderbyEnum: ['date', 'modified', 'id', 'include', 'title', 'slug'],
		listArgs: {
			status: { type: 'array', items: { type: 'string', get enum() { return ['any', 'trash', ...Object.keys(statuses())]; } }, default: ['any'] },
			customer: { type: 'integer' }, product: { type: 'integer' }, dp: { type: 'integer', default: 2 }, created_via: { type: 'string' },
			parent: { type: 'array', items: { type: 'integer' } },
		},
		filter: (items, a) => {
			const st = a.status || ['any'];
			items = items.filter((o) => (st.includes('any') ? o.status !== 'trash' && o.status !== 'checkout-draft' : st.includes(o.status)));
			if (a.customer !== undefined) items = items.filter((o) => o.customer_id === a.customer);
			if (a.product !== undefined) items = items.filter((o) => o.line_items.some((li) => li.product_id === a.product || li.variation_id === a.product));
			if (a.parent) items = items.filter((o) => a.parent.includes(o.parent_id));
			if (a.created_via) items = items.filter((o) => a.created_via.split(',').includes(o.created_via));
			if (a.search) {
				const s = a.search.toLowerCase();
				items = items.filter((o) => [o.billing.first_name, o.billing.last_name, o.billing.email, o.billing.company, o.shipping.first_name, o.shipping.last_name, String(o.id), ...o.line_items.map((l) => l.name)].some((x) => String(x).toLowerCase().includes(s)));
			}
			return items;
		},
		format: (o, ctx) => format(o, ctx),
		create: (body) => {
			const now = store.now();
			const o = {
				id: store.next('post'), type: 'order', parent_id: 0, status: '', currency: 'USD', date_created: now, date_modified: now, discount_total: '0.00',
				shipping_total: '0.00', total: '0.00', customer_id: 0, order_key: 'wc_order_' + crypto.randomBytes(12).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 13),
				billing: address(ADDRESS_B), shipping: address(ADDRESS_S), payment_method: '', payment_method_title: '', transaction_id: '', customer_ip_address: '',
				customer_user_agent: '', created_via: 'rest-api', customer_note: '', date_completed: null, date_paid: null, meta_data: [], line_items: [],
				shipping_lines: [], fee_lines: [], coupon_lines: [],
			};
			if (body.customer_id && !store.customers.has(Number(body.customer_id))) throw new RestError('woocommerce_rest_invalid_customer_id', 'Customer ID is invalid.', 400);
			const { status, set_paid, ...rest } = body;
			o.status = 'pending';
			apply(o, rest, true);
			store.orders.set(o.id, o);
			if (status !== undefined && status !== 'pending') setStatus(o, status);
			if (set_paid === true || set_paid === 'true') apply(o, { set_paid: true }, false);
			fire('created', o.id);
			fire('updated', o.id);
			return o;
		},
		update: (o, body) => {
			apply(o, body, false);
			o.date_modified = store.now();
			fire('updated', o.id);
			return o;
		},
		remove: (o, { force }) => {
			if (force) store.orders.delete(o.id);
			else {
				o.status = 'trash';
				fire('deleted', o.id);
			}
		},
	});

	// OPTIONS /orders: route description with the collection args and the item schema; status enums list every
	// registered order status (custom ones included), like get_order_statuses() in the real controller.
	sb.optionsBuilders = sb.optionsBuilders || {};
	sb.optionsBuilders.orders = (ctx) => {
		const slugs = Object.keys(statuses());
		const ctxProp = (extra) => ({ ...extra, context: ['view', 'edit'] });
		const addressProps = (keys) => Object.fromEntries(keys.map((k) => [k, ctxProp({ description: k.replace(/_/g, ' '), type: 'string' })]));
		return {
			namespace: ctx.ns || 'wc/v3',
			methods: ['GET', 'POST'],
			endpoints: [
				{
					methods: ['GET'],
					args: {
						context: { description: 'Scope under which the request is made; determines fields present in response.', type: 'string', enum: ['view', 'edit'], default: 'view', required: false },
						page: { description: 'Current page of the collection.', type: 'integer', default: 1, minimum: 1, required: false },
						per_page: { description: 'Maximum number of items to be returned in result set.', type: 'integer', default: 10, minimum: 1, maximum: 100, required: false },
						search: { description: 'Limit results to those matching a string.', type: 'string', required: false },
						after: { description: 'Limit response to resources published after a given ISO8601 compliant date.', type: 'string', format: 'date-time', required: false },
						before: { description: 'Limit response to resources published before a given ISO8601 compliant date.', type: 'string', format: 'date-time', required: false },
						modified_after: { description: 'Limit response to resources modified after a given ISO8601 compliant date.', type: 'string', format: 'date-time', required: false },
						modified_before: { description: 'Limit response to resources modified before a given ISO8601 compliant date.', type: 'string', format: 'date-time', required: false },
						dates_are_gmt: { description: 'Whether to consider GMT post dates when limiting response by published or modified date.', type: 'boolean', default: false, required: false },
						exclude: { description: 'Ensure result set excludes specific IDs.', type: 'array', items: { type: 'integer' }, default: [], required: false },
						include: { description: 'Limit result set to specific ids.', type: 'array', items: { type: 'integer' }, default: [], required: false },
						offset: { description: 'Offset the result set by a specific number of items.', type: 'integer', required: false },
						order: { description: 'Order sort attribute ascending or descending.', type: 'string', default: 'desc', enum: ['asc', 'desc'], required: false },
						orderby: { description: 'Sort collection by object attribute.', type: 'string', default: 'date', enum: ['date', 'modified', 'id', 'include', 'title', 'slug'], required: false },
						parent: { description: 'Limit result set to those of particular parent IDs.', type: 'array', items: { type: 'integer' }, default: [], required: false },
						parent_exclude: { description: 'Limit result set to all items except those of a particular parent ID.', type: 'array', items: { type: 'integer' }, default: [], required: false },
						status: { default: 'any', description: 'Limit result set to orders which have specific statuses.', type: 'array', items: { type: 'string', enum: ['any', 'trash', ...slugs] }, required: false },
						customer: { description: 'Limit result set to orders assigned a specific customer.', type: 'integer', required: false },
						product: { description: 'Limit result set to orders assigned a specific product.', type: 'integer', required: false },
						dp: { default: 2, description: 'Number of decimal points to use in each resource.', type: 'integer', required: false },
						created_via: { description: 'Limit result set to orders created via specific sources (e.g. checkout, admin).', type: 'array', items: { type: 'string' }, required: false },
					},
				},
				{
					methods: ['POST'],
					args: {
						parent_id: { description: 'Parent order ID.', type: 'integer', required: false },
						status: { default: 'pending', description: 'Order status.', type: 'string', enum: slugs, required: false },
						currency: { default: 'USD', description: 'Currency the order was created with, in ISO format.', type: 'string', required: false },
						customer_id: { default: 0, description: 'User ID who owns the order. 0 for guests.', type: 'integer', required: false },
						customer_note: { description: 'Note left by customer during checkout.', type: 'string', required: false },
						billing: { description: 'Billing address.', type: 'object', required: false },
						shipping: { description: 'Shipping address.', type: 'object', required: false },
						payment_method: { description: 'Payment method ID.', type: 'string', required: false },
						payment_method_title: { description: 'Payment method title.', type: 'string', required: false },
						transaction_id: { description: 'Unique transaction ID.', type: 'string', required: false },
						meta_data: { description: 'Meta data.', type: 'array', items: { type: 'object' }, required: false },
						line_items: { description: 'Line items data.', type: 'array', items: { type: 'object' }, required: false },
						shipping_lines: { description: 'Shipping lines data.', type: 'array', items: { type: 'object' }, required: false },
						fee_lines: { description: 'Fee lines data.', type: 'array', items: { type: 'object' }, required: false },
						coupon_lines: { description: 'Coupons line data.', type: 'array', items: { type: 'object' }, required: false },
						set_paid: { default: false, description: 'Define if the order is paid. It will set the status to processing and reduce stock items.', type: 'boolean', required: false },
					},
				},
			],
			schema: {
				$schema: 'http://json-schema.org/draft-04/schema#',
				title: 'shop_order',
				type: 'object',
				properties: {
					id: ctxProp({ description: 'Unique identifier for the resource.', type: 'integer', readonly: true }),
					parent_id: ctxProp({ description: 'Parent order ID.', type: 'integer' }),
					number: ctxProp({ description: 'Order number.', type: 'string', readonly: true }),
					order_key: ctxProp({ description: 'Order key.', type: 'string', readonly: true }),
					created_via: ctxProp({ description: 'Shows where the order was created.', type: 'string', readonly: true }),
					version: ctxProp({ description: 'Version of WooCommerce which last updated the order.', type: 'integer', readonly: true }),
					status: { description: 'Order status.', type: 'string', default: 'pending', enum: slugs, context: ['view', 'edit'] },
					currency: ctxProp({ description: 'Currency the order was created with, in ISO format.', type: 'string', default: 'USD' }),
					date_created: ctxProp({ description: "The date the order was created, in the site's timezone.", type: 'date-time', readonly: true }),
					date_modified: ctxProp({ description: "The date the order was last modified, in the site's timezone.", type: 'date-time', readonly: true }),
					total: ctxProp({ description: 'Grand total.', type: 'string', readonly: true }),
					customer_id: ctxProp({ description: 'User ID who owns the order. 0 for guests.', type: 'integer', default: 0 }),
					billing: ctxProp({ description: 'Billing address.', type: 'object', properties: addressProps(ADDRESS_B) }),
					shipping: ctxProp({ description: 'Shipping address.', type: 'object', properties: addressProps(ADDRESS_S) }),
					payment_method: ctxProp({ description: 'Payment method ID.', type: 'string' }),
					payment_method_title: ctxProp({ description: 'Payment method title.', type: 'string' }),
					transaction_id: ctxProp({ description: 'Unique transaction ID.', type: 'string' }),
					line_items: ctxProp({ description: 'Line items data.', type: 'array', items: { type: 'object' } }),
					set_paid: { description: 'Define if the order is paid. It will set the status to processing and reduce stock items.', type: 'boolean', default: false, context: ['edit'] },
				},
			},
			_links: { self: [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/orders` }] },
		};
	};

	// Notes: not paginated, date desc then id asc.
	const orderOr404 = (params) => {
		const o = store.orders.get(Number(params.order_id));
		if (!o || o.type !== 'order') throw new RestError('woocommerce_rest_order_invalid_id', 'Invalid order ID.', 404);
		return o;
	};
	const noteOut = (c, ctx) => ({
		id: c.id, author: c.author, date_created: fmtDate(c.date_created), date_created_gmt: fmtDate(c.date_created), note: c.note, customer_note: c.customer_note,
		_links: itemLinks(ctx, `orders/${c.order_id}/notes`, c.id, { up: [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/orders/${c.order_id}` }] }, ['GET', 'DELETE']),
	});
	router.route('orders/(?<order_id>[\\d]+)/notes', {
		GET: {
			perm: 'list',
			handler: (ctx, params) => {
				const a = validateArgs(ctx.query, { type: { type: 'string', enum: ['any', 'customer', 'internal'], default: 'any' } });
				const o = orderOr404(params);
				let notes = [...store.comments.values()].filter((c) => c.type === 'order_note' && c.order_id === o.id);
				if (a.type === 'customer') notes = notes.filter((c) => c.customer_note);
				if (a.type === 'internal') notes = notes.filter((c) => !c.customer_note);
				notes.sort((x, y) => y.date_created - x.date_created || x.id - y.id);
				return { status: 200, body: notes.map((c) => noteOut(c, ctx)) };
			},
		},
		POST: {
			perm: 'create', write: true,
			handler: (ctx, params) => {
				const o = orderOr404(params);
				if (!ctx.body.note) throw new RestError('woocommerce_rest_invalid_order_note', 'Cannot create order note, please provide a note.', 400);
				const c = addNote(o, String(ctx.body.note), ctx.body.customer_note === true || ctx.body.customer_note === 'true');
				if (ctx.body.added_by_user) c.author = 'admin';
				return { status: 201, headers: { Location: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/orders/${o.id}/notes/${c.id}` }, body: noteOut(c, ctx) };
			},
		},
	});
	router.route('orders/(?<order_id>[\\d]+)/notes/(?<id>[\\d]+)', {
		GET: {
			perm: 'view',
			handler: (ctx, params) => {
				const o = orderOr404(params);
				const c = store.comments.get(Number(params.id));
				if (!c || c.type !== 'order_note' || c.order_id !== o.id) throw new RestError('woocommerce_rest_invalid_id', 'Invalid resource ID.', 404);
				return { status: 200, body: noteOut(c, ctx) };
			},
		},
		DELETE: {
			perm: 'delete', write: true,
			handler: (ctx, params) => {
				const o = orderOr404(params);
				const c = store.comments.get(Number(params.id));
				if (!c || c.type !== 'order_note' || c.order_id !== o.id) throw new RestError('woocommerce_rest_invalid_id', 'Invalid resource ID.', 404);
				if (!['true', '1'].includes(String(ctx.query.force))) throw new RestError('woocommerce_rest_trash_not_supported', 'Webhooks do not support trashing.', 501);
				store.comments.delete(c.id);
				return { status: 200, body: noteOut(c, ctx) };
			},
		},
	});

	// Refunds (WC_REST_Order_Refunds_Controller + RestApiParameterUtil + wc_create_refund). api_refund and api_restock
	// default to true (any non-boolean counts as true). With api_refund the order's gateway must exist and support
	// "refunds", else 500 woocommerce_rest_cannot_create_order_refund with the gateway message (data: bare 500) and no
	// refund is kept. line_items: [{id, quantity, refund_total, refund_tax: [{id, refund_total}]}]; a missing amount is
	// the sum of refund_total + refund_tax when every one is numeric.
	const money4 = (n) => String(Math.round(n * 1e6) / 1e6);
	const refundOut = (r, ctx) => ordered('refund', {
		id: r.id, date_created: fmtDate(r.date_created), date_created_gmt: fmtDate(r.date_created), amount: money(r.amount), reason: r.reason,
		refunded_by: r.refunded_by, refunded_payment: !!r.refunded_payment, meta_data: r.meta_data || [], line_items: r.line_items, shipping_lines: [], tax_lines: r.tax_lines || [], fee_lines: [],
		_links: itemLinks(ctx, `orders/${r.parent_id}/refunds`, r.id, { up: [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/orders/${r.parent_id}` }] }, ['GET', 'DELETE']),
	});
	const isNumeric = (v) => (typeof v === 'number' && isFinite(v)) || (typeof v === 'string' && v.trim() !== '' && !isNaN(Number(v)));
	const refundLineItems = (raw) => {
		// Sequential [{id, ...}] -> keyed by item id (quantity -> qty, refund_tax [{id, refund_total}] -> {id: total}).
		if (!raw || typeof raw !== 'object') return {};
		const list = Array.isArray(raw) ? raw : Object.keys(raw).every((k, i) => String(i) === k) ? Object.values(raw) : null;
		if (!list) return raw;
		if (list.some((it) => !it || it.id === undefined)) return list;
		const out = {};
		for (const it of list) {
			const item = { ...it };
			if (item.quantity !== undefined && item.qty === undefined) item.qty = item.quantity;
			delete item.quantity;
			if (Array.isArray(item.refund_tax) && item.refund_tax.length && item.refund_tax.every((t) => t && t.id !== undefined && t.refund_total !== undefined)) {
				item.refund_tax = Object.fromEntries(item.refund_tax.map((t) => [String(t.id), t.refund_total]));
			}
			out[String(it.id)] = item;
			delete out[String(it.id)].id;
		}
		return out;
	};
	const gatewayRefund = (o) => {
		const gateway = (sb.paymentGateways ? sb.paymentGateways() : []).find((g) => g.id === o.payment_method);
		if (!gateway) return 'The payment gateway for this order does not exist.';
		if (!(gateway.method_supports || []).includes('refunds')) return 'The payment gateway for this order does not support automatic refunds.';
		const result = gateway.refundResult === undefined ? true : gateway.refundResult;
		if (result === false) return 'An error occurred while attempting to create the refund using the payment gateway API.';
		if (typeof result === 'string') return result;
		return null;
	};
	registerCrud(router, {
		base: 'orders/(?<order_id>[\\d]+)/refunds', postTypeLabel: 'refund', batch: false, rawLocation: true,
		map: () => store.orders,
		visible: (r, ctx, params) => r.type === 'refund' && r.parent_id === Number(params.order_id),
		invalidId: ['woocommerce_rest_shop_order_refund_invalid_id', 'Invalid ID.'],
		trash: '501', trashMessage: 'Refunds do not support trashing.',
		format: (r, ctx) => refundOut(r, ctx),
		create: (body, ctx, params) => {
			const o = store.orders.get(Number(params.order_id));
			if (!o || o.type !== 'order') throw new RestError('woocommerce_rest_invalid_order_id', 'Invalid order ID.', 404, 404);
			const apiRefund = typeof body.api_refund === 'boolean' ? body.api_refund : ['false', '0', 'no'].includes(String(body.api_refund)) ? false : true;
			const apiRestock = typeof body.api_restock === 'boolean' ? body.api_restock : ['false', '0', 'no'].includes(String(body.api_restock)) ? false : true;
			const lines = body.line_items && (Array.isArray(body.line_items) ? body.line_items.length : Object.keys(body.line_items).length) ? refundLineItems(body.line_items) : {};
			let amountRaw = body.amount;
			if (amountRaw === undefined || amountRaw === null) {
				const entries = Array.isArray(lines) ? [] : Object.values(lines);
				if (entries.length && entries.every((it) => isNumeric(it.refund_total) && (!it.refund_tax || Object.values(it.refund_tax).every(isNumeric)))) {
					amountRaw = String(entries.reduce((sum, it) => sum + Number(it.refund_total) + Object.values(it.refund_tax || {}).reduce((x, t) => x + Number(t), 0), 0));
				}
			}
			const amount = Number(amountRaw || 0);
			if (amount < 0) throw new RestError('woocommerce_rest_invalid_order_refund', 'Refund amount must be greater than zero.', 400, 400);
			const refunded = [...store.orders.values()].filter((r) => r.type === 'refund' && r.parent_id === o.id).reduce((sum, r) => sum + Number(r.amount), 0);
			const remaining = Number(o.total) - refunded;
			const id = store.next('post'); // the refund post exists (and is deleted again) even when the refund fails
			if (isNaN(amount) || amount > remaining + 1e-9) throw new RestError('woocommerce_rest_cannot_create_order_refund', 'Invalid refund amount.', 500, 500);
			const items = [];
			const taxTotals = new Map();
			if (!Array.isArray(lines)) {
				for (const src of o.line_items) {
					const li = lines[String(src.id)];
					if (!li) continue;
					const q = Number(li.qty || 0);
					const t = Number(li.refund_total || 0);
					const taxes = Object.entries(li.refund_tax || {}).filter(([, v]) => isNumeric(v)).map(([rid, v]) => [Number(rid), Number(v)]);
					if (!q && !t && !taxes.length) continue;
					const taxSum = taxes.reduce((x, [, v]) => x + v, 0);
					for (const [rid, v] of taxes) taxTotals.set(rid, (taxTotals.get(rid) || 0) + v);
					items.push({ ...src, id: store.next('item'), quantity: -q, subtotal: money(-t), subtotal_tax: money(-taxSum), total: money(-t), total_tax: money(-taxSum),
						taxes: taxes.map(([rid, v]) => ({ id: rid, total: money4(-v), subtotal: money4(-v) })), price: q ? t / q : 0,
						meta_data: [{ id: store.next('meta') + 50, key: '_refunded_item_id', value: String(src.id), display_key: '_refunded_item_id', display_value: String(src.id) }] });
				}
			}
			const taxLines = [...taxTotals.entries()].map(([rid, v]) => {
				const rate = store.taxes.get(rid);
				const code = rate ? [rate.country, rate.state, rate.name || 'TAX', rate.priority].map(String).join('-').toUpperCase() : '';
				return { id: store.next('item'), rate_code: code, rate_id: rid, label: rate ? rate.name || 'Tax' : '', compound: rate ? !!rate.compound : false, tax_total: money(-v),
					shipping_tax_total: '0.00', rate_percent: rate ? Number(rate.rate) : 0, meta_data: [] };
			});
			if (apiRefund) {
				const failure = gatewayRefund(o);
				if (failure) throw new RestError('woocommerce_rest_cannot_create_order_refund', failure, 500, 500);
			}
			const r = { id, type: 'refund', parent_id: o.id, date_created: store.now(), amount: money(amount), reason: body.reason || '', refunded_by: 1, line_items: items,
				tax_lines: taxLines, refunded_payment: apiRefund, meta_data: [] };
			if (Array.isArray(body.meta_data)) for (const m of body.meta_data) if (m && m.key !== undefined) r.meta_data.push({ id: store.next('meta'), key: m.key, value: m.value });
			store.orders.set(r.id, r);
			if (apiRestock && !Array.isArray(lines)) {
				// wc_restock_refunded_items: only items whose stock was reduced, with a qty, of a product managing stock.
				for (const src of o.line_items) {
					const li = lines[String(src.id)];
					const reduced = o.reducedStock ? o.reducedStock[src.id] || 0 : 0;
					const qty = li ? Number(li.qty || 0) : 0;
					const p = store.products.get(src.variation_id || src.product_id);
					if (!li || !reduced || !qty || !p || !p.manage_stock || p.stock_quantity === null) continue;
					const old = p.stock_quantity;
					p.stock_quantity = old + qty;
					if (p.manage_stock && p.stock_quantity > 0 && p.stock_status === 'outofstock') p.stock_status = 'instock';
					o.reducedStock[src.id] = reduced - qty;
					addNote(o, `Item #${p.id} stock increased from ${old} to ${p.stock_quantity}.`);
					sb.hooks.action(p.type === 'variation' ? 'woocommerce_variation_set_stock' : 'woocommerce_product_set_stock', p.id);
				}
			}
			if (!(remaining - amount > 1e-9)) setStatus(o, 'refunded');
			o.date_modified = store.now();
			fire('updated', o.id);
			return r;
		},
		remove: (r) => store.orders.delete(r.id),
	});
	router.route('refunds', {
		GET: {
			perm: 'list',
			handler: (ctx) => {
				const a = validateArgs(ctx.query, { page: { type: 'integer', minimum: 1, default: 1 }, per_page: { type: 'integer', minimum: 1, maximum: 100, default: 10 } });
				const all = [...store.orders.values()].filter((r) => r.type === 'refund').sort((x, y) => y.id - x.id);
				const { pagingHeaders } = require('../lib/rest');
				return { status: 200, headers: pagingHeaders(ctx, all.length, a.per_page, a.page, '/wc/v3/refunds'), body: all.slice((a.page - 1) * a.per_page, a.page * a.per_page).map((r) => ({ ...refundOut(r, ctx), parent_id: r.parent_id })) };
			},
		},
	});
	router.route('orders/statuses', {
		GET: { perm: 'list', handler: () => ({ status: 200, body: Object.fromEntries(Object.entries(statuses()).map(([k, v]) => [`wc-${k}`, v])) }) },
	});
	return { orders, format };
}

module.exports = { register, STATUSES, orderStatuses };
