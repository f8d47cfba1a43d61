/**
 * End to end: the packed package installed into a REAL n8n 2.x (Node 24, SQLite) and driven through n8n's
 * REST and public APIs against the sandbox store over real HTTP on 127.0.0.1.
 *
 * The first run installs the runtime into .n8n-runtime/ (~6 minutes); later runs reuse it. One n8n serves the
 * whole file. Nothing is skipped: if the runtime cannot be installed or the package does not load, the suite
 * fails with the reason. Requires a built package (`npm test` runs `npm run build` first).
 */

/* eslint-disable @typescript-eslint/no-require-imports */
const { startE2e, sandboxCredentialData, node, chain, fileContains } = require('./harness');
const { nodeOutput, executionError } = require('./client');
const { CREDENTIAL_SENTENCES } = require('../../nodes/WooCommerce/transport/credentialSentences');

const SETUP_TIMEOUT = 15 * 60 * 1000;
jest.setTimeout(120 * 1000);

let e2e: any;
let setupError: Error | undefined;

beforeAll(async () => {
	try {
		e2e = await startE2e();
		process.stderr.write(`[e2e] timings: ${JSON.stringify(e2e.timings)}\n`);
	} catch (error) {
		setupError = error as Error;
	}
}, SETUP_TIMEOUT);

afterAll(async () => {
	// The n8n running now (a test restarts it; the harness knows the first one only).
	if (e2e) await e2e.n8n.stop();
	if (e2e) await e2e.stop();
}, 60 * 1000);

/** Every test needs the runtime: a setup failure fails each of them with the reason (never a silent skip). */
function env() {
	if (setupError) throw setupError;
	if (!e2e) throw new Error('end-to-end setup did not run');
	return e2e;
}

const created: { credentials: string[]; workflows: string[] } = { credentials: [], workflows: [] };

async function createCredential(name: string, overrides: Record<string, unknown> = {}) {
	const { client, sandbox } = env();
	const cred = await client.createCredential({
		name,
		type: 'wooCommerceRestApi',
		data: sandboxCredentialData(sandbox, overrides),
	});
	created.credentials.push(cred.id);
	return cred as { id: string; name: string };
}

async function createWorkflow(workflow: { name: string; nodes: unknown[]; connections: unknown }) {
	const wf = await env().client.createWorkflow(workflow);
	created.workflows.push(wf.id);
	return wf as { id: string; nodes: any[] };
}

describe('real n8n: the package', () => {
	test('installs from `npm pack` and loads its nodes and credential', () => {
		const { loaded, expected, pkg } = env();
		expect(pkg.files).toEqual(expect.arrayContaining(['package.json']));
		// Every node of the `n8n` attribute loaded (n8n adds `<name>Tool` variants for usableAsTool nodes).
		expect(loaded.nodes).toEqual(expect.arrayContaining(expected.nodes.map((n: string) => `n8n-nodes-woocommerce.${n}`)));
		expect(loaded.credentials).toContain('wooCommerceRestApi');
		expect(expected.credentials).toEqual(['wooCommerceRestApi']);
		// Our credential does not replace n8n's built-in WooCommerce credential.
		const builtIn = loaded.credTypes.filter((c: any) => c.name === 'wooCommerceApi');
		expect(builtIn).toHaveLength(1);
		const ours = loaded.credTypes.find((c: any) => c.name === 'wooCommerceRestApi');
		expect(ours.displayName).toBe('WooCommerce REST API');
	});

	test('serves the node and credential icons', async () => {
		const { loaded, n8n } = env();
		const ours = loaded.nodeTypes.filter((t: any) => t.name.startsWith('n8n-nodes-woocommerce.'));
		const cred = loaded.credTypes.find((c: any) => c.name === 'wooCommerceRestApi');
		const icons: string[] = [];
		for (const t of [...ours, cred]) {
			const url = t.iconUrl;
			if (typeof url === 'string') icons.push(url);
			else if (url && typeof url === 'object') icons.push(url.light, url.dark);
		}
		expect(icons.length).toBeGreaterThan(0);
		for (const icon of icons) {
			const res = await fetch(`${n8n.url}/${icon.replace(/^\//, '')}`);
			expect({ icon, status: res.status }).toEqual({ icon, status: 200 });
			expect(res.headers.get('content-type')).toMatch(/svg/);
		}
	});
});

describe('real n8n: the credential', () => {
	test('credential test endpoint: a good key passes', async () => {
		const { client } = env();
		const cred = await createCredential('Sandbox (auto)');
		const result = await client.testCredential({ id: cred.id, name: cred.name, type: 'wooCommerceRestApi', data: sandboxCredentialData(env().sandbox) });
		// The credential's declarative test: one signed read, answered by WooCommerce.
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
	});

	test('credential test endpoint: WooCommerce inactive is named', async () => {
		const { client, sandbox } = env();
		sandbox.settings.woocommerceActive = false;
		try {
			const result = await client.testCredential({ name: 'Sandbox (no WooCommerce)', type: 'wooCommerceRestApi', data: sandboxCredentialData(sandbox) });
			expect(result).toEqual({ status: 'Error', message: CREDENTIAL_SENTENCES.noWooCommerce });
		} finally {
			sandbox.settings.woocommerceActive = true;
		}
	});

	test('credential test endpoint: a wrong secret fails with a message for the user, without the secret', async () => {
		const { client, sandbox } = env();
		const wrong = 'wrong' + sandbox.keys.readWrite.secret.slice(5) + 'x';
		const cred = await createCredential('Sandbox (wrong secret)', { consumerSecret: wrong });
		const result = await client.testCredential({
			id: cred.id,
			name: cred.name,
			type: 'wooCommerceRestApi',
			data: sandboxCredentialData(sandbox, { consumerSecret: wrong }),
		});
		expect(result.status).toBe('Error');
		expect(typeof result.message).toBe('string');
		expect(result.message.length).toBeGreaterThan(10);
		// What the user reads in the credential dialog names the likely culprit (over http://: a refused OAuth signature).
		expect(result.message).toBe(CREDENTIAL_SENTENCES.oauthSignature);
		expect(result.message).not.toContain(wrong);
		expect(result.message).not.toContain(sandbox.keys.readWrite.secret);
	});

	test('HTTP Request node: our credential as predefined credential type, OAuth 1.0a over HTTP', async () => {
		const { client, sandbox } = env();
		const cred = await createCredential('Sandbox (OAuth)', { authentication: 'oauth1' });
		const before = sandbox.requests.length;
		const wf = await createWorkflow({
			name: 'e2e HTTP Request with predefined credential',
			nodes: [
				node('Start', 'n8n-nodes-base.manualTrigger'),
				node(
					'HTTP Request',
					'n8n-nodes-base.httpRequest',
					{
						method: 'GET',
						url: `${sandbox.url}/wp-json/wc/v3/products`,
						authentication: 'predefinedCredentialType',
						nodeCredentialType: 'wooCommerceRestApi',
						sendQuery: true,
						queryParameters: { parameters: [{ name: 'per_page', value: '3' }, { name: 'orderby', value: 'id' }, { name: 'order', value: 'asc' }] },
						options: {},
					},
					{ typeVersion: 4.2, position: [220, 0], credentials: { wooCommerceRestApi: { id: cred.id, name: cred.name } } },
				),
			],
			connections: chain('Start', 'HTTP Request'),
		});
		const execution = await client.runWorkflow(wf.id);
		expect(executionError(execution)).toBe('');
		const items = nodeOutput(execution, 'HTTP Request');
		expect(items).toHaveLength(3);
		expect(items[0]).toEqual(expect.objectContaining({ id: expect.any(Number), name: expect.any(String) }));
		const ids = items.map((p: any) => p.id);
		expect([...ids].sort((a, b) => a - b)).toEqual(ids);

		// The sandbox saw a signed OAuth 1.0a request, not Basic auth or keys in the query.
		const sent = sandbox.requests.slice(before).filter((r: any) => /\/wc\/v3\/products$/.test(r.path));
		expect(sent.length).toBeGreaterThan(0);
		const last = sent[sent.length - 1];
		const oauth = { ...last.query, ...parseOAuthHeader(last.headers.authorization) };
		expect(oauth.oauth_signature_method).toMatch(/^HMAC-SHA(1|256)$/);
		expect(oauth.oauth_consumer_key).toBe(sandbox.keys.readWrite.key);
		expect(last.query.consumer_secret).toBeUndefined();
		// The secret is nowhere in what n8n stored.
		expect(JSON.stringify(execution)).not.toContain(sandbox.keys.readWrite.secret);
	});
});

function parseOAuthHeader(header: string | undefined): Record<string, string> {
	if (!header || !/^OAuth /i.test(header)) return {};
	const out: Record<string, string> = {};
	for (const part of header.slice(6).split(',')) {
		const m = /\s*([^=]+)="([^"]*)"/.exec(part);
		if (m) out[m[1]] = decodeURIComponent(m[2]);
	}
	return out;
}

const WOO = 'n8n-nodes-woocommerce.wooCommerce';
const TRIGGER = 'n8n-nodes-woocommerce.wooCommerceTrigger';
const POLL = 'n8n-nodes-woocommerce.wooCommercePollTrigger';

/** Fails with the reason when the package did not declare/load a node (no silent skip). */
function requireNode(typeName: string) {
	const { loaded } = env();
	if (!loaded.nodes.includes(typeName)) {
		throw new Error(
			`${typeName} is not loaded in n8n: add its dist file to package.json "n8n.nodes" (loaded: ${loaded.nodes.join(', ')})`,
		);
	}
}

let oauthCredential: { id: string; name: string } | undefined;
async function wooCredential() {
	if (!oauthCredential) oauthCredential = await createCredential('Sandbox store', { authentication: 'auto' });
	return { wooCommerceRestApi: { id: oauthCredential.id, name: oauthCredential.name } };
}

/**
 * Waits until `probe()` returns a truthy value (n8n 2.x applies activation and deactivation asynchronously,
 * through its workflow-publication queue). Not a timed assertion: the deadline only bounds a hang.
 */
async function waitFor<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 30000): Promise<T> {
	const started = Date.now();
	for (;;) {
		const value = await probe();
		if (value) return value;
		if (Date.now() - started > timeoutMs) throw new Error(`gave up waiting for ${what} after ${timeoutMs / 1000} s`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

const rl = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });

async function runLinear(name: string, steps: Array<[string, string, Record<string, unknown>, Record<string, unknown>?]>) {
	const credentials = await wooCredential();
	const nodes = [node('Start', 'n8n-nodes-base.manualTrigger')];
	steps.forEach(([nodeName, nodeType, parameters, extra], i) => {
		nodes.push(
			node(nodeName, nodeType, parameters, {
				position: [220 * (i + 1), 0],
				...(nodeType === WOO ? { credentials } : {}),
				...(extra || {}),
			}),
		);
	});
	const wf = await createWorkflow({ name, nodes, connections: chain('Start', ...steps.map((s) => s[0])) });
	return env().client.runWorkflow(wf.id);
}

// The poll trigger needs a minute between polls (n8n's minimum): it is activated here, the order is created
// right after, and the check runs at the end of the file while the other tests run.
const poll: { workflowId?: string; orderId?: number; error?: Error } = {};

describe('real n8n: WooCommerce Poll Trigger (activation)', () => {
	test('activates (first poll remembers the store position) and a new order is created', async () => {
		requireNode(POLL);
		const { client } = env();
		const credentials = await wooCredential();
		const wf = await createWorkflow({
			name: 'e2e poll trigger',
			nodes: [
				node(
					'WooCommerce Poll Trigger',
					POLL,
					{ pollTimes: { item: [{ mode: 'everyMinute' }] }, resource: 'order', event: 'created' },
					{ credentials },
				),
			],
			connections: {},
		});
		poll.workflowId = wf.id;
		await client.activateWorkflow(wf.id);
		// Activation runs a first poll that remembers where the store is, and n8n saves the node's static data
		// when activation is complete: create the new order only after that, as a shop would receive it later.
		await waitFor('the first poll (static data saved)', async () => {
			const saved = await client.getWorkflow(wf.id);
			return JSON.stringify(saved.staticData || {}).includes('node:WooCommerce Poll Trigger');
		});
		const execution = await runLinear('e2e create order for the poll trigger', [
			[
				'Create Order',
				WOO,
				{
					resource: 'order',
					operation: 'create',
					line_items: { values: [{ product_id: '11', quantity: 2 }] },
					additionalFields: { status: 'processing', customer_note: 'e2e poll trigger' },
				},
			],
		]);
		expect(executionError(execution)).toBe('');
		const [order] = nodeOutput(execution, 'Create Order');
		expect(order.id).toEqual(expect.any(Number));
		poll.orderId = order.id;
	});
});

describe('real n8n: WooCommerce node', () => {
	test('creates, gets, updates and deletes a product', async () => {
		requireNode(WOO);
		const { sandbox } = env();
		const sku = `E2E-${Date.now()}`;
		const execution = await runLinear('e2e product CRUD', [
			['Create', WOO, { resource: 'product', operation: 'create', name: 'E2E Tee', additionalFields: { sku, regular_price: '19.99', manage_stock: true, stock_quantity: 7 } }],
			['Get', WOO, { resource: 'product', operation: 'get', productId: rl('={{ $json.id }}'), simplify: false }],
			['Update', WOO, { resource: 'product', operation: 'update', productId: rl('={{ $json.id }}'), updateFields: { regular_price: '24.50', name: 'E2E Tee (updated)' } }],
			['Delete', WOO, { resource: 'product', operation: 'delete', productId: rl('={{ $json.id }}'), force: true }],
		]);
		expect(executionError(execution)).toBe('');
		expect(execution.status).toBe('success');
		const [createdProduct] = nodeOutput(execution, 'Create');
		expect(createdProduct).toMatchObject({ name: 'E2E Tee', sku, regular_price: '19.99', stock_quantity: 7 });
		const id = createdProduct.id;
		const [got] = nodeOutput(execution, 'Get');
		expect(got).toMatchObject({ id, sku, regular_price: '19.99', manage_stock: true });
		expect(got).toHaveProperty('meta_data'); // not simplified
		const [updated] = nodeOutput(execution, 'Update');
		expect(updated).toMatchObject({ id, name: 'E2E Tee (updated)', regular_price: '24.50' });
		const [deleted] = nodeOutput(execution, 'Delete');
		expect(deleted.id).toBe(id);
		expect(sandbox.store.products.has(id)).toBe(false);
	});

	test('Get Many orders: Return All with Filters and Fields', async () => {
		requireNode(WOO);
		const { sandbox } = env();
		const expected = [...sandbox.store.orders.values()]
			.filter((o: any) => o.type !== 'refund' && (o.status === 'processing' || o.status === 'completed'))
			.map((o: any) => o.id)
			.sort((a: number, b: number) => a - b);
		expect(expected.length).toBeGreaterThan(2);
		const before = sandbox.requests.length;
		const execution = await runLinear('e2e orders get many', [
			[
				'Orders',
				WOO,
				{
					resource: 'order',
					operation: 'getAll',
					returnAll: true,
					simplify: false,
					filters: { status: ['processing', 'completed'] },
					options: { fields: 'id,status,total,billing.email' },
				},
			],
		]);
		expect(executionError(execution)).toBe('');
		const orders = nodeOutput(execution, 'Orders');
		expect(orders.map((o: any) => o.id)).toEqual(expected);
		for (const o of orders) {
			expect(['processing', 'completed']).toContain(o.status);
			expect(Object.keys(o).sort()).toEqual(expect.arrayContaining(['id', 'status', 'total']));
			expect(o).not.toHaveProperty('line_items');
		}
		const listCalls = sandbox.requests.slice(before).filter((r: any) => /\/wc\/v3\/orders$/.test(r.path));
		expect(listCalls.length).toBeGreaterThan(0);
	});

	test('batch update with a failing item: the error stays on its own item', async () => {
		requireNode(WOO);
		const { sandbox } = env();
		const [first, second] = [...sandbox.store.products.values()].filter((p: any) => p.type === 'simple');
		const execution = await runLinear('e2e product batch', [
			[
				'Items',
				'n8n-nodes-base.code',
				{
					jsCode: `return [
  { json: { id: ${first.id}, regular_price: '11.11' } },
  { json: { id: 987654, regular_price: '1.00' } },
  { json: { id: ${second.id}, regular_price: '22.22' } },
];`,
				},
				{ typeVersion: 2 },
			],
			['Batch', WOO, { resource: 'product', operation: 'batch', batchAction: 'update', batchId: '={{ $json.id }}', batchData: '={{ { regular_price: $json.regular_price } }}' }],
		]);
		expect(executionError(execution)).toBe('');
		const out = nodeOutput(execution, 'Batch');
		expect(out).toHaveLength(3);
		expect(out[0]).toMatchObject({ id: first.id, regular_price: '11.11' });
		expect(out[1]).toMatchObject({ success: false, code: expect.any(String) });
		expect(out[2]).toMatchObject({ id: second.id, regular_price: '22.22' });
		expect(sandbox.store.products.get(first.id).regular_price).toBe('11.11');
		// pairedItem: every output item points back at its input item.
		const runs = execution.data.resultData.runData.Batch[0].data.main[0];
		expect(runs.map((i: any) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	test('Sync by SKU writes only the product whose price differs and reports each item', async () => {
		requireNode(WOO);
		const { sandbox } = env();
		const [same, changed] = [...sandbox.store.products.values()].filter((p: any) => p.type === 'simple' && p.sku && p.regular_price);
		const before = sandbox.requests.length;
		const execution = await runLinear('e2e product sync', [
			[
				'Items',
				'n8n-nodes-base.code',
				{
					jsCode: `return [
  { json: { sku: ${JSON.stringify(same.sku)}, price: ${JSON.stringify(String(Number(same.regular_price)))} } },
  { json: { sku: ${JSON.stringify(changed.sku)}, price: '77.70' } },
  { json: { sku: 'E2E-NO-SUCH-SKU', price: '1.00' } },
];`,
				},
				{ typeVersion: 2 },
			],
			['Sync', WOO, { resource: 'product', operation: 'sync', syncSku: '={{ $json.sku }}', syncFields: { regular_price: '={{ $json.price }}' } }],
		]);
		expect(executionError(execution)).toBe('');
		expect(nodeOutput(execution, 'Sync').map((json: any) => json._operation)).toEqual(['unchanged', 'updated', 'missing']);
		const sent = sandbox.requests.slice(before).filter((r: any) => r.path.startsWith('/wp-json/wc/v3/products'));
		expect(sent.map((r: any) => `${r.method} ${r.path}`)).toEqual(['GET /wp-json/wc/v3/products', 'POST /wp-json/wc/v3/products/batch']);
		expect(sandbox.store.products.get(changed.id).regular_price).toBe('77.70');
	});
});

describe('real n8n: WooCommerce Trigger (webhooks)', () => {
	const state: { workflowId?: string; hook?: any } = {};

	test('activation registers a webhook in the store; its ping starts nothing', async () => {
		requireNode(TRIGGER);
		const { client, sandbox, n8n } = env();
		const credentials = await wooCredential();
		const webhookId = require('node:crypto').randomUUID();
		const wf = await createWorkflow({
			name: 'e2e webhook trigger',
			nodes: [
				node(
					'WooCommerce Trigger',
					TRIGGER,
					{ events: ['order.created'], options: { skipDeliveryUrlCheck: true } },
					{ credentials, webhookId },
				),
			],
			connections: {},
		});
		state.workflowId = wf.id;
		await client.activateWorkflow(wf.id);
		const ours = () => [...sandbox.store.webhooks.values()].filter((w: any) => String(w.delivery_url).includes(webhookId));
		await waitFor('the webhook in the store', () => ours().length > 0);
		// checkExists/create ran once: one webhook for the one topic (n8n's pinging it is part of create).
		await waitFor('the ping to be answered', () =>
			sandbox.webhooks.sent.some((s: any) => s.webhookId === ours()[0].id && s.kind === 'ping' && (s.status || s.error)),
		);
		// Activation ends with n8n saving the node's static data (the webhook registration and its secret);
		// deliveries are checked against it.
		await waitFor('activation to finish (static data saved)', async () => {
			const saved = await client.getWorkflow(wf.id);
			return JSON.stringify(saved.staticData || {}).includes('node:WooCommerce Trigger');
		});
		const hooks = ours();
		expect(hooks).toHaveLength(1);
		expect(hooks[0]).toMatchObject({ topic: 'order.created', status: 'active' });
		expect(hooks[0].delivery_url.startsWith(`${n8n.url}/webhook/${webhookId}/`)).toBe(true);
		state.hook = hooks[0];
		const pings = sandbox.webhooks.sent.filter((s: any) => s.webhookId === hooks[0].id && s.kind === 'ping');
		expect(pings.length).toBeGreaterThan(0);
		expect(pings.map((p: any) => p.status)).toContain(200);
	});

	test('a signed delivery starts one execution with the payload; a forged one gets 401 and starts none', async () => {
		requireNode(TRIGGER);
		const { client, sandbox } = env();
		if (!state.hook) throw new Error('the trigger was not activated (previous test failed)');
		const orderIds = [...sandbox.store.orders.values()].filter((o: any) => o.type !== 'refund').map((o: any) => o.id);
		const first = await sandbox.webhooks.deliver(state.hook.id, orderIds[0]);
		expect({ status: first.status, body: first.responseBody }).toMatchObject({ status: 200 });
		const [one] = await client.waitForExecutions(state.workflowId, 1);
		const items = nodeOutput(one, 'WooCommerce Trigger');
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({ id: orderIds[0], _woocommerce: expect.objectContaining({ topic: 'order.created' }) });

		// Forged: a valid delivery's headers with a changed body, and a made-up signature.
		const sent = sandbox.webhooks.sent.filter((s: any) => s.webhookId === state.hook.id && s.kind === 'delivery');
		const real = sent[sent.length - 1];
		const { 'Content-Length': _length, ...realHeaders } = real.headers;
		const tampered = String(real.rawBody).replace(/"id":\d+/, '"id":424242');
		for (const [body, signature] of [
			[tampered, real.headers['X-WC-Webhook-Signature']],
			[String(real.rawBody), 'Zm9yZ2VkIHNpZ25hdHVyZQ=='],
		]) {
			const res = await fetch(state.hook.delivery_url, {
				method: 'POST',
				headers: { ...realHeaders, 'X-WC-Webhook-Signature': signature, 'X-WC-Webhook-Delivery-ID': `forged-${Math.random()}` },
				body,
			});
			expect(res.status).toBe(401);
			await res.text();
		}

		// A second genuine delivery: once its execution exists, any execution the forged requests (sent before it)
		// or the ping had started would exist too.
		const second = await sandbox.webhooks.deliver(state.hook.id, orderIds[1]);
		expect(second.status).toBe(200);
		const all = await client.waitForExecutions(state.workflowId, 2);
		expect(all).toHaveLength(2);
		const ids = all.map((e: any) => nodeOutput(e, 'WooCommerce Trigger')[0].id).sort((a: number, b: number) => a - b);
		expect(ids).toEqual([orderIds[0], orderIds[1]].sort((a, b) => a - b));
	});

	test('deactivation removes the webhook from the store', async () => {
		requireNode(TRIGGER);
		const { client, sandbox } = env();
		if (!state.hook) throw new Error('the trigger was not activated (previous test failed)');
		await client.deactivateWorkflow(state.workflowId);
		await waitFor('the webhook to be removed from the store', () => !sandbox.store.webhooks.has(state.hook.id));
		expect([...sandbox.store.webhooks.values()].filter((w: any) => w.delivery_url === state.hook.delivery_url)).toEqual([]);
	});
});

describe('real n8n: example workflows (test/examples)', () => {
	const { loadExamples, bindExample } = require('../dev/examples');
	const examples: Array<{ file: string; workflow: any }> = loadExamples();
	const imported: Record<string, { id: string; nodes: any[] }> = {};

	test('there are the four documented examples', () => {
		expect(examples.map((e) => e.file).sort()).toEqual([
			'customers-to-crm.json',
			'erp-stock-price-sync.json',
			'low-stock-alert.json',
			'paid-order-to-accounting.json',
		]);
	});

	test('each imports into n8n; node types, versions and our parameters exist', async () => {
		const { client, loaded } = env();
		const credentials = await wooCredential();
		const byName = new Map<string, any[]>();
		for (const t of loaded.nodeTypes) byName.set(t.name, [...(byName.get(t.name) || []), t]);
		for (const { file, workflow } of examples) {
			for (const n of workflow.nodes) {
				const types = byName.get(n.type);
				expect({ file, node: n.name, known: Boolean(types) }).toEqual({ file, node: n.name, known: true });
				const versions = types!.flatMap((t: any) => (Array.isArray(t.version) ? t.version : [t.version]));
				expect({ file, node: n.name, versions }).toEqual({ file, node: n.name, versions: expect.arrayContaining([n.typeVersion]) });
				if (n.type.startsWith('n8n-nodes-woocommerce.')) {
					const names = new Set(types!.flatMap((t: any) => t.properties.map((p: any) => p.name)).concat(['pollTimes']));
					for (const key of Object.keys(n.parameters)) {
						expect({ file, node: n.name, parameter: key, exists: names.has(key) }).toEqual({ file, node: n.name, parameter: key, exists: true });
					}
					expect(Object.keys(n.credentials || {})).toEqual(['wooCommerceRestApi']);
				}
			}
			const wf = await client.createWorkflow(bindExample(workflow, { id: credentials.wooCommerceRestApi.id, name: credentials.wooCommerceRestApi.name }));
			created.workflows.push(wf.id);
			imported[file] = wf;
		}
	});

	test('low-stock alert: finds the products at or below their threshold', async () => {
		requireNode(WOO);
		const { client, sandbox } = env();
		const wf = imported['low-stock-alert.json'];
		if (!wf) throw new Error('the example was not imported (previous test failed)');
		const execution = await client.runWorkflow(wf.id, { destinationNode: 'Find low stock' });
		expect(executionError(execution)).toBe('');
		const expected = [...sandbox.store.products.values()]
			.filter((p: any) => p.type !== 'variation' && p.status === 'publish' && p.manage_stock && p.stock_quantity !== null)
			.filter((p: any) => p.stock_quantity <= (p.low_stock_amount ?? 5))
			.map((p: any) => p.id)
			.sort((a: number, b: number) => a - b);
		const out = nodeOutput(execution, 'Find low stock');
		if (expected.length === 0) {
			expect(out).toEqual([]);
		} else {
			expect(out).toHaveLength(1);
			expect(out[0].products.map((p: any) => p.id).sort((a: number, b: number) => a - b)).toEqual(expected);
			expect(out[0].text).toContain('low on stock');
		}
	});

	test('ERP sync: only changed SKUs are written, in one batch', async () => {
		requireNode(WOO);
		const { client, sandbox } = env();
		const wf = imported['erp-stock-price-sync.json'];
		if (!wf) throw new Error('the example was not imported (previous test failed)');
		const simple = [...sandbox.store.products.values()].filter((p: any) => p.type === 'simple' && p.sku && p.status === 'publish');
		const [changed, same] = simple.slice(-2);
		const feed = [
			{ sku: changed.sku, price: '31.5', stock: 12 },
			{ sku: same.sku, price: same.regular_price, stock: same.stock_quantity ?? 0 },
			{ sku: 'NOT-IN-SHOP-1', price: '1', stock: 1 },
		];
		// Same-stock products must be stock-managed already to count as unchanged.
		same.manage_stock = true;
		same.stock_quantity = same.stock_quantity ?? 0;
		const http = require('node:http');
		const erp = http.createServer((_req: any, res: any) => {
			res.setHeader('content-type', 'application/json');
			res.end(JSON.stringify(feed));
		});
		await new Promise<void>((resolve) => erp.listen(0, '127.0.0.1', resolve));
		try {
			const nodes = wf.nodes.map((n: any) =>
				n.name === 'Get ERP stock and prices' ? { ...n, parameters: { ...n.parameters, url: `http://127.0.0.1:${erp.address().port}/stock.json` } } : n,
			);
			const local = await createWorkflow({ name: 'e2e ERP sync example', nodes, connections: (await client.getWorkflow(wf.id)).connections });
			const before = sandbox.requests.length;
			const execution = await client.runWorkflow(local.id, { triggerName: 'Every hour' });
			expect(executionError(execution)).toBe('');
			const out = nodeOutput(execution, 'Batch update products');
			expect(out).toHaveLength(1);
			expect(out[0]).toMatchObject({ id: changed.id, regular_price: '31.50', stock_quantity: 12 });
			expect(sandbox.store.products.get(changed.id)).toMatchObject({ regular_price: '31.50', stock_quantity: 12 });
			const batchCalls = sandbox.requests.slice(before).filter((r: any) => /\/products\/batch$/.test(r.path));
			expect(batchCalls).toHaveLength(1);
		} finally {
			await new Promise((resolve) => erp.close(resolve));
		}
	});
});

describe('real n8n: WooCommerce Poll Trigger (pick-up)', () => {
	test('the next poll picks up the new order', async () => {
		requireNode(POLL);
		const { client } = env();
		if (!poll.workflowId || !poll.orderId) throw new Error('the poll trigger was not activated (earlier test failed)');
		// n8n polls at most once a minute: wait for the next poll's execution.
		const [execution] = await client.waitForExecutions(poll.workflowId, 1, { timeoutMs: 100000 });
		const items = nodeOutput(execution, 'WooCommerce Poll Trigger');
		expect(items.map((o: any) => o.id)).toContain(poll.orderId);
		await client.deactivateWorkflow(poll.workflowId);
	}, 130000);
});

describe('real n8n: WooCommerce Trigger after n8n was down', () => {
	test('n8n restarts: the webhook WooCommerce disabled is active again and the orders placed meanwhile run once each', async () => {
		requireNode(TRIGGER);
		const { client, sandbox } = env();
		const credentials = await wooCredential();
		const webhookId = require('node:crypto').randomUUID();
		const wf = await createWorkflow({
			name: 'e2e trigger downtime',
			nodes: [node('WooCommerce Trigger', TRIGGER, { events: ['order.created'], options: { skipDeliveryUrlCheck: true } }, { credentials, webhookId })],
			connections: {},
		});
		await client.activateWorkflow(wf.id);
		const hook = () => [...sandbox.store.webhooks.values()].find((w: any) => String(w.delivery_url).includes(webhookId));
		await waitFor('the webhook in the store', () => hook());
		await waitFor('activation to finish (static data saved)', async () =>
			JSON.stringify((await client.getWorkflow(wf.id)).staticData || {}).includes('node:WooCommerce Trigger'),
		);
		const placeOrder = async (note: string) => {
			sandbox.settings.clockSkewSeconds = (sandbox.settings.clockSkewSeconds ?? 0) + 2;
			const answer = await sandbox.internalWrite('POST', 'orders', { status: 'processing', customer_note: note });
			return Number(answer.body.id);
		};
		const delivered = await placeOrder('before the downtime');
		await sandbox.webhooks.runQueue();
		await client.waitForExecutions(wf.id, 1);

		// n8n stops; 8 orders are placed, each delivery fails, and WooCommerce disables the webhook.
		const before = e2e.n8n;
		await before.stop();
		const missed: number[] = [];
		for (let i = 0; i < 8; i++) {
			missed.push(await placeOrder(`during the downtime ${i}`));
			await sandbox.webhooks.runQueue();
		}
		expect(hook().status).toBe('disabled');

		// n8n starts again on the same database and port: nobody touches the workflow.
		e2e.n8n = await require('./runtime').startN8n({ userFolder: e2e.userFolder, port: before.port });
		await waitFor('the webhook to be active again', () => hook().status === 'active', 60000);
		const executions = await client.waitForExecutions(wf.id, 2, { timeoutMs: 60000 });
		const caughtUp = executions.flatMap((e: any) => nodeOutput(e, 'WooCommerce Trigger')).filter((o: any) => o._woocommerce?.caughtUp);
		expect(caughtUp.map((o: any) => o.id)).toEqual(missed);
		expect(caughtUp.map((o: any) => o.id)).not.toContain(delivered);

		// Deliveries start workflows again, and nothing missed runs twice.
		const next = await placeOrder('after the restart');
		await sandbox.webhooks.runQueue();
		const all = await client.waitForExecutions(wf.id, executions.length + 1);
		const ids = all.flatMap((e: any) => nodeOutput(e, 'WooCommerce Trigger')).map((o: any) => o.id);
		expect(ids.filter((id: number) => id === next)).toHaveLength(1);
		expect(new Set(ids).size).toBe(ids.length);
		await client.deactivateWorkflow(wf.id);
	}, 300000);
});

describe('real n8n: secrets', () => {
	test('n8n log holds no consumer secret', () => {
		const { n8n, sandbox } = env();
		expect(fileContains(n8n.logFile, sandbox.keys.readWrite.secret)).toBe(false);
	});
});
