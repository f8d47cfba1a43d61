/**
 * WooCommerce Poll Trigger against the sandbox store over real HTTP, through n8n-core's PollContext
 * and our credential. Polls are run one after another with records added and modified between
 * them; the store's clock is moved with `clockSkewSeconds` (never a timed assertion) to make
 * dates distinct, to simulate a record saved late, and a store clock far from n8n's.
 * "Restart" = a new Workflow built from a JSON copy of the static data, as n8n reloads it.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { wooApiRequest } from '../../nodes/WooCommerce/transport';
import { POLL_TYPE, TriggerWorkflow } from '../helpers/trigger';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSandbox } = require('../sandbox');

type Sandbox = {
	url: string;
	keys: { readWrite: { key: string; secret: string } };
	settings: { clockSkewSeconds: number };
	store: { products: Map<number, IDataObject>; now(): Date };
	requests: Array<{ method: string; path: string; query: IDataObject }>;
	close(): Promise<void>;
};

let sb: Sandbox;

const credentials = () => ({
	url: sb.url,
	consumerKey: sb.keys.readWrite.key,
	consumerSecret: sb.keys.readWrite.secret,
	authentication: 'auto',
	signatureMethod: 'HMAC-SHA256',
	apiVersion: 'wc/v3',
	ignoreSslIssues: false,
});

function pollWorkflow(parameters: IDataObject) {
	return new TriggerWorkflow(POLL_TYPE, parameters, { credentials: credentials() });
}

async function api(wf: TriggerWorkflow, method: 'POST' | 'PUT', endpoint: string, body: IDataObject) {
	return (await wooApiRequest.call(wf.pollContext(), method, endpoint, { body })) as IDataObject;
}

/**
 * Moves the store's clock forward (or back) by `seconds`. OAuth 1.0a (used over plain HTTP) refuses
 * timestamps more than 15 minutes off, so the total skew stays below that, as it must for a real store.
 */
const tick = (seconds = 1) => {
	sb.settings.clockSkewSeconds += seconds;
};

const ids = (out: INodeExecutionData[][] | null) => (out === null ? null : out[0].map((i) => i.json.id));

beforeAll(async () => {
	sb = await startSandbox({ seed: 'empty' });
});

afterAll(async () => {
	await sb?.close();
});

describe('orders, New or Updated', () => {
	const wf = () => state.wf;
	const state = {} as { wf: TriggerWorkflow; a: number; b: number; c: number };

	beforeAll(async () => {
		state.wf = pollWorkflow({ resource: 'order', event: 'updated' });
		state.a = Number((await api(wf(), 'POST', 'orders', { status: 'processing' })).id);
		tick();
		state.b = Number((await api(wf(), 'POST', 'orders', { status: 'pending' })).id);
	});

	it('first poll after activation emits nothing (history is not replayed) and remembers where the store is', async () => {
		tick();
		expect(await wf().poll()).toBeNull();
		const saved = wf().nodeStaticData().pollState as IDataObject;
		expect(saved.mark).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
	});

	it('a manual test run returns the latest record and does not move the saved position', async () => {
		const before = JSON.stringify(wf().nodeStaticData());
		expect(ids(await wf().poll('manual'))).toEqual([state.b]);
		expect(JSON.stringify(wf().nodeStaticData())).toBe(before);
	});

	it('records created and modified between polls come out once each, oldest change first', async () => {
		tick();
		state.c = Number((await api(wf(), 'POST', 'orders', { status: 'on-hold' })).id);
		tick();
		await api(wf(), 'PUT', `orders/${state.a}`, { status: 'completed' });
		const out = await wf().poll();
		expect(ids(out)).toEqual([state.c, state.a]);
		expect(out![0][1].json.status).toBe('completed');
		// The request asked the store for a window, not for everything.
		const last = sb.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/orders')).pop()!;
		expect(last.query.modified_after).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
	});

	it('polling again right away emits nothing (the overlap re-reads them, the memory skips them)', async () => {
		expect(await wf().poll()).toBeNull();
	});

	it('after a restart (static data reloaded from JSON) nothing is emitted twice, and new changes come out', async () => {
		wf().reload();
		expect(await wf().poll()).toBeNull();
		tick();
		await api(wf(), 'PUT', `orders/${state.c}`, { status: 'processing' });
		wf().reload();
		expect(ids(await wf().poll())).toEqual([state.c]);
	});

	it('a change saved with a date earlier than the newest seen (slow save / clock step) is still caught in the overlap', async () => {
		tick(-120); // the store's clock steps back two minutes: inside the 5-minute overlap
		await api(wf(), 'PUT', `orders/${state.b}`, { status: 'on-hold' });
		tick(120);
		expect(ids(await wf().poll())).toEqual([state.b]);
		expect(await wf().poll()).toBeNull();
	});

	it('a store clock ahead of n8n (10 minutes, more than the overlap) changes nothing: only store dates are compared', async () => {
		tick(600);
		await api(wf(), 'PUT', `orders/${state.a}`, { customer_note: 'ahead' });
		expect(ids(await wf().poll())).toEqual([state.a]);
		tick();
		await api(wf(), 'PUT', `orders/${state.b}`, { customer_note: 'later' });
		expect(ids(await wf().poll())).toEqual([state.b]);
		expect(await wf().poll()).toBeNull();
	});

	it('several changes to one record between two polls give one item with its latest state', async () => {
		tick();
		await api(wf(), 'PUT', `orders/${state.c}`, { customer_note: 'one' });
		tick();
		await api(wf(), 'PUT', `orders/${state.c}`, { customer_note: 'two' });
		const out = await wf().poll();
		expect(ids(out)).toEqual([state.c]);
		expect(out![0][0].json.customer_note).toBe('two');
	});

	it('two changes of one record within the same second, each seen by a poll, are both emitted', async () => {
		tick();
		await api(wf(), 'PUT', `orders/${state.b}`, { status: 'processing' });
		const first = await wf().poll();
		expect(ids(first)).toEqual([state.b]);
		// Same store second (no tick): the modification date does not change, the content does.
		await api(wf(), 'PUT', `orders/${state.b}`, { status: 'completed' });
		const second = await wf().poll();
		expect(ids(second)).toEqual([state.b]);
		expect(second![0][0].json.status).toBe('completed');
		expect(await wf().poll()).toBeNull();
	});
});

describe('products, New', () => {
	it('emits only records created after the first poll, once, even when they are modified later', async () => {
		const wf = pollWorkflow({ resource: 'product', event: 'created' });
		await api(wf, 'POST', 'products', { name: 'Old lamp' });
		tick();
		expect(await wf.poll()).toBeNull();
		tick();
		const p2 = Number((await api(wf, 'POST', 'products', { name: 'New lamp' })).id);
		tick();
		const p3 = Number((await api(wf, 'POST', 'products', { name: 'New mug' })).id);
		expect(ids(await wf.poll())).toEqual([p2, p3]);
		tick();
		await api(wf, 'PUT', `products/${p2}`, { name: 'New lamp, renamed' });
		expect(await wf.poll()).toBeNull();
		const last = sb.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/products')).pop()!;
		expect(last.query.after).toBeDefined();
	});
});

describe('records dated in the future (a product scheduled in wp-admin)', () => {
	const scheduleIn = (id: number, seconds: number) => {
		// What wp-admin "Schedule" stores: the post date in the future (date_created_gmt follows it).
		sb.store.products.get(id)!.date_created = new Date(sb.store.now().getTime() + seconds * 1000);
	};
	const storeNow = () => sb.store.now().toISOString().slice(0, 19);

	it('are not emitted before their date, do not blind the poll to new records, and come out once their date passes', async () => {
		const wf = pollWorkflow({ resource: 'product', event: 'created' });
		await api(wf, 'POST', 'products', { name: 'A' });
		tick();
		expect(await wf.poll()).toBeNull();
		tick();
		const next = Number((await api(wf, 'POST', 'products', { name: 'Next week', status: 'future' })).id);
		scheduleIn(next, 7 * 86400);
		tick();
		const soon = Number((await api(wf, 'POST', 'products', { name: 'Soon', status: 'future' })).id);
		scheduleIn(soon, 30);
		// Neither scheduled product is emitted, and the mark stays at the store's time, not next week.
		expect(await wf.poll()).toBeNull();
		expect(String((wf.nodeStaticData().pollState as IDataObject).mark) <= storeNow()).toBe(true);
		tick();
		const c = Number((await api(wf, 'POST', 'products', { name: 'C (new, normal)' })).id);
		expect(ids(await wf.poll())).toEqual([c]);
		tick(40); // the store's clock passes the scheduled date of "Soon"
		expect(ids(await wf.poll())).toEqual([soon]);
		expect(await wf.poll()).toBeNull();
		tick();
		const d = Number((await api(wf, 'POST', 'products', { name: 'D' })).id);
		expect(ids(await wf.poll())).toEqual([d]);
		expect(String((wf.nodeStaticData().pollState as IDataObject).mark) <= storeNow()).toBe(true);
	});

	it('a first poll when the newest record is scheduled starts from the store time, not from its date', async () => {
		const wf = pollWorkflow({ resource: 'product', event: 'created' });
		tick();
		expect(await wf.poll()).toBeNull(); // "Next week" from the test above is still the newest record
		expect(String((wf.nodeStaticData().pollState as IDataObject).mark) <= storeNow()).toBe(true);
		tick();
		const e = Number((await api(wf, 'POST', 'products', { name: 'E' })).id);
		expect(ids(await wf.poll())).toEqual([e]);
	});
});

describe('New orders with a status filter: orders that reach the status, each once', () => {
	it('emits an order created as pending when it is paid, even after other orders moved the mark past its creation', async () => {
		const wf = pollWorkflow({
			resource: 'order',
			event: 'created',
			filters: { orderStatuses: ['processing'] },
			options: { overlapMinutes: 0 },
		});
		tick();
		const before = Number((await api(wf, 'POST', 'orders', { status: 'processing' })).id);
		tick();
		expect(await wf.poll()).toBeNull();
		tick();
		const pending = Number((await api(wf, 'POST', 'orders', { status: 'pending' })).id);
		tick();
		const paid = Number((await api(wf, 'POST', 'orders', { status: 'processing' })).id);
		tick();
		expect(ids(await wf.poll())).toEqual([paid]); // the mark is now past the pending order's creation
		tick();
		await api(wf, 'PUT', `orders/${pending}`, { status: 'processing' });
		expect(ids(await wf.poll())).toEqual([pending]);
		const last = sb.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/orders')).pop()!;
		expect(last.query.modified_after).toBeDefined();
		expect(last.query.status).toBe('processing');
		// Later changes to emitted orders, or to an order that had the status before activation: not new.
		tick();
		await api(wf, 'PUT', `orders/${pending}`, { customer_note: 'gift wrap' });
		await api(wf, 'PUT', `orders/${paid}`, { customer_note: 'leave at door' });
		await api(wf, 'PUT', `orders/${before}`, { customer_note: 'old order' });
		expect(await wf.poll()).toBeNull();
		// Out of the status and back: still the same order, not emitted again.
		tick();
		await api(wf, 'PUT', `orders/${paid}`, { status: 'on-hold' });
		tick();
		await api(wf, 'PUT', `orders/${paid}`, { status: 'processing' });
		wf.reload();
		expect(await wf.poll()).toBeNull();
		expect((wf.nodeStaticData().pollState as IDataObject).scope).toBe('order:created:processing:reached');
	});
});

describe('orders with a status filter', () => {
	it('asks the store for those statuses only and emits orders that reach them', async () => {
		const wf = pollWorkflow({ resource: 'order', event: 'updated', filters: { orderStatuses: ['completed'] } });
		tick();
		expect(await wf.poll()).toBeNull();
		tick();
		const o = Number((await api(wf, 'POST', 'orders', { status: 'processing' })).id);
		expect(await wf.poll()).toBeNull();
		tick();
		await api(wf, 'PUT', `orders/${o}`, { status: 'completed' });
		expect(ids(await wf.poll())).toEqual([o]);
		const last = sb.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/orders')).pop()!;
		expect(last.query.status).toBe('completed');
	});
});

describe('customers (no date filter in WooCommerce)', () => {
	it('New: walks the newest registrations; New or Updated: scans and keeps the window', async () => {
		const created = pollWorkflow({ resource: 'customer', event: 'created' });
		const updated = pollWorkflow({ resource: 'customer', event: 'updated' });
		await api(created, 'POST', 'customers', { email: 'old@example.com' });
		tick();
		expect(await created.poll()).toBeNull();
		expect(await updated.poll()).toBeNull();
		tick();
		const c2 = Number((await api(created, 'POST', 'customers', { email: 'new@example.com' })).id);
		expect(ids(await created.poll())).toEqual([c2]);
		expect(ids(await updated.poll())).toEqual([c2]);
		tick();
		await api(created, 'PUT', `customers/${c2}`, { first_name: 'Ann' });
		expect(await created.poll()).toBeNull();
		const out = await updated.poll();
		expect(ids(out)).toEqual([c2]);
		expect(out![0][0].json.first_name).toBe('Ann');
		expect(await updated.poll()).toBeNull();
	});
});

describe('coupons, New or Updated', () => {
	it('emits new and changed coupons once', async () => {
		const wf = pollWorkflow({ resource: 'coupon', event: 'updated' });
		tick();
		expect(await wf.poll()).toBeNull();
		tick();
		const k = Number((await api(wf, 'POST', 'coupons', { code: 'poll10', amount: '10' })).id);
		expect(ids(await wf.poll())).toEqual([k]);
		expect(await wf.poll()).toBeNull();
		tick();
		await api(wf, 'PUT', `coupons/${k}`, { amount: '15' });
		expect(ids(await wf.poll())).toEqual([k]);
	});
});

describe('changing what is polled', () => {
	it('starts over (first poll emits nothing) when the resource or event changes', async () => {
		const wf = pollWorkflow({ resource: 'order', event: 'updated' });
		tick();
		expect(await wf.poll()).toBeNull();
		wf.setParameters({ resource: 'order', event: 'created' });
		tick();
		await api(wf, 'POST', 'orders', { status: 'processing' });
		expect(await wf.poll()).toBeNull();
		expect((wf.nodeStaticData().pollState as IDataObject).scope).toBe('order:created:');
	});
});
