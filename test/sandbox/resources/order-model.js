'use strict';
// The order model shared by the order routes: line items, totals, status changes (stock, notes), body application and
// the answer shape. One model per store, so a reset store gets a fresh one.
const crypto = require('crypto');
const { itemLinks } = require('../lib/crud');
const { fmtDate, money } = require('../lib/store');
const { ordered, isOnSale } = require('../lib/format');

const ADDRESS_B = ['first_name', 'last_name', 'company', 'address_1', 'address_2', 'city', 'state', 'postcode', 'country', 'email', 'phone'];
const ADDRESS_S = ['first_name', 'last_name', 'company', 'address_1', 'address_2', 'city', 'state', 'postcode', 'country', 'phone'];

function address(keys, src = {}, prev = {}) {
	const o = {};
	for (const k of keys) o[k] = src[k] !== undefined ? String(src[k]) : prev[k] !== undefined ? prev[k] : '';
	return o;
}

const models = new WeakMap();

function orderModel(sb) {
	const store = sb.store;
	if (models.has(store)) return models.get(store);
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

	// The item's _reduced_stock meta, shown in line_items[].meta_data like the store does.
	const setReducedStockMeta = (li, qty) => {
		const m = li.meta_data.find((x) => x.key === '_reduced_stock');
		if (m) m.value = m.display_value = String(qty);
		else li.meta_data.push({ id: store.next('meta') + 20, key: '_reduced_stock', value: String(qty), display_key: '_reduced_stock', display_value: String(qty) });
	};

	const setStatus = (o, status, { creating = false } = {}) => {
		if (!status || status === o.status) return;
		const from = o.status;
		o.status = status;
		if (from === 'trash') store.removeTrashMeta(o);
		if (status === 'completed') o.date_completed = store.now();
		// maybe_set_date_paid: a saved order reaching a paid status gets its payment date once; one created in that
		// status keeps date_paid null.
		if (!creating && (status === 'processing' || status === 'completed') && !o.date_paid) o.date_paid = store.now();
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
					setReducedStockMeta(li, li.quantity);
				}
				if (p) p.total_sales += li.quantity;
			}
			if (parts.length) addNote(o, `Stock levels reduced: ${parts.join(', ')}`);
		}
		const labels = store.orderStatuses();
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

	// Refunds by parent order, built once per request (and again if orders were added or removed meanwhile): scanning
	// every order for each formatted one made a page of 100 orders out of 10,000 cost the emulator ~25 ms.
	const refundIndexes = new WeakMap();
	const refundsOf = (o, ctx) => {
		let index = ctx && typeof ctx === 'object' ? refundIndexes.get(ctx) : undefined;
		if (!index || index.size !== store.orders.size) {
			index = { size: store.orders.size, byParent: new Map() };
			for (const r of store.orders.values()) {
				if (r.type !== 'refund') continue;
				if (!index.byParent.has(r.parent_id)) index.byParent.set(r.parent_id, []);
				index.byParent.get(r.parent_id).push(r);
			}
			if (ctx && typeof ctx === 'object') refundIndexes.set(ctx, index);
		}
		return (index.byParent.get(o.id) || []).slice().sort((a, b) => b.id - a.id);
	};

	const format = (o, ctx) => {
		const refunds = refundsOf(o, ctx);
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
	const newOrder = () => {
		const now = store.now();
		return {
			id: store.next('post'), type: 'order', parent_id: 0, status: '', currency: 'USD', date_created: now, date_modified: now, discount_total: '0.00',
			shipping_total: '0.00', total: '0.00', customer_id: 0, order_key: 'wc_order_' + crypto.randomBytes(12).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 13),
			billing: address(ADDRESS_B), shipping: address(ADDRESS_S), payment_method: '', payment_method_title: '', transaction_id: '', customer_ip_address: '',
			customer_user_agent: '', created_via: 'rest-api', customer_note: '', date_completed: null, date_paid: null, meta_data: [], line_items: [],
			shipping_lines: [], fee_lines: [], coupon_lines: [],
		};
	};
	const model = { fire, addNote, setStatus, setReducedStockMeta, apply, format, newOrder };
	models.set(store, model);
	return model;
}

module.exports = { orderModel, ADDRESS_B, ADDRESS_S };
