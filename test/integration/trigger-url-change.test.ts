/**
 * WooCommerce Trigger when n8n's webhook URL changes (WEBHOOK_URL moved from a tunnel to the real
 * domain): the webhooks registered for the earlier URL of the same kind (production or test) are
 * removed from the store on the next activation and on deactivation, and forgotten in static data;
 * the other kind's registrations and webhooks of anyone else are never touched. Sandbox store over
 * real HTTP, n8n-core's HookContext (see ../helpers/trigger).
 */
import type { IDataObject } from 'n8n-workflow';

import { wooApiRequest } from '../../nodes/WooCommerce/transport';
import { startReceiver, TRIGGER_TYPE, TriggerWorkflow } from '../helpers/trigger';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSandbox } = require('../sandbox');

type StoreHook = { id: number; topic: string; status: string; delivery_url: string; secret: string; name: string };
type Sandbox = {
	url: string;
	keys: { readWrite: { key: string; secret: string } };
	requests: Array<{ method: string; path: string; query: IDataObject; body: unknown }>;
	store: { webhooks: Map<number, StoreHook>; next(kind: string): number; now(): Date };
	webhooks: { runQueue(): Promise<unknown>; sent: Array<{ url: string; kind: string }> };
	faults: { add(f: IDataObject): unknown; clear(): void };
	close(): Promise<void>;
};

const WEBHOOK_ID = '7d3c8f0e-1b2a-4c5d-9e8f-0a1b2c3d4e5f';
const PARAMS = { events: ['order.created', 'order.updated'], options: { skipDeliveryUrlCheck: true } };

let sb: Sandbox;
// Two n8n endpoints standing in for the old (tunnel) and the new (real domain) webhook URL.
let oldHost: Awaited<ReturnType<typeof startReceiver>>;
let newHost: Awaited<ReturnType<typeof startReceiver>>;
let current: TriggerWorkflow;

const credentials = () => ({
	url: sb.url,
	consumerKey: sb.keys.readWrite.key,
	consumerSecret: sb.keys.readWrite.secret,
	authentication: 'auto',
	signatureMethod: 'HMAC-SHA256',
	apiVersion: 'wc/v3',
	ignoreSslIssues: false,
});

/** The workflow as n8n runs it with `host` as WEBHOOK_URL, with the static data saved so far. */
function workflowOn(host: typeof oldHost, staticData?: IDataObject, parameters: IDataObject = PARAMS) {
	current = new TriggerWorkflow(
		TRIGGER_TYPE,
		parameters,
		{ credentials: credentials(), webhookBaseUrl: host.baseUrl, webhookTestBaseUrl: host.testBaseUrl },
		staticData,
	);
	return current;
}

const hooksAt = (url: string) => [...sb.store.webhooks.values()].filter((w) => w.delivery_url === url);
const keysOf = (wf: TriggerWorkflow) => Object.keys((wf.nodeStaticData().hooks ?? {}) as IDataObject).sort();
const deletes = (from: number) =>
	sb.requests.slice(from).filter((r) => r.method === 'DELETE' && /\/webhooks\/\d+$/.test(r.path));

/** Adds a webhook to the store as someone else (or another n8n node) would. */
function foreignWebhook(deliveryUrl: string): number {
	const id = sb.store.next('webhook');
	sb.store.webhooks.set(id, {
		id,
		name: 'someone else',
		status: 'active',
		topic: 'order.created',
		resource: 'order',
		event: 'created',
		delivery_url: deliveryUrl,
		secret: 'someone-elses-secret',
		date_created: sb.store.now(),
		date_modified: null,
		failureCount: 0,
		pendingDelivery: false,
	} as never);
	return id;
}

beforeAll(async () => {
	sb = await startSandbox({ allowedWebhookPorts: 'any' });
	oldHost = await startReceiver(() => current);
	newHost = await startReceiver(() => current);
});

afterAll(async () => {
	await oldHost?.close();
	await newHost?.close();
	await sb?.close();
});

describe('production URL changes from A to B', () => {
	let a: TriggerWorkflow;
	let b: TriggerWorkflow;
	let aProd: string;
	let aTest: string;
	let bProd: string;
	let aProdIds: number[];
	let aTestIds: number[];
	let foreign: number[];

	beforeAll(async () => {
		a = workflowOn(oldHost);
		expect(await a.activate('trigger')).toEqual({ existed: false });
		// "Listen for test event" on the old URL: a test registration of its own.
		expect(await a.activate('manual')).toEqual({ existed: false });
		aProd = a.webhookUrl('trigger');
		aTest = a.webhookUrl('manual');
		aProdIds = Object.values(a.storedHooks('trigger')).map((h) => h.id);
		aTestIds = Object.values(a.storedHooks('manual')).map((h) => h.id);
		expect(hooksAt(aProd)).toHaveLength(2);
		expect(hooksAt(aTest)).toHaveLength(2);
		foreign = [
			foreignWebhook('https://elsewhere.example.com/hook'),
			// Another n8n node (other webhook id) on the old host: not ours.
			foreignWebhook(`${oldHost.baseUrl}/00000000-0000-4000-8000-000000000000/webhook`),
		];
	});

	it('activating with URL B creates B\'s webhooks, deletes A\'s (force) and forgets A\'s key', async () => {
		const from = sb.requests.length;
		b = workflowOn(newHost, a.staticDataCopy());
		bProd = b.webhookUrl('trigger');
		expect(bProd).not.toBe(aProd);
		expect(await b.activate('trigger')).toEqual({ existed: false });

		expect(hooksAt(bProd).map((w) => w.topic).sort()).toEqual(['order.created', 'order.updated']);
		expect(hooksAt(aProd)).toHaveLength(0);
		for (const id of aProdIds) expect(sb.store.webhooks.has(id)).toBe(false);
		const deleted = deletes(from);
		expect(deleted.map((r) => Number(r.path.replace(/.*\//, ''))).sort()).toEqual([...aProdIds].sort());
		for (const r of deleted) expect(String(r.query.force)).toBe('true');

		expect(keysOf(b)).toEqual([aTest, bProd].sort());
		expect(b.storedHooks('trigger')).toEqual(
			Object.fromEntries(hooksAt(bProd).map((w) => [w.topic, { id: w.id, secret: w.secret }])),
		);
	});

	it('the test-URL registration and webhooks not created by this node are not touched', () => {
		expect(hooksAt(aTest).map((w) => w.id).sort()).toEqual([...aTestIds].sort());
		for (const id of foreign) expect(sb.store.webhooks.get(id)?.status).toBe('active');
	});

	it('a new order is delivered to B (and the test URL), never to A\'s production URL', async () => {
		const sentBefore = sb.webhooks.sent.length;
		await wooApiRequest.call(b.hookContext(), 'POST', 'orders', { body: { status: 'processing' } });
		await sb.webhooks.runQueue();
		await newHost.settled();
		await oldHost.settled();
		const urls = sb.webhooks.sent.slice(sentBefore).filter((s) => s.kind === 'delivery').map((s) => s.url);
		expect(urls.filter((u) => u === bProd)).toHaveLength(2);
		expect(urls).not.toContain(aProd);
	});

	it('re-activating with URL B changes nothing (checkExists is true)', async () => {
		const from = sb.requests.length;
		expect(await b.activate('trigger')).toEqual({ existed: true });
		expect(sb.requests.slice(from).filter((r) => r.method !== 'GET')).toHaveLength(0);
	});

	it("deactivating removes B's webhooks and leaves the test registration alone", async () => {
		expect(await b.deactivate('trigger')).toBe(true);
		expect(hooksAt(bProd)).toHaveLength(0);
		expect(keysOf(b)).toEqual([aTest]);
		expect(hooksAt(aTest)).toHaveLength(2);
	});

	it("the test URL's clean-up on URL B also removes the test webhooks left for URL A", async () => {
		// n8n removes test webhooks in mode 'internal' with the (new) test URL.
		expect(await b.deactivate('manual')).toBe(true);
		expect(hooksAt(aTest)).toHaveLength(0);
		expect(keysOf(b)).toEqual([]);
		for (const id of foreign) expect(sb.store.webhooks.has(id)).toBe(true);
	});
});

describe('removing the old webhooks fails', () => {
	it('on activation: activation succeeds, the failed one stays remembered and is removed next time', async () => {
		const a = workflowOn(oldHost, {});
		await a.activate('trigger');
		const aProd = a.webhookUrl('trigger');
		const [failing, other] = Object.values(a.storedHooks('trigger')).map((h) => h.id);
		sb.faults.add({
			method: 'DELETE',
			path: new RegExp(`^/webhooks/${failing}$`),
			times: 1,
			status: 500,
			body: { code: 'internal_server_error', message: 'Database error.', data: { status: 500 } },
		});
		const b = workflowOn(newHost, a.staticDataCopy());
		expect(await b.activate('trigger')).toEqual({ existed: false });
		sb.faults.clear();
		expect(sb.store.webhooks.has(failing)).toBe(true);
		expect(sb.store.webhooks.has(other)).toBe(false);
		const root = b.nodeStaticData().hooks as Record<string, Record<string, { id: number }>>;
		expect(Object.values(root[aProd]).map((h) => h.id)).toEqual([failing]);

		// Next activation (e.g. restart): checkExists is false because of the old webhook; create removes it.
		b.reload();
		expect(await b.activate('trigger')).toEqual({ existed: false });
		expect(sb.store.webhooks.has(failing)).toBe(false);
		expect(keysOf(b)).toEqual([b.webhookUrl('trigger')]);
		expect(hooksAt(b.webhookUrl('trigger'))).toHaveLength(2);
		expect(await b.deactivate('trigger')).toBe(true);
		expect(keysOf(b)).toEqual([]);
	});

	it('on deactivation: reported like today, and done by deactivating again; 404 counts as done', async () => {
		const a = workflowOn(oldHost, {});
		await a.activate('trigger');
		const [failing, gone] = Object.values(a.storedHooks('trigger')).map((h) => h.id);
		const b = workflowOn(newHost, a.staticDataCopy());
		sb.faults.add({
			method: 'DELETE',
			path: new RegExp(`^/webhooks/${failing}$`),
			times: 1,
			status: 500,
			body: { code: 'internal_server_error', message: 'Database error.', data: { status: 500 } },
		});
		sb.faults.add({
			method: 'DELETE',
			path: new RegExp(`^/webhooks/${gone}$`),
			times: 1,
			status: 404,
			body: { code: 'woocommerce_rest_invalid_id', message: 'Invalid ID.', data: { status: 404 } },
		});
		await expect(b.deactivate('trigger')).rejects.toThrow(/Could not remove 1 webhook/);
		sb.faults.clear();
		expect(keysOf(b)).toEqual([a.webhookUrl('trigger')]);
		expect(await b.deactivate('trigger')).toBe(true);
		expect(sb.store.webhooks.has(failing)).toBe(false);
		expect(keysOf(b)).toEqual([]);
		// The 404 one was forgotten, and is still in the store only because the fault stood in for it.
		sb.store.webhooks.delete(gone);
	});
});

describe('what is never deleted', () => {
	it('an old key whose webhook now points elsewhere (changed in WooCommerce) is forgotten, the webhook left alone', async () => {
		const a = workflowOn(oldHost, {}, { ...PARAMS, events: ['order.created'] });
		await a.activate('trigger');
		const id = a.storedHooks('trigger')['order.created'].id;
		sb.store.webhooks.get(id)!.delivery_url = 'https://someone-else.example.com/hook';
		const b = workflowOn(newHost, a.staticDataCopy(), { ...PARAMS, events: ['order.created'] });
		await b.activate('trigger');
		expect(sb.store.webhooks.get(id)?.delivery_url).toBe('https://someone-else.example.com/hook');
		expect(keysOf(b)).toEqual([b.webhookUrl('trigger')]);
		await b.deactivate('trigger');
		expect(sb.store.webhooks.has(id)).toBe(true);
		sb.store.webhooks.delete(id);
	});

	it("a key of another node's URL (other webhook id, e.g. copied static data) is not touched", async () => {
		const otherUrl = `${oldHost.baseUrl}/00000000-0000-4000-8000-000000000001/webhook`;
		const id = foreignWebhook(otherUrl);
		const b = workflowOn(newHost, {
			'node:WooCommerce Trigger': { hooks: { [otherUrl]: { 'order.created': { id, secret: 'x'.repeat(48) } } } },
		});
		expect(b.node.webhookId).toBe(WEBHOOK_ID);
		await b.activate('trigger');
		await b.deactivate('trigger');
		expect(sb.store.webhooks.has(id)).toBe(true);
		expect(keysOf(b)).toEqual([otherUrl]);
	});
});
