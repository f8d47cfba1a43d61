'use strict';
// orders (+ batch) and orders/statuses
const { registerCrud } = require('../lib/crud');
const { RestError } = require('../lib/rest');
const { orderModel } = require('./order-model');

function register(router, sb) {
	const store = sb.store;
	const { fire, setStatus, apply, format, newOrder } = orderModel(sb);
	const statuses = () => store.orderStatuses();

	registerCrud(router, {
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
			const o = newOrder();
			if (body.customer_id && !store.customers.has(Number(body.customer_id))) throw new RestError('woocommerce_rest_invalid_customer_id', 'Customer ID is invalid.', 400);
			const { status, set_paid, ...rest } = body;
			o.status = 'pending';
			apply(o, rest, true);
			store.orders.set(o.id, o);
			if (status !== undefined && status !== 'pending') setStatus(o, status, { creating: true });
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
				// HPOS keeps the same meta as wp_trash_post, minus the slug.
				store.addTrashMeta(o, `wc-${o.status}`);
				o.status = 'trash';
				fire('deleted', o.id);
			}
		},
	});
	router.route('orders/statuses', {
		GET: { perm: 'list', handler: () => ({ status: 200, body: Object.fromEntries(Object.entries(statuses()).map(([k, v]) => [`wc-${k}`, v])) }) },
	});
}

module.exports = { register };
