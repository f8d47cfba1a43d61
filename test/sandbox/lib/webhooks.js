'use strict';
// Webhook engine: topics, the Action Scheduler-like queue, pings, signed deliveries, failure counting.
const crypto = require('crypto');
const http = require('http');
const https = require('https');
const { phpJson } = require('./format');

const UA = 'WooCommerce/10.0.2 Hookshot (WordPress/6.8.8)';
const TOPIC_HOOKS = {
	'coupon.created': ['woocommerce_process_shop_coupon_meta', 'woocommerce_new_coupon'],
	'coupon.updated': ['woocommerce_process_shop_coupon_meta', 'woocommerce_update_coupon'],
	'coupon.deleted': ['wp_trash_post'],
	'coupon.restored': ['untrashed_post'],
	'customer.created': ['user_register', 'woocommerce_created_customer', 'woocommerce_new_customer'],
	'customer.updated': ['profile_update', 'woocommerce_update_customer'],
	'customer.deleted': ['delete_user'],
	'order.created': ['woocommerce_new_order'],
	'order.updated': ['woocommerce_update_order', 'woocommerce_order_refunded'],
	'order.deleted': ['wp_trash_post', 'woocommerce_trash_order'],
	'order.restored': ['untrashed_post', 'woocommerce_untrash_order'],
	'product.created': ['woocommerce_process_product_meta', 'woocommerce_new_product', 'woocommerce_new_product_variation'],
	'product.updated': ['woocommerce_process_product_meta', 'woocommerce_update_product', 'woocommerce_update_product_variation'],
	'product.deleted': ['wp_trash_post'],
	'product.restored': ['untrashed_post'],
	'product.published': ['woocommerce_product_published'],
};

function topicHooks(topic) {
	if (TOPIC_HOOKS[topic]) return TOPIC_HOOKS[topic];
	const m = /^action\.([\w-]+)$/.exec(topic || '');
	if (m) return [m[1]];
	return null;
}

/** wp_specialchars_decode($secret, ENT_QUOTES) */
function specialcharsDecode(s) {
	return String(s)
		.replace(/&#0*39;|&#x0*27;/gi, "'")
		.replace(/&quot;|&#0*34;|&#x0*22;/gi, '"')
		.replace(/&lt;|&#0*60;/gi, '<')
		.replace(/&gt;|&#0*62;/gi, '>')
		.replace(/&amp;|&#0*38;|&#x0*26;/gi, '&');
}

function signature(rawBody, secret) {
	return crypto.createHmac('sha256', specialcharsDecode(secret)).update(rawBody).digest('base64');
}

class Webhooks {
	constructor(sb) {
		this.sb = sb;
		this.queue = []; // { webhookId, arg, topic }
		this.sent = []; // every request the store sent: { webhookId, kind: 'ping'|'delivery', url, method, headers, rawBody, status, error }
	}

	portAllowed(url) {
		const allowed = this.sb.options.allowedWebhookPorts;
		if (allowed === 'any') return true;
		let u;
		try {
			u = new URL(url);
		} catch {
			return false;
		}
		if (!/^https?:$/.test(u.protocol)) return false;
		const port = Number(u.port || (u.protocol === 'https:' ? 443 : 80));
		const list = Array.isArray(allowed) ? allowed : [80, 443, 8080];
		return list.includes(port) || port === this.sb.port;
	}

	/** Called by resources: queue deliveries for every active webhook whose topic matches. */
	fire(resource, event, id) {
		const topic = `${resource}.${event}`;
		for (const w of this.sb.store.webhooks.values()) {
			if (w.status !== 'active' || w.topic !== topic) continue;
			this.enqueue(w.id, id, topic);
		}
	}
	action(hook, arg) {
		for (const w of this.sb.store.webhooks.values()) {
			if (w.status === 'active' && w.topic === `action.${hook}`) this.enqueue(w.id, { action: hook, arg: [] }, w.topic);
		}
	}
	enqueue(webhookId, arg, topic) {
		const key = JSON.stringify([webhookId, arg]);
		if (this.queue.some((q) => q.key === key)) return; // identical pending actions are not queued twice
		this.queue.push({ key, webhookId, arg, topic });
	}

	/** Deliver everything queued (like running the Action Scheduler queue). Returns the delivery results. */
	async runQueue() {
		const items = this.queue.splice(0);
		const results = [];
		for (const q of items) {
			const w = this.sb.store.webhooks.get(q.webhookId);
			if (!w || w.status !== 'active') continue;
			results.push(await this.deliver(w.id, q.arg, { topic: q.topic }));
		}
		return results;
	}

	buildPayload(w, arg) {
		if (arg && typeof arg === 'object') return arg; // action payloads and explicit payloads
		if (w.event === 'deleted') return { id: arg };
		const path = { product: 'products', order: 'orders', customer: 'customers', coupon: 'coupons' }[w.resource];
		const body = this.sb.internalGet(`${path}/${arg}`);
		if (body === null) return { id: arg };
		if (w.resource === 'product' && body.type === 'variation') return this.sb.internalGet(`products/${body.parent_id}/variations/${arg}`) || body;
		return body;
	}

	/**
	 * Deliver one payload now. payloadOrId: a resource id (payload built like WooCommerce) or an object sent as-is.
	 * Returns { webhookId, status, error, request: { url, method, headers, rawBody } }.
	 */
	async deliver(webhookId, payloadOrId, { topic } = {}) {
		const w = this.sb.store.webhooks.get(Number(webhookId));
		if (!w) throw new Error(`no webhook ${webhookId}`);
		const payload = typeof payloadOrId === 'object' ? payloadOrId : this.buildPayload(w, payloadOrId);
		const rawBody = phpJson(payload);
		const t = topic || w.topic;
		const [resource, event] = t.split('.');
		const headers = {
			'User-Agent': UA,
			Accept: '*/*',
			'Content-Type': 'application/json',
			'X-WC-Webhook-Source': this.sb.url + '/',
			'X-WC-Webhook-Topic': t,
			'X-WC-Webhook-Resource': resource,
			'X-WC-Webhook-Event': event,
			'X-WC-Webhook-Signature': signature(rawBody, w.secret),
			'X-WC-Webhook-ID': String(w.id),
			'X-WC-Webhook-Delivery-ID': crypto.randomBytes(16).toString('hex'),
		};
		const res = await this.send(w, 'delivery', w.delivery_url, headers, rawBody);
		const ok = res.status >= 200 && res.status < 303;
		// WC_Webhook::deliver saves the webhook after every delivery (failure count), which stamps date_modified.
		w.date_modified = this.sb.store.now();
		if (ok) w.failureCount = 0;
		else {
			if (w.failureCount > 5) {
				w.status = 'disabled';
				w.date_modified = this.sb.store.now();
			} else w.failureCount += 1;
			if (w.pendingDelivery) await this.ping(w);
		}
		return res;
	}

	async ping(w) {
		const rawBody = `webhook_id=${w.id}`;
		const res = await this.send(w, 'ping', w.delivery_url, { 'User-Agent': UA, Accept: '*/*', 'Content-Type': 'application/x-www-form-urlencoded' }, rawBody);
		if (res.status >= 200 && res.status < 303 && w.pendingDelivery) {
			// The first successful ping saves the webhook (pending_delivery off), which stamps date_modified.
			w.pendingDelivery = false;
			w.date_modified = this.sb.store.now();
		}
		return res;
	}

	send(w, kind, url, headers, rawBody) {
		const record = { webhookId: w.id, kind, url, method: 'POST', headers: { ...headers, 'Content-Length': String(Buffer.byteLength(rawBody)) }, rawBody, status: 0, error: null, responseBody: null };
		this.sent.push(record);
		if (!this.portAllowed(url)) {
			record.error = 'http_request_failed: A valid URL was not provided.';
			return Promise.resolve(record);
		}
		return new Promise((resolve) => {
			const u = new URL(url);
			const lib = u.protocol === 'https:' ? https : http;
			const req = lib.request(u, { method: 'POST', headers: { ...record.headers, Connection: 'close' }, rejectUnauthorized: false, timeout: 5000 }, (res) => {
				const chunks = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () => {
					record.status = res.statusCode;
					record.responseBody = Buffer.concat(chunks).toString('utf8');
					resolve(record);
				});
			});
			req.on('timeout', () => req.destroy(new Error('timeout')));
			req.on('error', (e) => {
				record.error = e.message;
				resolve(record);
			});
			req.end(rawBody);
		});
	}
}

module.exports = { Webhooks, topicHooks, signature, specialcharsDecode, TOPIC_HOOKS, UA };
