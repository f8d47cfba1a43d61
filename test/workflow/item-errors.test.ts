/**
 * Every failing item has one shape with Continue On Fail, whatever failed it: a per-item operation, a batch item the
 * store refused, a batch item refused before sending, a whole batch request that failed, a Sync item.
 * And the parameters of a whole call (a batch's action and options) must be the same for every item.
 */
import type { IDataObject } from 'n8n-workflow';

import { runNode, useStore } from '../helpers/nodeRun';

const sb = useStore('empty', { preloadNode: true, clearFaults: true });

const SHAPE = ['code', 'error', 'httpCode', 'success'];
const keysOf = (json: IDataObject) => Object.keys(json).filter((key) => SHAPE.includes(key)).sort();

it('a failing item is { success: false, error, code, httpCode, description?, id? } everywhere', async () => {
	const get = await runNode(sb, { resource: 'product', operation: 'get', productId: { __rl: true, mode: 'id', value: '999999' } }, { continueOnFail: true });
	const batch = await runNode(
		sb,
		{ resource: 'product', operation: 'batch', batchAction: 'update', batchId: '={{ $json.id }}', batchData: '={{ { name: "x" } }}' },
		{ items: [{ id: 999998 }, { id: 'not a number' }], continueOnFail: true },
	);
	sb.faults.add({ method: 'POST', path: '/products/batch', status: 502, times: 1 });
	const failedRequest = await runNode(
		sb,
		{ resource: 'product', operation: 'batch', batchAction: 'create', batchData: '={{ $json }}' },
		{ items: [{ name: 'Lost' }], continueOnFail: true },
	);
	const failures = [get.json[0], batch.json[0], batch.json[1], failedRequest.json[0]];
	for (const json of failures) {
		expect(keysOf(json)).toEqual(SHAPE);
		expect(json.success).toBe(false);
		expect(typeof json.error).toBe('string');
	}
	expect(get.json[0]).toMatchObject({ code: 'woocommerce_rest_product_invalid_id', httpCode: '404' });
	expect(batch.json[0]).toMatchObject({ id: 999998, code: 'woocommerce_rest_product_invalid_id', httpCode: '400' });
	expect(batch.json[1]).toMatchObject({ code: null, httpCode: null });
	expect(batch.json[1].error).toMatch(/item 2/);
	expect(failedRequest.json[0]).toMatchObject({ httpCode: '502' });
});

it('a batch whose items ask for different actions or options is refused before anything is sent, naming the item', async () => {
	const before = sb.requests.length;
	const run = await runNode(
		sb,
		{ resource: 'product', operation: 'batch', batchAction: '={{ $json.action }}', batchId: '={{ $json.id }}', batchData: '={{ {} }}' },
		{ items: [{ action: 'update', id: 1 }, { action: 'delete', id: 2 }] },
	);
	expect(run.error?.message).toBe('The field "Action" in item 2 differs from item 1 ("delete" instead of "update")');
	expect(sb.requests.length).toBe(before);
});

it('an expression inside Options (Batch Concurrency) that differs per item is refused too', async () => {
	const before = sb.requests.length;
	const run = await runNode(
		sb,
		{ resource: 'product', operation: 'batch', batchAction: 'update', batchData: '={{ {} }}', options: { batchConcurrency: '={{ $json.c }}' } },
		{ items: [{ id: 1, c: 1 }, { id: 2, c: 2 }] },
	);
	expect(run.error?.message).toBe('The field "Options" in item 2 differs from item 1 ({"batchConcurrency":2} instead of {"batchConcurrency":1})');
	expect(sb.requests.length).toBe(before);
});
