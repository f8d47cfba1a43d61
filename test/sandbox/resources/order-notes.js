'use strict';
// orders/{id}/notes: not paginated, date desc then id asc
const { itemLinks } = require('../lib/crud');
const { RestError, validateArgs } = require('../lib/rest');
const { fmtDate } = require('../lib/store');
const { orderModel } = require('./order-model');

function register(router, sb) {
	const store = sb.store;
	const { addNote } = orderModel(sb);
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
}

module.exports = { register };
