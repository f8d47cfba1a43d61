/**
 * WooCommerce Trigger after downtime, against the sandbox store over real HTTP: while the receiver (n8n) answers 503,
 * the store's failed deliveries disable the webhooks, as WooCommerce does; the trigger's check (its trigger(), run by
 * n8n at start and every 2 minutes) sets them active again and emits what was missed, once.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { wooApiRequest } from '../../nodes/WooCommerce/transport';
import { credentialsFor } from '../helpers/credentialStores';
import { startReceiver, TRIGGER_TYPE, TriggerWorkflow } from '../helpers/trigger';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSandbox } = require('../sandbox');

/* eslint-disable @typescript-eslint/no-explicit-any */
let sb: any;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let wf: TriggerWorkflow;

const PARAMS = { events: ['order.created', 'product.updated'], options: { skipDeliveryUrlCheck: true } };

function newWorkflow(parameters: IDataObject = PARAMS) {
	return new TriggerWorkflow(TRIGGER_TYPE, parameters, {
		credentials: credentialsFor(sb),
		webhookBaseUrl: receiver.baseUrl,
		webhookTestBaseUrl: receiver.testBaseUrl,
	});
}

async function store(method: 'GET' | 'POST' | 'PUT', endpoint: string, body?: IDataObject) {
	return (await wooApiRequest.call(wf.hookContext(), method, endpoint, { body })) as IDataObject;
}

const ourWebhooks = () => [...sb.store.webhooks.values()].filter((w: any) => w.delivery_url === wf.webhookUrl());
const deliver = async () => {
	const before = receiver.calls.length;
	await sb.webhooks.runQueue();
	await receiver.settled();
	return receiver.calls.slice(before);
};
const idsOf = (items: INodeExecutionData[][], topic: string) =>
	items.flat().filter((item) => (item.json._woocommerce as IDataObject).topic === topic).map((item) => item.json.id);

/** The store's clock moves on (record dates have one-second resolution; a test takes less). */
const later = () => {
	sb.settings.clockSkewSeconds = (sb.settings.clockSkewSeconds ?? 0) + 2;
};

/** n8n is down while `count` orders are placed: each delivery fails, and WooCommerce disables the webhook. */
async function ordersWhileDown(count: number): Promise<number[]> {
	later();
	receiver.state.down = true;
	const ids: number[] = [];
	for (let i = 0; i < count; i++) {
		ids.push(Number((await store('POST', 'orders', { status: 'processing' })).id));
		await sb.webhooks.runQueue();
	}
	receiver.state.down = false;
	return ids;
}

beforeAll(async () => {
	sb = await startSandbox({ seed: 'empty', allowedWebhookPorts: 'any' });
	receiver = await startReceiver(() => wf);
});
afterAll(async () => {
	await receiver.close();
	await sb.close();
});
beforeEach(async () => {
	later();
	wf = newWorkflow();
	await wf.activate();
});
afterEach(async () => {
	await wf.deactivate();
});

it('after n8n was down, the check at start sets the disabled webhook active again and emits each missed order once', async () => {
	const first = Number((await store('POST', 'orders', { status: 'processing' })).id);
	expect((await deliver()).map((c) => c.started)).toEqual([true]);
	const missed = await ordersWhileDown(8);
	const created = ourWebhooks().find((w: any) => w.topic === 'order.created');
	expect(created.status).toBe('disabled');

	// n8n starts again: the workflow is read from the database (its saved static data) and activated.
	wf.reload();
	const trigger = await wf.startTrigger('init');
	expect(ourWebhooks().every((w: any) => w.status === 'active')).toBe(true);
	expect(idsOf(trigger.emitted, 'order.created')).toEqual(missed);
	expect(idsOf(trigger.emitted, 'order.created')).not.toContain(first);
	const meta = trigger.emitted[0][0].json._woocommerce as IDataObject;
	expect(meta).toMatchObject({ topic: 'order.created', resource: 'order', event: 'created', caughtUp: true, webhookId: created.id });
	expect(trigger.logs.join('\n')).toMatch(/1 webhook\(s\) set active again, 8 missed record\(s\) emitted/);

	// Deliveries resume.
	const next = Number((await store('POST', 'orders', { status: 'processing' })).id);
	const calls = await deliver();
	expect(calls.map((c) => [c.started, c.items[0]?.json.id])).toEqual([[true, next]]);

	// Another restart emits nothing again: what was caught up is saved.
	wf.reload();
	const again = await wf.startTrigger('init');
	expect(again.emitted).toEqual([]);
});

it('a delivery that arrives after the catch-up emitted the same order is dropped', async () => {
	// Placed while n8n is stopping: the delivery is still queued in WooCommerce when n8n starts.
	later();
	const late = Number((await store('POST', 'orders', { status: 'processing' })).id);
	wf.reload();
	const trigger = await wf.startTrigger('init');
	expect(idsOf(trigger.emitted, 'order.created')).toEqual([late]);
	const calls = await deliver();
	expect(calls).toHaveLength(1);
	expect(calls[0]).toMatchObject({ status: 200, started: false, body: { received: true, duplicate: true } });
});

it('a webhook disabled while n8n keeps running is set active again by the next check, and what it missed is emitted', async () => {
	const trigger = await wf.startTrigger('activate');
	expect(trigger.emitted).toEqual([]);
	const missed = await ordersWhileDown(8);
	await trigger.tick();
	expect(ourWebhooks().every((w: any) => w.status === 'active')).toBe(true);
	expect(idsOf(trigger.emitted, 'order.created')).toEqual(missed);
	// A further check finds nothing to do and emits nothing twice.
	const count = trigger.emitted.flat().length;
	await trigger.tick();
	expect(trigger.emitted.flat()).toHaveLength(count);
});

it('a fresh activation emits nothing: what happened before it is not caught up', async () => {
	await store('POST', 'orders', { status: 'processing' });
	await wf.deactivate();
	sb.webhooks.queue.length = 0;
	wf = newWorkflow();
	await wf.activate();
	const trigger = await wf.startTrigger('activate');
	expect(trigger.emitted).toEqual([]);
});

it('with both options off, the trigger neither reactivates nor catches up', async () => {
	wf = newWorkflow({ ...PARAMS, options: { ...PARAMS.options, selfHeal: false, catchUp: false } });
	await wf.activate();
	await ordersWhileDown(8);
	wf.reload();
	sb.requests.length = 0;
	const trigger = await startWithoutCheck(wf);
	expect(trigger).toEqual({});
	expect(sb.requests).toHaveLength(0);
	expect(ourWebhooks().some((w: any) => w.status === 'disabled')).toBe(true);
});

it('only the chosen order statuses are caught up', async () => {
	wf = newWorkflow({ ...PARAMS, options: { ...PARAMS.options, orderStatuses: ['completed'] } });
	await wf.activate();
	later();
	receiver.state.down = true;
	const ids: Record<string, number> = {};
	for (const status of ['completed', 'pending', 'completed', 'on-hold', 'processing', 'failed', 'completed', 'pending']) {
		const id = Number((await store('POST', 'orders', { status })).id);
		if (status === 'completed') ids[id] = id;
		await sb.webhooks.runQueue();
	}
	receiver.state.down = false;
	wf.reload();
	const trigger = await wf.startTrigger('init');
	expect(idsOf(trigger.emitted, 'order.created')).toEqual(Object.values(ids));
});

/** trigger() with both options off returns at once, without a check. */
async function startWithoutCheck(workflow: TriggerWorkflow) {
	const { WooCommerceTrigger } = await import('../../nodes/WooCommerce/WooCommerceTrigger.node');
	const { TriggerContext } = await import('n8n-core');
	const { additionalDataFor } = await import('../helpers/trigger');
	const context = new TriggerContext(workflow.workflow, workflow.node, additionalDataFor(workflow.options), 'trigger', 'init');
	return await new WooCommerceTrigger().trigger.call(context);
}

it('a store unreachable when n8n starts: the next check that reaches it is the one at start (it catches up and saves)', async () => {
	const missed = await ordersWhileDown(8);
	wf.reload();
	sb.faults.add({ method: 'GET', path: /^\/webhooks\/\d+$/, status: 500, times: 1 });
	const trigger = await wf.startTrigger('init');
	expect(trigger.emitted).toEqual([]);
	expect(trigger.logs.join('\n')).toMatch(/could not check the webhooks/);
	await trigger.tick();
	expect(idsOf(trigger.emitted, 'order.created')).toEqual(missed);
	expect((wf.nodeStaticData().caughtUp as IDataObject)['order.created']).toBeDefined();
});
