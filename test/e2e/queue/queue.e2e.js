'use strict';
/**
 * The package in n8n queue mode (issue 13): Redis, PostgreSQL, n8n main, 2 webhook processes behind a
 * round-robin proxy and 2 workers (see cluster.js), against the sandbox store over real HTTP on 127.0.0.1.
 *
 *   npm run build && node test/e2e/queue/queue.e2e.js
 *
 * Plain node:test (not part of `npm test`): .ci/run calls it. Cases follow the numbering.
 */

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');

process.env.N8N_RUNTIME_DIR = process.env.N8N_RUNTIME_DIR || require('node:path').join(require('node:os').homedir(), '.cache', 'n8n-nodes-woocommerce', 'runtime');

const { startCluster } = require('./cluster');
const { sandboxCredentialData, node, chain, PKG } = require('../harness');
const { nodeOutput, executionError } = require('../client');
const { startSandbox } = require('../../sandbox');

const WOO = `${PKG}.wooCommerce`;
const TRIGGER = `${PKG}.wooCommerceTrigger`;
const POLL = `${PKG}.wooCommercePollTrigger`;
const TOPICS = ['order.created', 'order.updated', 'product.created'];
const DELIVERIES = 200;

const suiteStarted = Date.now();
const timings = {};
let cluster;
let sandbox;
let credentials;

function stamp(key, since) {
	timings[key] = Date.now() - since;
}

/** Waits until `probe()` is truthy; the deadline only bounds a hang (no timed assertion). */
async function waitFor(what, probe, timeoutMs = 60000) {
	const started = Date.now();
	for (;;) {
		const value = await probe();
		if (value) return value;
		if (Date.now() - started > timeoutMs) throw new Error(`gave up waiting for ${what} after ${timeoutMs / 1000} s`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

/** Every execution of a workflow (public API, all pages). */
async function allExecutions(workflowId, { includeData = true } = {}) {
	const out = [];
	let cursor = '';
	do {
		const qs = new URLSearchParams({ workflowId: String(workflowId), includeData: String(includeData), limit: '100' });
		if (cursor) qs.set('cursor', cursor);
		const page = await cluster.client.api('GET', `/executions?${qs}`);
		out.push(...page.data);
		cursor = page.nextCursor || '';
	} while (cursor);
	return out;
}

async function finishedExecutions(workflowId, opts) {
	return (await allExecutions(workflowId, opts)).filter((e) => e.finished || e.stoppedAt);
}

async function runManual(name, steps) {
	const nodes = [node('Start', 'n8n-nodes-base.manualTrigger')];
	steps.forEach(([nodeName, nodeType, parameters, extra], i) => {
		nodes.push(node(nodeName, nodeType, parameters, { position: [220 * (i + 1), 0], ...(nodeType === WOO ? { credentials } : {}), ...(extra || {}) }));
	});
	const wf = await cluster.client.createWorkflow({ name, nodes, connections: chain('Start', ...steps.map((s) => s[0])) });
	return cluster.client.runWorkflow(wf.id);
}

async function staticDataOf(workflowId) {
	return JSON.stringify((await cluster.client.getWorkflow(workflowId)).staticData || {});
}

const ourHooks = (webhookId) => [...sandbox.store.webhooks.values()].filter((w) => String(w.delivery_url).includes(webhookId));

before(async () => {
	let t = Date.now();
	sandbox = await startSandbox({ seed: 'demo', allowedWebhookPorts: 'any' });
	cluster = await startCluster();
	stamp('clusterStartMs', t);
	Object.assign(timings, cluster.timings);
	const cred = await cluster.client.createCredential({ name: 'Sandbox store', type: 'wooCommerceRestApi', data: sandboxCredentialData(sandbox) });
	credentials = { wooCommerceRestApi: { id: cred.id, name: cred.name } };
});

after(async () => {
	if (cluster) await cluster.stop();
	if (sandbox) await sandbox.close();
	timings.totalMs = Date.now() - suiteStarted;
	process.stderr.write(`[queue-e2e] timings: ${JSON.stringify(timings)}\n`);
});

// Case 5 needs n8n's one-minute poll interval: activated first, checked last.
const poll = {};

describe('5. poll trigger (activation)', () => {
	it('activates on main; the first poll remembers the store position; a new order is created', async () => {
		const { client } = cluster;
		const wf = await client.createWorkflow({
			name: 'queue poll trigger',
			nodes: [node('Poll', POLL, { pollTimes: { item: [{ mode: 'everyMinute' }] }, resource: 'order', event: 'created' }, { credentials })],
			connections: {},
		});
		poll.workflowId = wf.id;
		poll.activatedAt = Date.now();
		await client.activateWorkflow(wf.id);
		await waitFor('the first poll (static data saved)', async () => (await staticDataOf(wf.id)).includes('node:Poll'));
		poll.first = await createOrder('queue poll A');
	});
});

async function createOrder(note) {
	const execution = await runManual(`queue create order (${note})`, [
		['Create Order', WOO, { resource: 'order', operation: 'create', line_items: { values: [{ product_id: '11', quantity: 1 }] }, additionalFields: { status: 'processing', customer_note: note } }],
	]);
	assert.equal(executionError(execution), '');
	return nodeOutput(execution, 'Create Order')[0].id;
}

describe('1. WooCommerce node operations run on workers with the same results as in regular mode', () => {
	// One entry per operation.
	const operations = [
		{
			name: 'Get Many orders (Return All, Filters, Fields)',
			steps: () => [
				['Orders', WOO, { resource: 'order', operation: 'getAll', returnAll: true, simplify: false, filters: { status: ['processing', 'completed'] }, options: { fields: 'id,status,total' } }],
			],
			check: (execution) => {
				const expected = [...sandbox.store.orders.values()]
					.filter((o) => o.type !== 'refund' && ['processing', 'completed'].includes(o.status))
					.map((o) => o.id)
					.sort((a, b) => a - b);
				assert.ok(expected.length > 2);
				assert.deepEqual(nodeOutput(execution, 'Orders').map((o) => o.id), expected);
			},
		},
		{
			name: 'Batch update products with a failing item',
			steps: () => {
				const [first, second] = [...sandbox.store.products.values()].filter((p) => p.type === 'simple');
				operations.batchIds = [first.id, second.id];
				return [
					['Items', 'n8n-nodes-base.code', { jsCode: `return [{ json: { id: ${first.id}, regular_price: '11.11' } }, { json: { id: 987654, regular_price: '1.00' } }, { json: { id: ${second.id}, regular_price: '22.22' } }];` }, { typeVersion: 2 }],
					['Batch', WOO, { resource: 'product', operation: 'batch', batchAction: 'update', batchId: '={{ $json.id }}', batchData: '={{ { regular_price: $json.regular_price } }}' }],
				];
			},
			check: (execution) => {
				const [firstId, secondId] = operations.batchIds;
				const out = nodeOutput(execution, 'Batch');
				assert.equal(out.length, 3);
				assert.deepEqual([out[0].id, out[0].regular_price], [firstId, '11.11']);
				assert.equal(out[1].success, false);
				assert.deepEqual([out[2].id, out[2].regular_price], [secondId, '22.22']);
				assert.equal(sandbox.store.products.get(firstId).regular_price, '11.11');
				assert.equal(sandbox.store.products.get(secondId).regular_price, '22.22');
			},
		},
		{
			name: 'Product > Sync by SKU (one unchanged, one changed, one missing)',
			steps: () => {
				const [same, changed] = [...sandbox.store.products.values()].filter((p) => p.type === 'simple' && p.sku && p.regular_price);
				operations.sync = { changedId: changed.id };
				return [
					['Items', 'n8n-nodes-base.code', { jsCode: `return [{ json: { sku: ${JSON.stringify(same.sku)}, price: ${JSON.stringify(String(Number(same.regular_price)))} } }, { json: { sku: ${JSON.stringify(changed.sku)}, price: '66.60' } }, { json: { sku: 'QUEUE-NO-SUCH-SKU', price: '1.00' } }];` }, { typeVersion: 2 }],
					['Sync', WOO, { resource: 'product', operation: 'sync', syncSku: '={{ $json.sku }}', syncFields: { regular_price: '={{ $json.price }}' } }],
				];
			},
			check: (execution) => {
				assert.deepEqual(nodeOutput(execution, 'Sync').map((json) => json._operation), ['unchanged', 'updated', 'missing']);
				assert.equal(sandbox.store.products.get(operations.sync.changedId).regular_price, '66.60');
			},
		},
	];
	for (const op of operations) {
		it(op.name, async () => {
			const execution = await runManual(`queue ${op.name}`, op.steps());
			assert.equal(executionError(execution), '');
			op.check(execution);
			// The worker's log names the execution it ran: exactly one worker, never main.
			assert.equal(cluster.workerOf(execution.id).length, 1, `execution ${execution.id} ran on ${JSON.stringify(cluster.workerOf(execution.id))}`);
			assert.ok(!new RegExp(`Worker started execution ${execution.id} `).test(cluster.main.log()));
		});
	}
});

const trigger = {};

describe('2. trigger activation: one webhook per topic; a restart of main creates no more; deactivation removes them', () => {
	it('activation creates one webhook per topic (a delivery is sent while it runs: checked in case 3)', async () => {
		const { client, proxy } = cluster;
		trigger.webhookId = crypto.randomUUID();
		const wf = await client.createWorkflow({
			name: 'queue webhook trigger',
			nodes: [node('Trigger', TRIGGER, { events: TOPICS, options: { skipDeliveryUrlCheck: true } }, { credentials, webhookId: trigger.webhookId })],
			connections: {},
		});
		trigger.workflowId = wf.id;
		// The store pings each new webhook while n8n's create() waits for the answer, i.e. before activation
		// ends and n8n saves the trigger's static data: a real delivery sent right then must be verified too.
		proxy.intercept = async (method, url, headers, body) => {
			if (trigger.early || !url.includes(trigger.webhookId) || !/^webhook_id=\d+$/.test(body.toString())) return;
			const hook = sandbox.store.webhooks.get(Number(body.toString().split('=')[1]));
			if (hook?.topic !== 'order.created') return;
			trigger.early = { payload: { id: 900001, status: 'processing', date_modified_gmt: '2026-01-01T00:00:00', note: 'early' } };
			trigger.early.result = await sandbox.webhooks.deliver(hook.id, trigger.early.payload);
		};
		await client.activateWorkflow(wf.id);
		// Main saves the webhooks it registered when activation ends; the early delivery's webhook process may have
		// saved the node's static data before that (its memory of recent deliveries), so wait for every topic's hook.
		await waitFor('activation to finish (static data saved)', async () => {
			const saved = JSON.parse(await staticDataOf(wf.id))['node:Trigger'];
			const hooks = Object.values(saved?.hooks ?? {})[0] ?? {};
			return TOPICS.every((topic) => hooks[topic]?.id);
		});
		proxy.intercept = null;
		const hooks = ourHooks(trigger.webhookId);
		assert.deepEqual(hooks.map((h) => h.topic).sort(), [...TOPICS].sort());
		assert.ok(hooks.every((h) => h.status === 'active' && h.delivery_url.startsWith(proxy.url)));
		trigger.hookIds = hooks.map((h) => h.id).sort();
		trigger.hook = hooks.find((h) => h.topic === 'order.created');
	});

	it('restarting main re-activates the workflow without creating webhooks', async () => {
		const before = sandbox.requests.length;
		const logBefore = cluster.main.log().length;
		const t = Date.now();
		await cluster.restartMain();
		// n8n 2.41 keeps webhook registrations in the database: on start, main's trigger reconciler re-adds only the
		// in-memory triggers (the active poll workflow of case 5); the WooCommerce webhooks are neither checked nor created.
		await waitFor('main to re-activate the in-memory triggers', () =>
			cluster.main.log().slice(logBefore).includes('Activated trigger node "Poll"'),
		);
		stamp('mainRestartMs', t);
		const created = sandbox.requests.slice(before).filter((r) => r.method === 'POST' && /\/webhooks(\/batch)?$/.test(r.path));
		assert.deepEqual(created.map((r) => r.path), []);
		assert.deepEqual(ourHooks(trigger.webhookId).map((h) => h.id).sort(), trigger.hookIds);
	});
});

describe('3. deliveries over both webhook processes', () => {
	it('a delivery that arrives while activation is still running (before n8n saved the static data) is verified', async () => {
		assert.ok(trigger.early, 'the store did not ping the order.created webhook');
		const { result } = trigger.early;
		assert.equal(result.status, 200, `the early delivery was answered ${result.status} ${result.responseBody}`);
		const runs = await waitFor('the early delivery to run', async () => {
			const list = await finishedExecutions(trigger.workflowId);
			return list.length ? list : null;
		});
		assert.deepEqual(runs.map((e) => nodeOutput(e, 'Trigger')[0].id), [900001]);
	});

	it(`${DELIVERIES} signed deliveries give exactly ${DELIVERIES} executions; forged, tampered and unsigned ones 401; the ping none`, async () => {
		const { proxy } = cluster;
		const t = Date.now();
		const servedBefore = [...proxy.served];
		const before = (await finishedExecutions(trigger.workflowId, { includeData: false })).length;
		const ids = Array.from({ length: DELIVERIES }, (_, i) => 910000 + i);
		for (let i = 0; i < ids.length; i += 10) {
			const results = await Promise.all(
				ids.slice(i, i + 10).map((id) => sandbox.webhooks.deliver(trigger.hook.id, { id, status: 'processing', date_modified_gmt: '2026-01-02T00:00:00', note: `delivery ${id}` })),
			);
			for (const r of results) assert.equal(r.status, 200, `a signed delivery answered ${r.status} ${r.responseBody}`);
		}
		assert.ok(proxy.served.every((n, i) => n - servedBefore[i] >= DELIVERIES / 2 - 1), `proxy spread: ${JSON.stringify(proxy.served)}`);

		const real = sandbox.webhooks.sent.filter((s) => s.webhookId === trigger.hook.id && s.kind === 'delivery').at(-1);
		const { 'Content-Length': _length, ...headers } = real.headers;
		const forged = [
			['tampered', { ...headers }, String(real.rawBody).replace(/"id":\d+/, '"id":424242')],
			['forged signature', { ...headers, 'X-WC-Webhook-Signature': 'Zm9yZ2VkIHNpZ25hdHVyZQ==' }, String(real.rawBody)],
			['unsigned', Object.fromEntries(Object.entries(headers).filter(([k]) => k !== 'X-WC-Webhook-Signature')), String(real.rawBody)],
		];
		// Twice each through the round-robin proxy: both webhook processes refuse them.
		for (const [what, h, body] of [...forged, ...forged]) {
			const res = await fetch(trigger.hook.delivery_url, { method: 'POST', headers: h, body });
			assert.equal(res.status, 401, `${what} answered ${res.status}`);
			await res.text();
		}
		const ping = await sandbox.webhooks.ping(trigger.hook);
		assert.equal(ping.status, 200);

		// A last genuine delivery: once all its predecessors ran, anything the refused requests or the ping had
		// started would be in the list too.
		const last = await sandbox.webhooks.deliver(trigger.hook.id, { id: 919999, status: 'processing', date_modified_gmt: '2026-01-02T00:00:00' });
		assert.equal(last.status, 200);
		const expected = before + DELIVERIES + 1;
		const all = await waitFor(`${expected} executions`, async () => {
			const list = await finishedExecutions(trigger.workflowId, { includeData: false });
			return list.length >= expected ? list : null;
		}, 300000);
		stamp('deliveriesMs', t);
		assert.equal(all.length, expected);
		const withData = await finishedExecutions(trigger.workflowId);
		const seen = withData.map((e) => nodeOutput(e, 'Trigger')[0].id).filter((id) => id >= 910000);
		assert.deepEqual(seen.sort((a, b) => a - b), [...ids, 919999]);
		assert.ok(withData.every((e) => e.status === 'success'));
		// Both workers ran some of them.
		const workers = new Set(withData.flatMap((e) => cluster.workerOf(e.id)));
		assert.deepEqual([...workers].sort(), ['worker-1', 'worker-2']);
	});
});

describe('4. repeats across webhook processes', () => {
	it("the option's description states what holds across processes", () => {
		const types = cluster.loaded.nodeTypes.filter((t) => t.name === TRIGGER);
		const option = types.flatMap((t) => t.properties).find((p) => p.name === 'options').options.find((o) => o.name === 'ignoreRepeated');
		assert.equal(option.default, true);
		// The statement this case pins: repeats are recognised across processes through the workflow's static
		// data, which n8n saves after each delivery; copies arriving at the same moment on two processes can both pass.
		assert.match(option.description, /static data/i);
		assert.match(option.description, /webhook processes|queue mode/i);
	});

	it('a signed delivery replayed to the other webhook process, after n8n saved it, does not run again', async () => {
		const { webhooks } = cluster;
		const staticBefore = await staticDataOf(trigger.workflowId);
		const countBefore = (await finishedExecutions(trigger.workflowId, { includeData: false })).length;
		const first = await sandbox.webhooks.deliver(trigger.hook.id, { id: 920000, status: 'processing', date_modified_gmt: '2026-01-03T00:00:00' });
		assert.equal(first.status, 200);
		await waitFor('its execution', async () => (await finishedExecutions(trigger.workflowId, { includeData: false })).length === countBefore + 1);
		await waitFor('n8n to save the static data after it', async () => (await staticDataOf(trigger.workflowId)) !== staticBefore);
		const { 'Content-Length': _length, ...headers } = first.headers;
		const path = new URL(first.url).pathname;
		// Straight to each webhook process: one of them is the other process.
		for (const w of webhooks) {
			const res = await fetch(`${w.url}${path}`, { method: 'POST', headers, body: first.rawBody });
			assert.equal(res.status, 200, `${w.name} answered ${res.status}`);
			await res.text();
		}
		const marker = await sandbox.webhooks.deliver(trigger.hook.id, { id: 920001, status: 'processing', date_modified_gmt: '2026-01-03T00:00:00' });
		assert.equal(marker.status, 200);
		const list = await waitFor('the marker delivery to run', async () => {
			const l = await finishedExecutions(trigger.workflowId);
			return l.some((e) => nodeOutput(e, 'Trigger')[0].id === 920001) ? l : null;
		});
		assert.equal(list.filter((e) => nodeOutput(e, 'Trigger')[0].id === 920000).length, 1);
	});

	it('deactivation removes every webhook of the workflow from the store', async () => {
		await cluster.client.deactivateWorkflow(trigger.workflowId);
		await waitFor('the webhooks to be removed', () => ourHooks(trigger.webhookId).length === 0);
		assert.deepEqual(trigger.hookIds.filter((id) => sandbox.store.webhooks.has(id)), []);
	});
});

describe('5. poll trigger: once per interval on main, each new order once across a restart of main', () => {
	const pollOrders = async () => {
		const list = await finishedExecutions(poll.workflowId);
		poll.seen = list.map((e) => ({ id: e.id, status: e.status, orders: nodeOutput(e, 'Poll').map((o) => o.id) }));
		return poll.seen.flatMap((e) => e.orders);
	};
	const describeSeen = () => `order A ${poll.first}; poll executions ${JSON.stringify(poll.seen)}`;

	it('picks up the first order, and after a restart of main the second one; each once', async () => {
		const t = Date.now();
		await waitFor('the poll to pick up order A', async () => (await pollOrders()).includes(poll.first), 150000).catch((e) => {
			throw new Error(`${e.message}: ${describeSeen()}`);
		});
		await cluster.restartMain();
		const second = await createOrder('queue poll B');
		await waitFor('the poll to pick up order B', async () => (await pollOrders()).includes(second), 150000);
		stamp('pollMs', t);
		const emitted = await pollOrders();
		assert.equal(emitted.filter((id) => id === poll.first).length, 1);
		assert.equal(emitted.filter((id) => id === second).length, 1);
		await cluster.client.deactivateWorkflow(poll.workflowId);

		// Only main polls (n8n logs each poll at debug level); workers run the executions.
		const pollLine = /Poll trigger initiated for workflow "queue poll trigger"/;
		assert.match(cluster.main.log(), pollLine);
		for (const p of [...cluster.webhooks, ...cluster.workers]) assert.doesNotMatch(p.log(), pollLine, `${p.name} polled`);
		const executions = await finishedExecutions(poll.workflowId, { includeData: false });
		for (const e of executions) assert.equal(cluster.workerOf(e.id).length, 1);
	});
});

describe('6. after downtime: a restart of main reactivates the disabled webhook and the missed orders run once each, on workers', () => {
	it('8 orders placed while n8n was unreachable come out once each after main restarts', async () => {
		const { client, proxy } = cluster;
		const webhookId = crypto.randomUUID();
		const wf = await client.createWorkflow({
			name: 'queue trigger downtime',
			nodes: [node('Trigger', TRIGGER, { events: ['order.created'], options: { skipDeliveryUrlCheck: true } }, { credentials, webhookId })],
			connections: {},
		});
		await client.activateWorkflow(wf.id);
		await waitFor('activation to finish (static data saved)', async () => {
			const saved = JSON.parse(await staticDataOf(wf.id))['node:Trigger'];
			return Object.values(saved?.hooks ?? {}).some((hooks) => hooks['order.created']?.id);
		});
		const hook = () => ourHooks(webhookId)[0];
		const placeOrder = async (note) => {
			// Record dates have one-second resolution: each order gets its own second on the store's clock.
			sandbox.settings.clockSkewSeconds = (sandbox.settings.clockSkewSeconds ?? 0) + 2;
			return Number((await sandbox.internalWrite('POST', 'orders', { status: 'processing', customer_note: note })).body.id);
		};
		const delivered = await placeOrder('queue before the downtime');
		await sandbox.webhooks.runQueue();
		await waitFor('its execution', async () => (await finishedExecutions(wf.id, { includeData: false })).length === 1);
		await waitFor('n8n to save what the delivery brought', async () => (await staticDataOf(wf.id)).includes('delivered'));

		proxy.down = true;
		const missed = [];
		for (let i = 0; i < 8; i++) {
			missed.push(await placeOrder(`queue during the downtime ${i}`));
			await sandbox.webhooks.runQueue();
		}
		proxy.down = false;
		assert.equal(hook().status, 'disabled');

		await cluster.restartMain();
		await waitFor('the webhook to be active again', () => hook().status === 'active', 120000);
		const runs = await waitFor('the caught-up orders to run', async () => {
			const list = await finishedExecutions(wf.id);
			const ids = list.flatMap((e) => nodeOutput(e, 'Trigger').filter((o) => o._woocommerce?.caughtUp).map((o) => o.id));
			return ids.length >= missed.length ? list : null;
		}, 120000);
		const caughtUp = runs.flatMap((e) => nodeOutput(e, 'Trigger').filter((o) => o._woocommerce?.caughtUp).map((o) => o.id));
		assert.deepEqual(caughtUp.sort((a, b) => a - b), [...missed].sort((a, b) => a - b));
		assert.ok(!caughtUp.includes(delivered));
		for (const e of runs) assert.equal(cluster.workerOf(e.id).length, 1);

		// Deliveries run again.
		const next = await placeOrder('queue after the restart');
		await sandbox.webhooks.runQueue();
		const all = await waitFor('the next delivery to run', async () => {
			const list = await finishedExecutions(wf.id);
			return list.some((e) => nodeOutput(e, 'Trigger').some((o) => o.id === next)) ? list : null;
		});
		const ids = all.flatMap((e) => nodeOutput(e, 'Trigger').map((o) => o.id));
		assert.equal(new Set(ids).size, ids.length);
		await client.deactivateWorkflow(wf.id);
	});
});
