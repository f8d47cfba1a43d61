'use strict';
// OPTIONS /orders: the route description with the collection args and the item schema; status enums list every
// registered order status (custom ones included), like get_order_statuses() in the real controller.
const { ADDRESS_B, ADDRESS_S } = require('./order-model');

function register(router, sb) {
	const store = sb.store;
	const statuses = () => store.orderStatuses();
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
}

module.exports = { register };
