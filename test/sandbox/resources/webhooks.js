'use strict';
// webhooks REST resource
const { registerCrud, itemLinks } = require('../lib/crud');
const { RestError } = require('../lib/rest');
const { fmtDate } = require('../lib/store');
const { ordered } = require('../lib/format');
const { topicHooks } = require('../lib/webhooks');

function register(router, sb) {
	const store = sb.store;
	registerCrud(router, {
		base: 'webhooks', postTypeLabel: 'webhook',
		map: () => store.webhooks,
		invalidId: ['woocommerce_rest_webhook_invalid_id', 'Invalid ID.'],
		trash: '501', trashMessage: 'Webhooks do not support trashing.',
		orderbyEnum: ['date', 'id', 'title'],
		listArgs: { status: { type: 'string', enum: ['all', 'active', 'paused', 'disabled'], default: 'all' } },
		filter: (items, a) => (a.status === 'all' ? items : items.filter((w) => w.status === a.status)),
		format: (w, ctx) => ordered('webhook', {
			id: w.id, name: w.name, status: w.status, topic: w.topic, resource: w.resource, event: w.event, hooks: topicHooks(w.topic) || [],
			delivery_url: w.delivery_url, date_created: fmtDate(w.date_created), date_created_gmt: fmtDate(w.date_created),
			date_modified: fmtDate(w.date_modified), date_modified_gmt: fmtDate(w.date_modified), _links: itemLinks(ctx, 'webhooks', w.id),
		}),
		create: async (body) => {
			if (!body.topic || !topicHooks(body.topic)) throw new RestError('woocommerce_rest_shop_webhook_invalid_topic', 'Webhook topic is required and must be valid.', 400);
			if (!body.delivery_url) throw new RestError('woocommerce_rest_shop_webhook_invalid_delivery_url', 'Webhook delivery URL must be a valid URL starting with http:// or https://.', 400);
			const [resource, event] = body.topic.split('.');
			const w = {
				id: store.next('webhook'), name: body.name || `Webhook created on ${new Date().toUTCString()}`, status: 'active', topic: body.topic, resource, event,
				delivery_url: String(body.delivery_url), secret: body.secret !== undefined ? String(body.secret) : require('crypto').randomBytes(24).toString('base64'),
				date_created: store.now(), date_modified: null, failureCount: 0, pendingDelivery: true,
			};
			store.webhooks.set(w.id, w);
			return w;
		},
		// create_item prepares the answer, then pings: a successful ping saves the webhook after the 201 was built.
		afterCreateAnswer: (w) => sb.webhooks.ping(w),
		update: async (w, body) => {
			if (body.topic !== undefined) {
				if (!topicHooks(body.topic)) throw new RestError('woocommerce_rest_shop_webhook_invalid_topic', 'Webhook topic is required and must be valid.', 400);
				w.topic = body.topic;
				[w.resource, w.event] = body.topic.split('.');
			}
			if (body.name !== undefined) w.name = String(body.name);
			if (body.secret !== undefined) w.secret = String(body.secret);
			if (body.status !== undefined) {
				if (!['active', 'paused', 'disabled'].includes(body.status)) throw new RestError('rest_invalid_param', 'Invalid parameter(s): status', 400, { params: { status: 'status is not one of active, paused, and disabled.' } });
				if (body.status === 'active' && w.status !== 'active') w.failureCount = 0;
				w.status = body.status;
			}
			w.date_modified = store.now();
			if (body.delivery_url !== undefined && body.delivery_url !== w.delivery_url) {
				w.delivery_url = String(body.delivery_url);
				w.pendingDelivery = true;
				await sb.webhooks.ping(w);
			}
			return w;
		},
	});
}

module.exports = { register };
