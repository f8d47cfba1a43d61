/**
 * Batch writes when a whole batch request fails: the node keeps what the store already applied.
 * Product > Batch > Create Many with 150 items is sent as 100 + 50; the store answers the second request with 502.
 * Batch Concurrency 1 sends the requests one after the other (concurrent sends: batch-concurrency.test.ts).
 */
import type { IDataObject } from 'n8n-workflow';

import { runNode, useStore } from '../helpers/nodeRun';

/* eslint-disable @typescript-eslint/no-explicit-any */
const sb = useStore('empty', { preloadNode: true, clearFaults: true });

const BATCH_PATH = '/wp-json/wc/v3/products/batch';

/** Makes the store answer the n-th batch POST (counted from now) with a 502, once. */
function failBatchRequest(n: number): () => void {
	let seen = 0;
	const listener = (req: any) => {
		if (req.method === 'POST' && String(req.url).includes('/products/batch') && ++seen === n) {
			sb.faults.add({ method: 'POST', path: '/products/batch', status: 502, times: 1 });
		}
	};
	sb.server.on('request', listener);
	return () => sb.server.off('request', listener);
}

function items(prefix: string, n = 150): IDataObject[] {
	return Array.from({ length: n }, (_, i) => ({ name: `${prefix} ${i}`, regular_price: '2.00', sku: `${prefix}-${i}` }));
}

function productsNamed(prefix: string): any[] {
	return [...sb.store.products.values()].filter((product: any) => String(product.name).startsWith(`${prefix} `));
}

const parameters = {
	resource: 'product',
	operation: 'batch',
	batchAction: 'create',
	batchData: '={{ $json }}',
	options: { batchConcurrency: 1 },
};

describe('Product > Batch when a batch request fails', () => {
	it('with Continue On Fail: outputs the 100 created products and an error on each of the 50 others, each paired with its input', async () => {
		const before = sb.requests.length;
		const restore = failBatchRequest(2);
		const run = await runNode(sb, parameters, { items: items('CoF'), continueOnFail: true }).finally(restore);

		expect(run.error).toBeUndefined();
		const posts = sb.requests.slice(before).filter((r: any) => r.method === 'POST' && r.path === BATCH_PATH);
		expect(posts.map((p: any) => p.body.create.length)).toEqual([100, 50]); // chunk 2 sent once, never retried

		expect(run.items).toHaveLength(150);
		expect(run.items.map((item) => item.pairedItem)).toEqual(Array.from({ length: 150 }, (_, i) => ({ item: i })));
		const created = productsNamed('CoF');
		expect(created).toHaveLength(100);
		for (let i = 0; i < 100; i++) {
			expect(run.json[i]).toMatchObject({ name: `CoF ${i}`, sku: `CoF-${i}` });
			expect(typeof run.json[i].id).toBe('number');
			expect(sb.store.products.get(run.json[i].id)).toMatchObject({ sku: `CoF-${i}` });
		}
		for (let i = 100; i < 150; i++) {
			expect(run.json[i]).toEqual({
				success: false,
				code: 'internal_server_error', error: expect.any(String), httpCode: '502',
			});
		}
		const message = run.json[120].error as string;
		expect(message).toMatch(/^Batch request 2 of 2 \(operations 101–150 of 150\) failed: /);
		expect(message).not.toContain(sb.keys.readWrite.secret);
	});

	it('without Continue On Fail: the error names request 2 and says the 100 operations of request 1 were applied, with their IDs', async () => {
		const before = sb.requests.length;
		const restore = failBatchRequest(2);
		const run = await runNode(sb, parameters, { items: items('Stop') }).finally(restore);

		expect(run.items).toEqual([]);
		expect(run.error).toBeDefined();
		expect(run.error.message).toMatch(/^Batch request 2 of 2 \(operations 101–150 of 150\) failed: /);
		expect(run.error.description).toMatch(/Requests 1 to 1 \(100 operations\) were applied/);
		const created = productsNamed('Stop');
		expect(created).toHaveLength(100);
		const ids = created.map((product: any) => product.id).sort((a: number, b: number) => a - b);
		expect(run.error.description).toContain(`IDs written by the applied requests: ${ids.join(', ')}.`);
		expect(sb.requests.slice(before).filter((r: any) => r.method === 'POST' && r.path === BATCH_PATH)).toHaveLength(2);
	});

	it('sends nothing after a failed request: 250 creates with request 2 failing leave 100 products and 150 failed items', async () => {
		const before = sb.requests.length;
		const restore = failBatchRequest(2);
		const run = await runNode(sb, parameters, { items: items('Three', 250), continueOnFail: true }).finally(restore);

		expect(sb.requests.slice(before).filter((r: any) => r.method === 'POST' && r.path === BATCH_PATH)).toHaveLength(2);
		expect(productsNamed('Three')).toHaveLength(100);
		expect(run.items).toHaveLength(250);
		expect(run.json.slice(0, 100).every((json) => typeof json.id === 'number')).toBe(true);
		expect(run.json[150].code).toBe('internal_server_error');
		expect(run.json[200]).toEqual({
			success: false,
			code: 'batch_not_sent', error: expect.stringMatching(/^Not sent because batch request 2 of 3 failed: /), httpCode: null,
		});
		expect(run.items[249].pairedItem).toEqual({ item: 249 });
	});
});
