/**
 * The Poll Trigger never misses a change: an order paid after activation under a status filter, two changes
 * of one record within the same second, and a window longer than one page behind a proxy that strips the
 * paging headers. Against the sandbox store over real HTTP, through n8n-core's PollContext.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { wooApiRequest } from '../../nodes/WooCommerce/transport';
import { POLL_TYPE, TriggerWorkflow } from '../helpers/trigger';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSandbox } = require('../sandbox');

/* eslint-disable @typescript-eslint/no-explicit-any */
let sb: any;

const pollWorkflow = (parameters: IDataObject) =>
	new TriggerWorkflow(POLL_TYPE, parameters, {
		credentials: {
			url: sb.url,
			consumerKey: sb.keys.readWrite.key,
			consumerSecret: sb.keys.readWrite.secret,
			authentication: 'auto',
			signatureMethod: 'HMAC-SHA256',
			apiVersion: 'wc/v3',
			allowUnauthorizedCerts: false,
		},
	});

async function api(wf: TriggerWorkflow, method: 'POST' | 'PUT', endpoint: string, body: IDataObject) {
	return (await wooApiRequest.call(wf.pollContext(), method, endpoint, { body })) as IDataObject;
}

const tick = (seconds = 1) => {
	sb.settings.clockSkewSeconds += seconds;
};
const ids = (out: INodeExecutionData[][] | null) => (out === null ? null : out[0].map((i) => i.json.id));

beforeEach(async () => {
	sb = await startSandbox({ seed: 'empty' });
});
afterEach(async () => await sb.close());

it('New orders with a status filter: an order created before activation and paid after it is emitted', async () => {
	const wf = pollWorkflow({ resource: 'order', event: 'created', filters: { orderStatuses: ['processing'] }, options: { overlapMinutes: 0 } });
	const unpaid = Number((await api(wf, 'POST', 'orders', { status: 'pending' })).id);
	tick(120);
	const already = Number((await api(wf, 'POST', 'orders', { status: 'processing' })).id);
	tick();
	expect(await wf.poll()).toBeNull();
	tick();
	await api(wf, 'PUT', `orders/${unpaid}`, { status: 'processing' });
	await api(wf, 'PUT', `orders/${already}`, { customer_note: 'had the status at activation' });
	expect(ids(await wf.poll())).toEqual([unpaid]);
	tick();
	expect(await wf.poll()).toBeNull();
});

it('New or Updated: two changes of one order within the same second are two changes', async () => {
	const wf = pollWorkflow({ resource: 'order', event: 'updated' });
	const order = Number((await api(wf, 'POST', 'orders', { status: 'pending' })).id);
	tick();
	expect(await wf.poll()).toBeNull();
	tick();
	await api(wf, 'PUT', `orders/${order}`, { status: 'processing' });
	const first = await wf.poll();
	expect(first![0].map((i) => i.json.status)).toEqual(['processing']);
	// Same second (the store clock has not moved): completed.
	await api(wf, 'PUT', `orders/${order}`, { status: 'completed' });
	const second = await wf.poll();
	expect(second![0].map((i) => i.json.status)).toEqual(['completed']);
	expect(await wf.poll()).toBeNull();
});

it('a window longer than a page is read whole, also when a proxy strips the paging headers', async () => {
	const wf = pollWorkflow({ resource: 'product', event: 'created' });
	tick();
	expect(await wf.poll()).toBeNull();
	tick();
	const created: number[] = [];
	for (let i = 0; i < 230; i++) created.push(Number((await api(wf, 'POST', 'products', { name: `P${i}` })).id));
	sb.faults.add({ path: '/products', method: 'GET', headers: { 'X-WP-Total': null, 'X-WP-TotalPages': null } });
	sb.requests.length = 0;
	const out = await wf.poll();
	expect([...ids(out)!].sort((a: any, b: any) => a - b)).toEqual(created);
	// Read by the transport's walk: overlapping offsets, in ID order.
	const lists = sb.requests.filter((r: any) => r.method === 'GET' && r.path === '/wp-json/wc/v3/products');
	expect(lists.map((r: any) => r.query.offset)).toEqual(['0', '99', '198']);
});
