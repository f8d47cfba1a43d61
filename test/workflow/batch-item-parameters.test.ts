/**
 * Batch's ID and Data default to `={{ $json.id }}` and `={{ $json }}`; the node reads those from the input item
 * directly instead of through n8n's expression engine (its cost is a benchmark matter: npm run bench). What the
 * store receives is the same as with any equivalent expression, and the input items stay untouched.
 */
import type { IDataObject } from 'n8n-workflow';

import { runNode, useStore } from '../helpers/nodeRun';

/* eslint-disable @typescript-eslint/no-explicit-any */
const sb = useStore('demo', { preloadNode: true });

const batchBodies = (before: number) =>
	sb.requests.slice(before).filter((r: any) => r.method === 'POST' && r.path === '/wp-json/wc/v3/products/batch').map((r: any) => r.body);

function updates(): IDataObject[] {
	const products = [...sb.store.products.values()].filter((p: any) => p.type === 'simple').slice(0, 3);
	return products.map((p: any, i: number) => ({ id: p.id, regular_price: `${20 + i}.00`, dimensions: { length: `${i + 1}` } }));
}

it.each([
	['the defaults', { batchId: '={{ $json.id }}', batchData: '={{ $json }}' }],
	['the defaults written without spaces', { batchId: '={{$json.id}}', batchData: '={{$json}}' }],
])('Update Many with %s sends what the same values through expressions send', async (_title, fast) => {
	const input = updates();
	const snapshot = JSON.parse(JSON.stringify(input));
	const before = sb.requests.length;
	const quick = await runNode(sb, { resource: 'product', operation: 'batch', batchAction: 'update', ...fast }, { items: input });
	const middle = sb.requests.length;
	const evaluated = await runNode(
		sb,
		{ resource: 'product', operation: 'batch', batchAction: 'update', batchId: '={{ $json["id"] }}', batchData: '={{ ({ ...$json }) }}' },
		{ items: input },
	);
	expect(quick.error).toBeUndefined();
	expect(evaluated.error).toBeUndefined();
	expect(batchBodies(before).slice(0, 1)).toEqual(batchBodies(middle));
	expect(batchBodies(before)[0].update).toEqual(snapshot);
	expect(quick.json.map((p) => [p.id, p.regular_price, (p.dimensions as IDataObject).length])).toEqual(snapshot.map((u: any) => [u.id, u.regular_price, u.dimensions.length]));
	expect(input).toEqual(snapshot);
});

it('an item without id is refused by name, as with any expression', async () => {
	const [first] = updates();
	const run = await runNode(sb, { resource: 'product', operation: 'batch', batchAction: 'update' }, { items: [first, { regular_price: '1.00' }] });
	expect(run.error?.message).toMatch(/item 2/);
});
