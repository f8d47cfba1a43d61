/**
 * WooCommerce Trigger against the sandbox store over real HTTP on 127.0.0.1:
 * activation (checkExists/create) through n8n-core's HookContext and our credential, signed
 * deliveries from the store's queue to a receiver that runs webhook() through n8n-core's
 * WebhookContext, forged/tampered/unsigned requests, ping, repair on re-activation, deactivation.
 * Each assertion states what the HTTP client received (status, body) and whether the workflow
 * would start.
 */
import { createHmac } from 'crypto';
import type { AddressInfo } from 'net';
import http from 'http';

import type { IDataObject } from 'n8n-workflow';

import { deriveWebhookSecret } from '../../nodes/WooCommerce/trigger/signature';
import { wooApiRequest } from '../../nodes/WooCommerce/transport';
import { startReceiver, TRIGGER_TYPE, TriggerWorkflow, type ReceivedCall } from '../helpers/trigger';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSandbox } = require('../sandbox');

type Sandbox = {
	url: string;
	keys: { readWrite: { key: string; secret: string }; readOnly: { key: string; secret: string } };
	requests: Array<{ method: string; path: string; query: IDataObject; body: unknown }>;
	store: { webhooks: Map<number, { id: number; topic: string; status: string; delivery_url: string; secret: string; name: string }> };
	webhooks: { runQueue(): Promise<Array<{ status: number; responseBody: string }>>; sent: unknown[] };
	faults: { add(f: IDataObject): unknown; clear(): void };
	close(): Promise<void>;
};

let sb: Sandbox;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let wf: TriggerWorkflow;

const credsFor = (key: { key: string; secret: string }, url = sb.url) => ({
	url,
	consumerKey: key.key,
	consumerSecret: key.secret,
	authentication: 'auto',
	signatureMethod: 'HMAC-SHA256',
	apiVersion: 'wc/v3',
	ignoreSslIssues: false,
});

const PARAMS = {
	events: ['order.created', 'order.updated', 'order.deleted', 'product.updated'],
	options: { skipDeliveryUrlCheck: true },
};

function newWorkflow(parameters: IDataObject = PARAMS, staticData?: IDataObject, key = sb.keys.readWrite) {
	return new TriggerWorkflow(
		TRIGGER_TYPE,
		parameters,
		{ credentials: credsFor(key), webhookBaseUrl: receiver.baseUrl, webhookTestBaseUrl: receiver.testBaseUrl },
		staticData,
	);
}

async function store(method: 'GET' | 'POST' | 'PUT' | 'DELETE', endpoint: string, body?: IDataObject, qs?: IDataObject) {
	return (await wooApiRequest.call(wf.hookContext(), method, endpoint, { body, qs })) as IDataObject;
}

/** Runs the store's queue (like Action Scheduler) and returns what the receiver recorded for it. */
async function deliverQueued(): Promise<ReceivedCall[]> {
	const before = receiver.calls.length;
	await sb.webhooks.runQueue();
	await receiver.settled();
	return receiver.calls.slice(before);
}

const ourWebhooks = () => [...sb.store.webhooks.values()].filter((w) => w.delivery_url === wf.webhookUrl());
const webhookRequests = (method: string) =>
	sb.requests.filter((r) => r.method === method && /\/webhooks(\/\d+)?$/.test(r.path));

function headersOf(call: ReceivedCall): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(call.request.headers)) {
		if (typeof v === 'string' && !['host', 'connection', 'content-length'].includes(k)) out[k] = v;
	}
	return out;
}

beforeAll(async () => {
	sb = await startSandbox({ allowedWebhookPorts: 'any' });
	receiver = await startReceiver(() => wf);
});

afterAll(async () => {
	await receiver?.close();
	await sb?.close();
});

describe('activation', () => {
	beforeAll(async () => {
		wf = newWorkflow();
		const before = receiver.calls.length;
		expect(await wf.activate()).toEqual({ existed: false });
		await receiver.settled();
		// WooCommerce pings each new webhook during the create call: 200, nothing starts.
		const pings = receiver.calls.slice(before);
		expect(pings).toHaveLength(4);
		for (const ping of pings) {
			expect(ping.status).toBe(200);
			expect(ping.body).toEqual({ received: true, ping: true });
			expect(ping.started).toBe(false);
		}
	});

	it('registers one active webhook per topic, pointing at the node URL, named after the workflow', () => {
		const hooks = ourWebhooks();
		expect(hooks.map((w) => w.topic).sort()).toEqual(['order.created', 'order.deleted', 'order.updated', 'product.updated']);
		for (const w of hooks) {
			expect(w.status).toBe('active');
			expect(w.delivery_url).toBe(`${receiver.baseUrl}/7d3c8f0e-1b2a-4c5d-9e8f-0a1b2c3d4e5f/webhook`);
			expect(w.name).toBe(`n8n: Order alerts (workflow wf-42) – ${w.topic}`);
		}
	});

	it('sends api_version matching the credential and a secret per webhook derived from the consumer secret, its URL and topic', () => {
		const posts = webhookRequests('POST');
		expect(posts).toHaveLength(4);
		for (const p of posts) expect((p.body as IDataObject).api_version).toBe('wp_api_v3');
		const stored = wf.storedHooks();
		const secrets = Object.values(stored).map((h) => h.secret);
		expect(new Set(secrets).size).toBe(4);
		for (const [topic, hook] of Object.entries(stored)) {
			expect(hook.secret).toMatch(/^[0-9a-f]{64}$/);
			expect(hook.secret).toBe(deriveWebhookSecret(sb.keys.readWrite.secret, wf.webhookUrl(), topic));
			// The store signs with exactly the secret the node keeps.
			expect(sb.store.webhooks.get(hook.id)!.secret).toBe(hook.secret);
			expect(sb.store.webhooks.get(hook.id)!.topic).toBe(topic);
			expect(hook.secret).not.toContain(sb.keys.readWrite.secret);
		}
	});

	it('re-activation with everything in place changes nothing (checkExists is true)', async () => {
		const posts = webhookRequests('POST').length;
		const puts = webhookRequests('PUT').length;
		expect(await wf.activate()).toEqual({ existed: true });
		expect(webhookRequests('POST')).toHaveLength(posts);
		expect(webhookRequests('PUT')).toHaveLength(puts);
	});
});

describe('deliveries', () => {
	let orderId: number;
	let lastOrderUpdated: ReceivedCall;

	it('creating an order delivers order.created and order.updated: 200 {received:true}, the workflow starts with the payload', async () => {
		const order = await store('POST', 'orders', { status: 'processing', billing: { email: 'jane@example.com' } });
		orderId = Number(order.id);
		const calls = await deliverQueued();
		expect(calls.map((c) => [c.status, c.body, c.started])).toEqual([
			[200, { received: true }, true],
			[200, { received: true }, true],
		]);
		const topics = calls.map((c) => c.items[0].json._woocommerce as IDataObject).map((m) => m.topic);
		expect(topics.sort()).toEqual(['order.created', 'order.updated']);
		for (const call of calls) {
			const json = call.items[0].json;
			// The payload's own keys at the top level, metadata under _woocommerce.
			expect(json.id).toBe(orderId);
			expect(json.status).toBe('processing');
			expect((json.billing as IDataObject).email).toBe('jane@example.com');
			expect(json._woocommerce).toMatchObject({
				resource: 'order',
				webhookId: expect.any(Number),
				deliveryId: expect.stringMatching(/^[0-9a-f]{32}$/),
				source: `${sb.url}/`,
				fetchedCurrent: false,
			});
		}
		lastOrderUpdated = calls.find((c) => (c.items[0].json._woocommerce as IDataObject).topic === 'order.updated')!;
	});

	it('trashing the order delivers order.deleted with only {id}', async () => {
		await store('DELETE', `orders/${orderId}`);
		const calls = await deliverQueued();
		expect(calls).toHaveLength(1);
		expect([calls[0].status, calls[0].body, calls[0].started]).toEqual([200, { received: true }, true]);
		expect(calls[0].items[0].json).toEqual({ id: orderId, _woocommerce: expect.objectContaining({ topic: 'order.deleted' }) });
		// Replayed with a new (unsigned) Delivery-ID: still the same signed delivery, the workflow does not start.
		const replay = await receiver.post(
			new URL(wf.webhookUrl()).pathname,
			{ ...headersOf(calls[0]), 'x-wc-webhook-delivery-id': '0123456789abcdef0123456789abcdef' },
			calls[0].request.rawBody,
		);
		expect([replay.status, replay.body, replay.started]).toEqual([200, { received: true, duplicate: true }, false]);
	});

	it('the exact same delivery posted again (replay): 200 {duplicate:true}, the workflow does not start', async () => {
		const replay = await receiver.post(
			new URL(wf.webhookUrl()).pathname,
			headersOf(lastOrderUpdated),
			lastOrderUpdated.request.rawBody,
		);
		expect([replay.status, replay.body, replay.started]).toEqual([200, { received: true, duplicate: true }, false]);
	});

	it('a replay with another delivery id (headers are not signed) of a full resource is still a duplicate', async () => {
		const headers = { ...headersOf(lastOrderUpdated), 'x-wc-webhook-delivery-id': 'ffffffffffffffffffffffffffffffff' };
		const replay = await receiver.post(new URL(wf.webhookUrl()).pathname, headers, lastOrderUpdated.request.rawBody);
		expect([replay.status, replay.body, replay.started]).toEqual([200, { received: true, duplicate: true }, false]);
	});

	it('the replay is still refused after a restart (static data as n8n saved it, process memory cleared)', async () => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		require('../../nodes/WooCommerce/trigger/dedup').clearProcessMemory();
		wf.reload();
		const replay = await receiver.post(
			new URL(wf.webhookUrl()).pathname,
			headersOf(lastOrderUpdated),
			lastOrderUpdated.request.rawBody,
		);
		expect([replay.status, replay.started]).toEqual([200, false]);
		expect(replay.body).toEqual({ received: true, duplicate: true });
	});

	describe('forged, tampered and unsigned requests never start the workflow', () => {
		const path = () => new URL(wf.webhookUrl()).pathname;

		it('tampered body (one byte changed): 401 invalid_signature', async () => {
			const raw = Buffer.from(lastOrderUpdated.request.rawBody);
			const text = raw.toString('utf8').replace('"status":"processing"', '"status":"completed"');
			const call = await receiver.post(path(), headersOf(lastOrderUpdated), text);
			expect([call.status, (call.body as IDataObject).error, call.started]).toEqual([401, 'invalid_signature', false]);
		});

		it('signed with a guessed secret: 401 invalid_signature', async () => {
			const body = Buffer.from(JSON.stringify({ id: 999, status: 'completed', date_modified: '2026-01-01T00:00:00' }));
			const headers = {
				...headersOf(lastOrderUpdated),
				'x-wc-webhook-signature': createHmac('sha256', sb.keys.readWrite.secret).update(body).digest('base64'),
			};
			const call = await receiver.post(path(), headers, body);
			expect([call.status, (call.body as IDataObject).error, call.started]).toEqual([401, 'invalid_signature', false]);
		});

		it('no signature header: 401 missing_signature', async () => {
			const { 'x-wc-webhook-signature': _drop, ...headers } = headersOf(lastOrderUpdated);
			const call = await receiver.post(path(), headers, lastOrderUpdated.request.rawBody);
			expect([call.status, (call.body as IDataObject).error, call.started]).toEqual([401, 'missing_signature', false]);
		});

		it('malformed signature: 401 malformed_signature', async () => {
			const headers = { ...headersOf(lastOrderUpdated), 'x-wc-webhook-signature': 'abc==' };
			const call = await receiver.post(path(), headers, lastOrderUpdated.request.rawBody);
			expect([call.status, (call.body as IDataObject).error, call.started]).toEqual([401, 'malformed_signature', false]);
		});

		it('a topic this node did not register gets the same 401 as a forged signature (nothing tells which topics exist)', async () => {
			const headers = { ...headersOf(lastOrderUpdated), 'x-wc-webhook-topic': 'customer.created' };
			const call = await receiver.post(path(), headers, lastOrderUpdated.request.rawBody);
			expect([call.status, (call.body as IDataObject).error, call.started]).toEqual([401, 'invalid_signature', false]);
		});

		it('a delivery that arrives before the activation saved its webhooks (queue mode) is checked with the derived secret', async () => {
			const real = wf;
			try {
				wf = newWorkflow(PARAMS, {});
				const genuine = await receiver.post(path(), headersOf(lastOrderUpdated), lastOrderUpdated.request.rawBody);
				expect([genuine.status, genuine.started]).toEqual([200, true]);
				const forged = await receiver.post(
					path(),
					{ ...headersOf(lastOrderUpdated), 'x-wc-webhook-signature': createHmac('sha256', 'guess').update('x').digest('base64') },
					lastOrderUpdated.request.rawBody,
				);
				expect([forged.status, forged.started]).toEqual([401, false]);
				// Another key derives other secrets: the store's signature does not verify.
				wf = newWorkflow(PARAMS, {}, sb.keys.readOnly);
				const otherKey = await receiver.post(path(), headersOf(lastOrderUpdated), lastOrderUpdated.request.rawBody);
				expect([otherKey.status, otherKey.started]).toEqual([401, false]);
			} finally {
				wf = real;
			}
		});

		it('a resource or event header that contradicts the signed topic: 401 header_mismatch', async () => {
			for (const [name, value] of [
				['x-wc-webhook-resource', 'product'],
				['x-wc-webhook-event', 'created'],
			]) {
				const headers = { ...headersOf(lastOrderUpdated), [name]: value };
				const call = await receiver.post(path(), headers, lastOrderUpdated.request.rawBody);
				expect([call.status, (call.body as IDataObject).error, call.started]).toEqual([401, 'header_mismatch', false]);
			}
		});

		it('a webhook id this node did not register: 400 unknown_webhook', async () => {
			const headers = { ...headersOf(lastOrderUpdated), 'x-wc-webhook-id': '4242' };
			const call = await receiver.post(path(), headers, lastOrderUpdated.request.rawBody);
			expect([call.status, (call.body as IDataObject).error, call.started]).toEqual([400, 'unknown_webhook', false]);
		});

		it("WooCommerce's ping (form body webhook_id=N, no X-WC headers): 200 {ping:true}", async () => {
			const call = await receiver.post(
				path(),
				{ 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'WooCommerce/10.0.2 Hookshot (WordPress/6.8.8)' },
				'webhook_id=1',
			);
			expect([call.status, call.body, call.started]).toEqual([200, { received: true, ping: true }, false]);
		});

		it('an empty POST: 401 missing_signature', async () => {
			const call = await receiver.post(path(), { 'content-type': 'application/json' }, '');
			expect([call.status, (call.body as IDataObject).error, call.started]).toEqual([401, 'missing_signature', false]);
		});
	});
});

describe('options', () => {
	it('Only Order Statuses: an order.updated for another status gets 200 {ignored:true} and starts nothing', async () => {
		wf.setParameters({ ...PARAMS, options: { ...PARAMS.options, orderStatuses: ['completed'] } });
		const order = await store('POST', 'orders', { status: 'on-hold' });
		let calls = await deliverQueued();
		expect(calls.map((c) => [c.status, c.body, c.started])).toEqual([
			[200, { received: true, ignored: true }, false],
			[200, { received: true, ignored: true }, false],
		]);
		await store('PUT', `orders/${String(order.id)}`, { status: 'completed' });
		calls = await deliverQueued();
		expect(calls.map((c) => [c.status, c.started])).toEqual([[200, true]]);
		expect(calls[0].items[0].json.status).toBe('completed');
		wf.setParameters(PARAMS);
	});

	it('Fetch Current Resource: an updated event outputs the state read from the store, not the (older) payload', async () => {
		wf.setParameters({ ...PARAMS, options: { ...PARAMS.options, fetchCurrent: true } });
		const product = await store('POST', 'products', { name: 'Lamp', regular_price: '30.00' });
		await store('PUT', `products/${String(product.id)}`, { name: 'Lamp v3', regular_price: '32.00' });
		await deliverQueued();
		// A delivery whose payload is older than the store (deliveries are asynchronous).
		const live = wf.storedHooks();
		const before = receiver.calls.length;
		const deliveries = sb.webhooks as unknown as { deliver(id: number, payload: IDataObject): Promise<unknown> };
		await deliveries.deliver(live['product.updated'].id, {
			id: product.id,
			name: 'Lamp (old)',
			regular_price: '30.00',
			date_modified: '2026-01-01T00:00:00',
			date_modified_gmt: '2026-01-01T00:00:00',
		});
		await receiver.settled();
		const [call] = receiver.calls.slice(before);
		expect([call.status, call.body, call.started]).toEqual([200, { received: true }, true]);
		const json = call.items[0].json;
		expect(json.name).toBe('Lamp v3');
		expect(json.regular_price).toBe('32.00');
		expect(json._woocommerce).toMatchObject({ topic: 'product.updated', fetchedCurrent: true });
		wf.setParameters(PARAMS);
	});
});

describe('re-activation repairs the store instead of duplicating', () => {
	it('webhooks WooCommerce disabled after 7 failed deliveries are re-activated with PUT, not created again', async () => {
		const live = wf.storedHooks();
		const id = live['order.created'].id;
		// Make every delivery fail: a receiver with another key and no registration derives other secrets (401).
		const real = wf;
		const failing = newWorkflow(PARAMS, {}, sb.keys.readOnly);
		for (let i = 0; i < 7; i++) {
			wf = real;
			await store('POST', 'orders', { status: 'processing' });
			wf = failing;
			const calls = await deliverQueued();
			for (const c of calls) expect([c.status, c.started]).toEqual([401, false]);
		}
		wf = real;
		// WooCommerce's rule (capture 172): the 7th consecutive failure disables the webhook.
		expect(sb.store.webhooks.get(id)!.status).toBe('disabled');
		expect(sb.store.webhooks.get(live['order.updated'].id)!.status).toBe('disabled');
		const countBefore = sb.store.webhooks.size;
		const postsBefore = webhookRequests('POST').length;
		const putsBefore = webhookRequests('PUT').length;
		expect(await wf.activate()).toEqual({ existed: false });
		expect(sb.store.webhooks.size).toBe(countBefore);
		expect(webhookRequests('POST')).toHaveLength(postsBefore);
		const puts = webhookRequests('PUT').slice(putsBefore);
		expect(puts.map((p) => [p.path.replace(/.*\/webhooks\//, ''), p.body])).toEqual(
			expect.arrayContaining([[String(id), { status: 'active' }]]),
		);
		for (const w of ourWebhooks()) expect(w.status).toBe('active');
		// And it delivers again.
		await store('POST', 'orders', { status: 'processing' });
		const calls = await deliverQueued();
		expect(calls.map((c) => [c.status, c.started])).toEqual([
			[200, true],
			[200, true],
		]);
	});

	it('a webhook deleted in WooCommerce is created again (new id, the same derived secret)', async () => {
		const live = wf.storedHooks();
		const old = live['order.deleted'];
		await store('DELETE', `webhooks/${old.id}`, undefined, { force: true });
		expect(sb.store.webhooks.has(old.id)).toBe(false);
		expect(await wf.activate()).toEqual({ existed: false });
		const now = wf.storedHooks()['order.deleted'];
		expect(now.id).not.toBe(old.id);
		expect(now.secret).toBe(old.secret);
		expect(sb.store.webhooks.get(now.id)!.secret).toBe(now.secret);
		expect(ourWebhooks().filter((w) => w.topic === 'order.deleted')).toHaveLength(1);
	});

	it('with the static data lost (e.g. workflow re-imported), our webhooks are adopted by URL and given new secrets', async () => {
		const ids = ourWebhooks().map((w) => w.id).sort();
		wf = newWorkflow(PARAMS, {});
		expect(await wf.activate()).toEqual({ existed: false });
		expect(ourWebhooks().map((w) => w.id).sort()).toEqual(ids);
		const live = wf.storedHooks();
		for (const hook of Object.values(live)) expect(sb.store.webhooks.get(hook.id)!.secret).toBe(hook.secret);
		await store('POST', 'orders', { status: 'processing' });
		const calls = await deliverQueued();
		expect(calls.map((c) => [c.status, c.started])).toEqual([
			[200, true],
			[200, true],
		]);
	});

	it('removing an event from the node removes its webhook on the next activation', async () => {
		wf.setParameters({ ...PARAMS, events: ['order.created', 'order.updated', 'order.deleted'] });
		expect(await wf.activate()).toEqual({ existed: false });
		expect(ourWebhooks().map((w) => w.topic).sort()).toEqual(['order.created', 'order.deleted', 'order.updated']);
	});
});

describe('deactivation', () => {
	it('a DELETE answered 500 is reported (not swallowed) and the webhook stays remembered', async () => {
		const live = wf.storedHooks();
		const failing = live['order.updated'].id;
		sb.faults.add({
			method: 'DELETE',
			path: new RegExp(`^/webhooks/${failing}$`),
			times: 1,
			status: 500,
			body: { code: 'internal_server_error', message: 'Database error.', data: { status: 500 } },
		});
		await expect(wf.deactivate()).rejects.toThrow(/Could not remove 1 webhook/);
		sb.faults.clear();
		expect(sb.store.webhooks.has(failing)).toBe(true);
		const remaining = wf.storedHooks();
		expect(Object.values(remaining).map((h) => h.id)).toEqual([failing]);
	});

	it('deactivating again removes the rest; a webhook already gone (404) counts as done', async () => {
		const live = wf.storedHooks();
		const id = Object.values(live)[0].id;
		// Delete it behind the node's back: the node's DELETE will get 404.
		sb.store.webhooks.delete(id);
		expect(await wf.deactivate()).toBe(true);
		expect(ourWebhooks()).toHaveLength(0);
		expect(sb.requests.some((r) => r.method === 'DELETE' && r.path.endsWith(`/webhooks/${id}`))).toBe(true);
		expect(wf.storedHooks()).toEqual({});
	});
});

describe('activation fails loudly', () => {
	it('with a read-only key: says a Read/Write key is needed, and leaves nothing in the store', async () => {
		const count = sb.store.webhooks.size;
		wf = newWorkflow(PARAMS, {}, sb.keys.readOnly);
		const error = await wf.activate().then(
			() => undefined,
			(e: Error & { description?: string }) => e,
		);
		expect(error?.message).toMatch(/read-only.*Read\/Write/);
		expect(error?.description).toMatch(/WooCommerce > Settings > Advanced > REST API/);
		expect(`${error?.message} ${error?.description}`).not.toContain(sb.keys.readOnly.secret);
		expect(sb.store.webhooks.size).toBe(count);
	});

	it('when the store is unreachable', async () => {
		const closed = http.createServer();
		await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
		const port = (closed.address() as AddressInfo).port;
		await new Promise<void>((r) => closed.close(() => r()));
		wf = new TriggerWorkflow(TRIGGER_TYPE, PARAMS, {
			credentials: credsFor(sb.keys.readWrite, `http://127.0.0.1:${port}`),
			webhookBaseUrl: receiver.baseUrl,
		});
		await expect(wf.activate()).rejects.toThrow(/Could not list the store's webhooks/);
	});

	it("when WordPress would refuse n8n's URL (port not 80/443/8080): explains it and creates nothing", async () => {
		const posts = webhookRequests('POST').length;
		wf = newWorkflow({ events: ['order.created'] }, {});
		await expect(wf.activate()).rejects.toThrow(/only delivers webhooks to ports 80, 443 and 8080/);
		expect(webhookRequests('POST')).toHaveLength(posts);
	});

	it('a test URL (Listen for test event) gets its own webhooks, kept apart from the production ones', async () => {
		wf = newWorkflow({ events: ['coupon.created'], options: { skipDeliveryUrlCheck: true } }, {});
		await wf.activate('trigger');
		await wf.activate('manual');
		const live = wf.storedHooks('trigger');
		const test = wf.storedHooks('manual');
		expect(live['coupon.created'].id).not.toBe(test['coupon.created'].id);
		expect(sb.store.webhooks.get(test['coupon.created'].id)!.delivery_url).toContain('/webhook-test/');
		expect(sb.store.webhooks.get(live['coupon.created'].id)!.delivery_url).toContain('/webhook/');
		// A coupon is delivered to both URLs, each signed with its own secret: both verify and start.
		await store('POST', 'coupons', { code: `both-${Date.now()}`, amount: '5' });
		const calls = await deliverQueued();
		expect(calls.map((c) => [c.status, c.started]).sort()).toEqual([
			[200, true],
			[200, true],
		]);
		expect(calls.map((c) => (c.items[0].json._woocommerce as IDataObject).webhookId).sort()).toEqual(
			[live['coupon.created'].id, test['coupon.created'].id].sort(),
		);
		// n8n removes test webhooks in mode 'internal': only the test URL's webhook goes.
		await wf.deactivate('manual');
		expect(sb.store.webhooks.has(test['coupon.created'].id)).toBe(false);
		expect(sb.store.webhooks.has(live['coupon.created'].id)).toBe(true);
		await wf.deactivate('trigger');
		expect(ourWebhooks()).toHaveLength(0);
	});
});

describe('a store with many webhooks (several pages, every status)', () => {
	it('finds its own disabled webhook on a later page and re-activates it instead of creating a duplicate', async () => {
		const st = sb.store as unknown as { next(kind: string): number; now(): Date };
		const statuses = ['active', 'paused', 'disabled'];
		for (let i = 0; i < 130; i++) {
			const id = st.next('webhook');
			sb.store.webhooks.set(id, {
				id,
				name: `other ${i}`,
				status: statuses[i % 3],
				topic: 'order.created',
				resource: 'order',
				event: 'created',
				delivery_url: `https://elsewhere.example.com/hook/${i}`,
				secret: `other-secret-${i}`,
				date_created: st.now(),
				date_modified: null,
				failureCount: 0,
				pendingDelivery: false,
			} as never);
		}
		wf = newWorkflow({ events: ['order.created', 'order.updated'], options: { skipDeliveryUrlCheck: true } }, {});
		await wf.activate();
		const mine = wf.storedHooks()['order.updated'].id;
		sb.store.webhooks.get(mine)!.status = 'disabled';
		const posts = webhookRequests('POST').length;
		const listedBefore = sb.requests.length;
		expect(await wf.activate()).toEqual({ existed: false });
		expect(webhookRequests('POST')).toHaveLength(posts);
		expect(sb.store.webhooks.get(mine)!.status).toBe('active');
		expect(ourWebhooks()).toHaveLength(2);
		const listed = sb.requests.slice(listedBefore).filter((r) => r.method === 'GET' && r.path.endsWith('/webhooks'));
		expect(listed.map((r) => r.query.status)).toContain('all');
		expect(listed.map((r) => String(r.query.offset))).toEqual(expect.arrayContaining(['0', '99']));
		expect(await wf.deactivate()).toBe(true);
		expect(ourWebhooks()).toHaveLength(0);
		expect([...sb.store.webhooks.values()].filter((w) => w.name.startsWith('other '))).toHaveLength(130);
	});
});

describe('secrets', () => {
	it('no webhook secret or consumer secret ever reached an HTTP answer or an output item', () => {
		const secrets = new Set<string>([sb.keys.readWrite.secret, sb.keys.readOnly.secret]);
		for (const r of sb.requests) {
			const secret = (r.body as IDataObject | undefined)?.secret;
			if (/\/webhooks(\/\d+)?$/.test(r.path) && typeof secret === 'string') secrets.add(secret);
		}
		expect(secrets.size).toBeGreaterThan(4);
		expect(receiver.calls.length).toBeGreaterThan(30);
		for (const call of receiver.calls) {
			const seen = JSON.stringify([call.body, call.items]);
			for (const secret of secrets) expect(seen).not.toContain(secret);
		}
	});
});
