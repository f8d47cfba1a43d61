/**
 * Product > Sync and Product Variation > Sync: records found 100 SKUs per request, only the records whose chosen
 * fields differ written (batch requests of 100), one output item per input item saying what happened.
 */
import type { IDataObject } from 'n8n-workflow';

import { byId, runNode, useStore, writes } from '../helpers/nodeRun';
import { callSandbox } from '../helpers/sandboxSeed';

/* eslint-disable @typescript-eslint/no-explicit-any */
const sb = useStore('empty', { preloadNode: true, clearFaults: true });

async function product(sku: string, extra: IDataObject = {}): Promise<any> {
	const res = await callSandbox(sb, 'POST', 'products', { name: sku, type: 'simple', sku, regular_price: '10.00', manage_stock: true, stock_quantity: 5, ...extra });
	return res.body;
}

function stored(id: number): any {
	return sb.store.products.get(id);
}

const fields = { regular_price: '={{ $json.price }}', stock_quantity: '={{ $json.qty }}' };

function syncParameters(options: IDataObject = {}, syncFields: IDataObject = fields): IDataObject {
	return { resource: 'product', operation: 'sync', syncMapping: 'manual', syncSku: '={{ $json.sku }}', syncFields, options };
}

describe('Product > Sync (by SKU)', () => {
	it('reads 250 SKUs in 3 requests and writes only the 20 changed products in 1 batch request; "10" equals "10.00"', async () => {
		const ids: number[] = [];
		for (let i = 0; i < 250; i++) ids.push((await product(`S-${i}`)).id);
		const items = ids.map((_, i) => ({ sku: `S-${i}`, price: i < 10 ? '12.5' : '10', qty: i >= 10 && i < 20 ? 7 : 5 }));

		const run = await runNode(sb, syncParameters(), { items });

		expect(run.error).toBeUndefined();
		const reads = run.requests.filter((r) => r.method === 'GET');
		expect(reads.map((r) => r.path)).toEqual(['products', 'products', 'products']);
		expect(reads.map((r) => String(r.query.sku).split(',').length)).toEqual([100, 100, 50]);
		expect(writes(run.requests).map((r) => `${r.method} ${r.path} ${r.body.update.length}`)).toEqual(['POST products/batch 20']);
		expect(run.items.map((item) => item.pairedItem)).toEqual(items.map((_, i) => ({ item: i })));
		expect(run.json[0]).toEqual({ _operation: 'updated', id: ids[0], sku: 'S-0', changes: { regular_price: { old: '10.00', new: '12.5' } } });
		expect(run.json[15]).toEqual({ _operation: 'updated', id: ids[15], sku: 'S-15', changes: { stock_quantity: { old: 5, new: 7 } } });
		expect(run.json[100]).toEqual({ _operation: 'unchanged', id: ids[100], sku: 'S-100' });
		expect(run.json.filter((json) => json._operation === 'unchanged')).toHaveLength(230);
		expect(stored(ids[0]).regular_price).toBe('12.50');
		expect(stored(ids[15]).stock_quantity).toBe(7);
	});

	it('turns Manage Stock on when it writes a quantity', async () => {
		const off = await product('MS-1', { manage_stock: false, stock_quantity: null });
		const run = await runNode(sb, syncParameters({}, { stock_quantity: '={{ $json.qty }}' }), { items: [{ sku: 'MS-1', qty: '3' }] });
		expect(run.json[0].changes).toEqual({ stock_quantity: { old: null, new: 3 }, manage_stock: { old: false, new: true } });
		expect(stored(off.id)).toMatchObject({ manage_stock: true, stock_quantity: 3 });
	});

	it('a SKU nobody has: Skip and Report (default), Create, or Error before anything is written', async () => {
		await product('KNOWN-1');
		const items = [{ sku: 'KNOWN-1', price: '11', qty: 5 }, { sku: 'NEW-1', price: '8', qty: 2 }];

		const skipped = await runNode(sb, syncParameters(), { items });
		expect(skipped.json[1]).toEqual({ _operation: 'missing', sku: 'NEW-1' });
		expect(skipped.json[0]._operation).toBe('updated');

		const refused = await runNode(sb, syncParameters({ ifMissing: 'error' }), { items: [{ sku: 'KNOWN-1', price: '13', qty: 5 }, items[1]] });
		expect(refused.error.message).toBe('No product has the SKU "NEW-1" (item 2)');
		expect(writes(refused.requests)).toEqual([]);

		const created = await runNode(sb, syncParameters({ ifMissing: 'create' }), { items });
		expect(created.json[0]).toMatchObject({ _operation: 'unchanged', sku: 'KNOWN-1' });
		expect(created.json[1]).toMatchObject({ _operation: 'created', sku: 'NEW-1', changes: { regular_price: { old: null, new: '8' } } });
		expect(stored(created.json[1].id as number)).toMatchObject({ sku: 'NEW-1', regular_price: '8.00', manage_stock: true, stock_quantity: 2 });
		expect(writes(created.requests).map((r) => [r.path, r.body])).toEqual([
			['products/batch', { create: [{ sku: 'NEW-1', regular_price: '8', stock_quantity: 2, manage_stock: true }] }],
		]);
	});

	it('a SKU shared by two products is an error on that item only (Continue On Fail), or stops the node with nothing written', async () => {
		const a = await product('DUP-A');
		await product('DUP-B');
		const other = await product('SOLO-1');
		[...sb.store.products.values()].find((p: any) => p.sku === 'DUP-B').sku = 'DUP-A';
		const items = [{ sku: 'DUP-A', price: '20', qty: 5 }, { sku: 'SOLO-1', price: '21', qty: 5 }];

		const stopped = await runNode(sb, syncParameters(), { items });
		expect(stopped.error.message).toMatch(/^The SKU "DUP-A" of item 1 belongs to 2 products \(IDs /);
		expect(writes(stopped.requests)).toEqual([]);

		const run = await runNode(sb, syncParameters(), { items, continueOnFail: true });
		expect(run.json[0]).toMatchObject({ _operation: 'error', sku: 'DUP-A', error: expect.stringContaining('belongs to 2 products') });
		expect(run.json[1]).toMatchObject({ _operation: 'updated', id: other.id });
		expect(stored(a.id).regular_price).toBe('10.00');
	});

	it('looks a SKU containing a comma up on its own (WooCommerce splits the list on commas) and keeps only the exact match', async () => {
		await product('CA');
		const comma = await product('CA,CB');
		const run = await runNode(sb, syncParameters(), { items: [{ sku: 'CA', price: '10', qty: 5 }, { sku: 'CA,CB', price: '30', qty: 5 }] });
		expect(run.requests.filter((r) => r.method === 'GET').map((r) => r.query.sku)).toEqual(['CA', 'CA,CB']);
		expect(run.json[0]).toMatchObject({ _operation: 'unchanged', sku: 'CA' });
		expect(run.json[1]).toMatchObject({ _operation: 'updated', id: comma.id, changes: { regular_price: { old: '10.00', new: '30' } } });
	});

	it('refuses a value that is not a number, naming the field and the item', async () => {
		const run = await runNode(sb, syncParameters(), { items: [{ sku: 'S-1', price: '10,5', qty: 5 }] });
		expect(run.error.message).toBe('The field "Regular Price" ("10,5") in item 1 must be a number with a dot as the decimal separator, e.g. 10.50, or empty');
		expect(run.requests).toEqual([]);
	});

	it('a SKU twice in the input: the later item is an error, the first is synced', async () => {
		const run = await runNode(sb, syncParameters(), {
			items: [{ sku: 'S-120', price: '10', qty: 5 }, { sku: 'S-120', price: '99', qty: 5 }],
			continueOnFail: true,
		});
		expect(run.json[0]).toMatchObject({ _operation: 'unchanged' });
		expect(run.json[1]).toMatchObject({ _operation: 'error', error: 'The SKU "S-120" of item 2 is also in item 1' });
	});
});

describe('Product > Sync, Map Automatically', () => {
	it('reads "sku" and the chosen fields from the items themselves (other fields ignored)', async () => {
		const a = await product('AUTO-1');
		const b = await product('AUTO-2');
		const run = await runNode(
			sb,
			{ resource: 'product', operation: 'sync', syncMapping: 'auto', syncFieldNames: ['regular_price', 'stock_quantity'] },
			{
				items: [
					{ sku: 'AUTO-1', regular_price: '10', stock_quantity: 9, name: 'Not synced' },
					{ sku: 'AUTO-2', regular_price: '10.00', stock_quantity: 5 },
					{ sku: 'AUTO-3', price: '1' },
				],
				continueOnFail: true,
			},
		);
		expect(run.json[0]).toEqual({ _operation: 'updated', id: a.id, sku: 'AUTO-1', changes: { stock_quantity: { old: 5, new: 9 } } });
		expect(run.json[1]).toEqual({ _operation: 'unchanged', id: b.id, sku: 'AUTO-2' });
		expect(run.json[2]).toMatchObject({ _operation: 'error', error: 'item 3 has none of the fields to sync (regular_price, stock_quantity)' });
		expect(writes(run.requests).map((r) => r.body)).toEqual([{ update: [{ id: a.id, stock_quantity: 9 }] }]);
		expect(stored(a.id).name).toBe('AUTO-1');
	});
});

describe('Product Variation > Sync (by SKU)', () => {
	it('finds the variations of the product by SKU and writes the changed ones through the variations batch', async () => {
		const parent = (await callSandbox(sb, 'POST', 'products', {
			name: 'Hoodie', type: 'variable', sku: 'HOOD',
			attributes: [{ name: 'Size', options: ['S', 'M'], visible: true, variation: true }],
		})).body;
		const variation = async (size: string) =>
			(await callSandbox(sb, 'POST', `products/${parent.id}/variations`, { sku: `HOOD-${size}`, regular_price: '45.00', attributes: [{ name: 'Size', option: size }] })).body;
		const small = await variation('S');
		const medium = await variation('M');

		const run = await runNode(
			sb,
			{ resource: 'productVariation', operation: 'sync', productId: byId(parent.id), syncSku: '={{ $json.sku }}', syncFields: { regular_price: '={{ $json.price }}' } },
			{ items: [{ sku: 'HOOD-S', price: '45' }, { sku: 'HOOD-M', price: '49.90' }, { sku: 'HOOD-XL', price: '50' }] },
		);

		expect(run.error).toBeUndefined();
		expect(run.requests.filter((r) => r.method === 'GET').map((r) => [r.path, r.query.sku])).toEqual([[`products/${parent.id}/variations`, 'HOOD-S,HOOD-M,HOOD-XL']]);
		expect(writes(run.requests).map((r) => [r.path, r.body])).toEqual([
			[`products/${parent.id}/variations/batch`, { update: [{ id: medium.id, regular_price: '49.90' }] }],
		]);
		expect(run.json).toEqual([
			{ _operation: 'unchanged', id: small.id, sku: 'HOOD-S' },
			{ _operation: 'updated', id: medium.id, sku: 'HOOD-M', changes: { regular_price: { old: '45.00', new: '49.90' } } },
			{ _operation: 'missing', sku: 'HOOD-XL' },
		]);
		expect(stored(medium.id).regular_price).toBe('49.90');
	});
});
