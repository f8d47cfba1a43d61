'use strict';
// orders/{id}/refunds and the refunds list
const { registerCrud, itemLinks } = require('../lib/crud');
const { RestError, validateArgs, pagingHeaders } = require('../lib/rest');
const { fmtDate, money } = require('../lib/store');
const { ordered } = require('../lib/format');
const { orderModel } = require('./order-model');

// Refunds (WC_REST_Order_Refunds_Controller + RestApiParameterUtil + wc_create_refund). api_refund and api_restock
// default to true (any non-boolean counts as true). With api_refund the order's gateway must exist and support
// "refunds", else 500 woocommerce_rest_cannot_create_order_refund with the gateway message (data: bare 500) and no
// refund is kept. line_items: [{id, quantity, refund_total, refund_tax: [{id, refund_total}]}]; a missing amount is
// the sum of refund_total + refund_tax when every one is numeric.
function register(router, sb) {
	const store = sb.store;
	const { fire, addNote, setStatus, setReducedStockMeta } = orderModel(sb);
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
					setReducedStockMeta(src, reduced - qty);
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
				return { status: 200, headers: pagingHeaders(ctx, all.length, a.per_page, a.page, '/wc/v3/refunds'), body: all.slice((a.page - 1) * a.per_page, a.page * a.per_page).map((r) => ({ ...refundOut(r, ctx), parent_id: r.parent_id })) };
			},
		},
	});
}

module.exports = { register };
