/**
 * Batch requests sent concurrently: results still land on their input items, a failed request in the middle keeps
 * what the requests beside it applied, and a 429 is sent again (the store did not process it).
 */
import type { IDataObject } from 'n8n-workflow';

import { runNode, useStore } from '../helpers/nodeRun';

/* eslint-disable @typescript-eslint/no-explicit-any */
const sb = useStore('empty', { preloadNode: true, clearFaults: true });

const BATCH_PATH = '/wp-json/wc/v3/products/batch';

function items(prefix: string, n: number): IDataObject[] {
	return Array.from({ length: n }, (_, i) => ({ name: `${prefix} ${i}`, regular_price: '2.00', sku: `${prefix}-${i}` }));
}

function parameters(batchConcurrency?: number): IDataObject {
	return {
		resource: 'product',
		operation: 'batch',
		batchAction: 'create',
		batchData: '={{ $json }}',
		options: batchConcurrency === undefined ? {} : { batchConcurrency },
	};
}

/** Counts the batch requests the store is serving at the same time, from arrival to answer. */
function watchInFlight(): { peak: () => number; stop: () => void } {
	let current = 0;
	let peak = 0;
	const listener = (req: any, res: any) => {
		if (req.method !== 'POST' || !String(req.url).includes('/products/batch')) return;
		current++;
		peak = Math.max(peak, current);
		res.on('close', () => current--);
	};
	sb.server.on('request', listener);
	return { peak: () => peak, stop: () => sb.server.off('request', listener) };
}

const chunkStartingAt = (sku: string) => (request: any) => request.body?.create?.[0]?.sku === sku;

describe('Product > Batch with concurrent requests', () => {
	it('sends 250 creates as 3 requests at once (default concurrency 4) and maps every result to its input, even when the first answers last', async () => {
		// The first request is held back so the others answer before it.
		sb.faults.add({ method: 'POST', path: '/products/batch', when: chunkStartingAt('Order-0'), delayMs: 1500, times: 1 });
		const watch = watchInFlight();
		const before = sb.requests.length;
		const run = await runNode(sb, parameters(), { items: items('Order', 250) }).finally(watch.stop);

		expect(run.error).toBeUndefined();
		const posts = sb.requests.slice(before).filter((r: any) => r.method === 'POST' && r.path === BATCH_PATH);
		expect(posts.map((p: any) => p.body.create.length).sort()).toEqual([100, 100, 50]);
		expect(watch.peak()).toBeGreaterThan(1);
		expect(run.items).toHaveLength(250);
		run.json.forEach((json, i) => {
			expect(json).toMatchObject({ name: `Order ${i}`, sku: `Order-${i}` });
			expect(sb.store.products.get(json.id)).toMatchObject({ sku: `Order-${i}` });
		});
		expect(run.items.map((item) => item.pairedItem)).toEqual(Array.from({ length: 250 }, (_, i) => ({ item: i })));
	});

	it('Batch Concurrency 1 sends one request at a time', async () => {
		const watch = watchInFlight();
		const run = await runNode(sb, parameters(1), { items: items('Serial', 250) }).finally(watch.stop);
		expect(run.error).toBeUndefined();
		expect(watch.peak()).toBe(1);
		expect(run.json[249]).toMatchObject({ sku: 'Serial-249' });
	});

	it('when the middle request of 3 sent at once fails, keeps requests 1 and 3 and fails only its 100 items', async () => {
		sb.faults.add({ method: 'POST', path: '/products/batch', when: chunkStartingAt('Mid-100'), status: 502, times: 1 });
		const before = sb.requests.length;
		const run = await runNode(sb, parameters(3), { items: items('Mid', 250), continueOnFail: true });

		expect(sb.requests.slice(before).filter((r: any) => r.method === 'POST' && r.path === BATCH_PATH)).toHaveLength(3);
		const created = [...sb.store.products.values()].filter((p: any) => String(p.sku).startsWith('Mid-'));
		expect(created).toHaveLength(150);
		expect(run.items).toHaveLength(250);
		for (const i of [0, 99, 200, 249]) expect(run.json[i]).toMatchObject({ sku: `Mid-${i}` });
		for (const i of [100, 199]) {
			expect(run.json[i]).toEqual({ success: false, code: 'internal_server_error', error: expect.any(String), httpCode: '502' });
		}
		expect(run.json[150].error).toMatch(/^Batch request 2 of 3 \(operations 101–200 of 250\) failed: /);

		// Without Continue On Fail the error lists the requests that were applied beside the failed one.
		sb.faults.add({ method: 'POST', path: '/products/batch', when: chunkStartingAt('Again-100'), status: 502, times: 1 });
		const stopped = await runNode(sb, parameters(3), { items: items('Again', 250) });
		expect(stopped.error.description).toMatch(/Requests 1, 3 \(150 operations\) were applied/);
	});

	it('sends a request again after 429 (the store did not process it) and creates each product once', async () => {
		sb.faults.add({ method: 'POST', path: '/products/batch', when: chunkStartingAt('Busy-100'), status: 429, headers: { 'Retry-After': '0' }, times: 1 });
		const before = sb.requests.length;
		const run = await runNode(sb, parameters(), { items: items('Busy', 250) });

		expect(run.error).toBeUndefined();
		const posts = sb.requests.slice(before).filter((r: any) => r.method === 'POST' && r.path === BATCH_PATH);
		expect(posts.map((p: any) => p.body.create[0].sku).sort()).toEqual(['Busy-0', 'Busy-100', 'Busy-100', 'Busy-200']);
		expect([...sb.store.products.values()].filter((p: any) => String(p.sku).startsWith('Busy-'))).toHaveLength(250);
		run.json.forEach((json, i) => expect(json).toMatchObject({ sku: `Busy-${i}` }));
	});
});
