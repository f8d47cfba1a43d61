'use strict';
// orders, orders/{id}/notes, orders/{id}/refunds, refunds
const crypto = require('crypto');
const { registerCrud, itemLinks } = require('../lib/crud');
const { RestError, validateArgs } = require('../lib/rest');
const { fmtDate, money } = require('../lib/store');
const { ordered } = require('../lib/format');
const { isOnSale } = require('./products');

const STATUSES = { pending: 'Pending payment', processing: 'Processing', 'on-hold': 'On hold', completed: 'Completed', cancelled: 'Cancelled', refunded: 'Refunded', failed: 'Failed', 'checkout-draft': 'Draft' };
const LIST_STATUS = ['any', 'trash', ...Object.keys(STATUSES)];
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
				}
				if (p) p.total_sales += li.quantity;
			}
			if (parts.length) addNote(o, `Stock levels reduced: ${parts.join(', ')}`);
		}
		if (from && STATUSES[from] && STATUSES[status]) addNote(o, `Order status changed from ${STATUSES[from]} to ${STATUSES[status]}.`);
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
		bodyArgs: { status: { type: 'string', enum: [...Object.keys(STATUSES), 'trash'] }, customer_id: { type: 'integer' }, billing: { type: 'object' }, shipping: { type: 'object' }, line_items: { type: 'array', items: { type: 'object' } }, set_paid: { type: 'boolean' } },
		orderbyEnum: ['date', 'modified', 'id', 'include', 'title', 'slug'],
		listArgs: {
			status: { type: 'array', items: { type: 'string', enum: LIST_STATUS }, default: ['any'] },
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

	// Refunds.
	const refundOut = (r, ctx) => ordered('refund', {
		id: r.id, date_created: fmtDate(r.date_created), date_created_gmt: fmtDate(r.date_created), amount: money(r.amount), reason: r.reason,
		refunded_by: r.refunded_by, refunded_payment: false, meta_data: [], line_items: r.line_items, shipping_lines: [], tax_lines: [], fee_lines: [],
		_links: itemLinks(ctx, `orders/${r.parent_id}/refunds`, r.id, { up: [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/orders/${r.parent_id}` }] }, ['GET', 'DELETE']),
	});
	registerCrud(router, {
		base: 'orders/(?<order_id>[\\d]+)/refunds', postTypeLabel: 'refund', batch: false, rawLocation: true,
		map: () => store.orders,
		visible: (r, ctx, params) => r.type === 'refund' && r.parent_id === Number(params.order_id),
		invalidId: ['woocommerce_rest_shop_order_refund_invalid_id', 'Invalid ID.'],
		trash: '501', trashMessage: 'Refunds do not support trashing.',
		format: (r, ctx) => refundOut(r, ctx),
		create: (body, ctx, params) => {
			const o = orderOr404(params);
			const refunded = [...store.orders.values()].filter((r) => r.type === 'refund' && r.parent_id === o.id).reduce((s, r) => s + Number(r.amount), 0);
			const amount = Number(body.amount || 0);
			if (!(amount > 0) || amount > Number(o.total) - refunded + 1e-9) {
				throw new RestError('woocommerce_rest_cannot_create_order_refund', 'Invalid refund amount.', 500, 500);
			}
			const items = (body.line_items || []).map((li) => {
				const src = o.line_items.find((x) => x.id === Number(li.id));
				if (!src) return null;
				const q = Number(li.quantity || 0);
				const t = Number(li.refund_total || 0);
				return { ...src, id: store.next('item'), quantity: -q, subtotal: money(-t), total: money(-t), price: q ? t / q : 0,
					meta_data: [{ id: store.next('meta') + 50, key: '_refunded_item_id', value: String(src.id), display_key: '_refunded_item_id', display_value: String(src.id) }] };
			}).filter(Boolean);
			const r = { id: store.next('post'), type: 'refund', parent_id: o.id, date_created: store.now(), amount: money(amount), reason: body.reason || '', refunded_by: 1, line_items: items };
			store.orders.set(r.id, r);
			if (Math.abs(refunded + amount - Number(o.total)) < 1e-9) setStatus(o, 'refunded');
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
		GET: { perm: 'list', handler: () => ({ status: 200, body: Object.fromEntries(Object.entries(STATUSES).map(([k, v]) => [`wc-${k}`, v])) }) },
	});
	return { orders, format };
}

module.exports = { register, STATUSES };
