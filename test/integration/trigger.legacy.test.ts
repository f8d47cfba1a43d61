/**
 * WooCommerce Trigger with a legacy (wc-api/v3) credential: WooCommerce 9+ no longer delivers legacy-format payloads,
 * so the webhooks are registered through the store's wc/v3 (api_version wp_api_v3), and deliveries start the workflow.
 */
import { credentialsFor } from '../helpers/credentialStores';
import { startReceiver, TRIGGER_TYPE, TriggerWorkflow } from '../helpers/trigger';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSandbox } = require('../sandbox');

/* eslint-disable @typescript-eslint/no-explicit-any */
let sb: any;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let wf: TriggerWorkflow;

beforeAll(async () => {
	sb = await startSandbox({ seed: 'empty', allowedWebhookPorts: 'any' });
	receiver = await startReceiver(() => wf);
});
afterAll(async () => {
	await receiver.close();
	await sb.close();
});

it('registers wc/v3 webhooks with a legacy credential; a delivery starts the workflow; deactivation removes them', async () => {
	wf = new TriggerWorkflow(
		TRIGGER_TYPE,
		{ events: ['product.created'], options: { skipDeliveryUrlCheck: true } },
		{ credentials: credentialsFor(sb, { apiVersion: 'wc-api/v3' }), webhookBaseUrl: receiver.baseUrl, webhookTestBaseUrl: receiver.testBaseUrl },
	);
	sb.requests.length = 0;
	await wf.activate();
	const posts = sb.requests.filter((r: any) => r.method === 'POST' && /webhooks$/.test(r.path));
	expect(posts.map((r: any) => r.path)).toEqual(['/wp-json/wc/v3/webhooks']);
	expect(posts[0].body).toMatchObject({ topic: 'product.created', api_version: 'wp_api_v3' });
	const [hook] = [...sb.store.webhooks.values()].filter((w: any) => w.delivery_url === wf.webhookUrl());
	expect(hook).toMatchObject({ status: 'active', topic: 'product.created' });

	await sb.internalWrite('POST', 'products', { name: 'Legacy-era product' });
	await sb.webhooks.runQueue();
	await receiver.settled();
	const call = receiver.calls[receiver.calls.length - 1];
	expect(call).toMatchObject({ status: 200, started: true });
	expect(call.items[0].json).toMatchObject({ name: 'Legacy-era product' });

	await wf.deactivate();
	expect(sb.store.webhooks.has(hook.id)).toBe(false);
});

it('the periodic checks ask once per activation whether wc/v3 serves the webhooks, and say so once', async () => {
	wf = new TriggerWorkflow(
		TRIGGER_TYPE,
		{ events: ['product.created'], options: { skipDeliveryUrlCheck: true } },
		{ credentials: credentialsFor(sb, { apiVersion: 'wc-api/v3' }), webhookBaseUrl: receiver.baseUrl, webhookTestBaseUrl: receiver.testBaseUrl },
	);
	await wf.activate();
	sb.requests.length = 0;
	const trigger = await wf.startTrigger('init');
	await trigger.tick();
	await trigger.tick();
	const probes = sb.requests.filter((r: any) => r.path === '/wp-json/wc/v3/webhooks' && r.query.per_page === '1' && r.query._fields === 'id');
	expect(probes).toHaveLength(1);
	expect(trigger.logs.filter((line) => /registered through wc\/v3/.test(line))).toHaveLength(1);
	await wf.deactivate();
});
