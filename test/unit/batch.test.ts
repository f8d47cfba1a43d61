import {
	MAX_BATCH_OPERATIONS,
	chunkBatch,
	countOperations,
	emptyResults,
	mapChunkResults,
	toItemResult,
} from '../../nodes/WooCommerce/transport/batchPlan';

const creates = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `new ${i}` }));
const updates = (n: number) => Array.from({ length: n }, (_, i) => ({ id: 1000 + i, name: `upd ${i}` }));
const deletes = (n: number) => Array.from({ length: n }, (_, i) => 5000 + i);

describe('batch chunking', () => {
	it('keeps a batch of 100 in one request', () => {
		const chunks = chunkBatch({ create: creates(40), update: updates(40), delete: deletes(20) });
		expect(chunks).toHaveLength(1);
		expect(chunks[0].first).toBe(1);
		expect(chunks[0].last).toBe(100);
		expect(chunks[0].body.create).toHaveLength(40);
	});

	it('splits 250 mixed operations into 100 + 100 + 50, in order create → update → delete', () => {
		const ops = { create: creates(120), update: updates(90), delete: deletes(40) };
		const chunks = chunkBatch(ops);
		expect(chunks.map((c) => countOperations(c.body))).toEqual([100, 100, 50]);
		expect(chunks.every((c) => countOperations(c.body) <= MAX_BATCH_OPERATIONS)).toBe(true);
		expect(chunks[0].body).toEqual({ create: ops.create.slice(0, 100) });
		expect(chunks[1].body).toEqual({ create: ops.create.slice(100), update: ops.update.slice(0, 80) });
		expect(chunks[2].body).toEqual({ update: ops.update.slice(80), delete: ops.delete });
		expect(chunks[1].positions).toEqual({
			create: Array.from({ length: 20 }, (_, i) => 100 + i),
			update: Array.from({ length: 80 }, (_, i) => i),
			delete: [],
		});
		expect(chunks.map((c) => [c.first, c.last])).toEqual([
			[1, 100],
			[101, 200],
			[201, 250],
		]);
	});

	it('sends no empty keys and no request for an empty batch', () => {
		expect(chunkBatch({})).toEqual([]);
		expect(Object.keys(chunkBatch({ delete: [1] })[0].body)).toEqual(['delete']);
	});

	it('honours a smaller maximum', () => {
		expect(chunkBatch({ delete: deletes(7) }, 3).map((c) => c.body.delete)).toEqual([
			[5000, 5001, 5002],
			[5003, 5004, 5005],
			[5006],
		]);
	});
});

describe('batch results', () => {
	it('maps results and per-item errors back to input positions', () => {
		const ops = { create: creates(3), update: updates(2), delete: deletes(2) };
		const chunks = chunkBatch(ops, 4);
		const results = emptyResults(ops);
		// chunk 1: create 0,1,2 + update 0 ; chunk 2: update 1 + delete 0,1
		mapChunkResults(
			chunks[0],
			{
				create: [
					{ id: 11, name: 'new 0' },
					{
						id: 0,
						error: {
							code: 'product_invalid_sku',
							message: 'Invalid or duplicated SKU.',
							data: { status: 400, resource_id: 11, unique_sku: 'X-1' },
						},
					},
					{ id: 13, name: 'new 2' },
				],
				update: [{ id: 1000, name: 'upd 0' }],
			},
			results,
		);
		mapChunkResults(
			chunks[1],
			{
				update: [{ id: 1001, error: { code: 'woocommerce_rest_product_invalid_id', message: 'Invalid ID.', data: { status: 400 } } }],
				delete: [{ id: 5000, name: 'gone' }, { id: 5001, error: { code: 'woocommerce_rest_product_invalid_id', message: 'Invalid ID.', data: { status: 404 } } }],
			},
			results,
		);
		expect(results.create.map((r) => r.ok)).toEqual([true, false, true]);
		expect(results.create[1].json).toEqual({
			error: { code: 'product_invalid_sku', message: 'Invalid or duplicated SKU.', status: 400, resource_id: 11, unique_sku: 'X-1' },
		});
		expect(results.update[0]).toEqual({ ok: true, json: { id: 1000, name: 'upd 0' } });
		expect(results.update[1]).toEqual({
			ok: false,
			json: { id: 1001, error: { code: 'woocommerce_rest_product_invalid_id', message: 'Invalid ID.', status: 400 } },
		});
		expect(results.delete.map((r) => r.ok)).toEqual([true, false]);
		expect(results.delete[1].json.error).toMatchObject({ status: 404 });
	});

	it('marks a missing answer as an error in place instead of shifting the others', () => {
		const ops = { create: creates(2) };
		const [chunk] = chunkBatch(ops);
		const results = emptyResults(ops);
		mapChunkResults(chunk, { create: [{ id: 1 }] }, results);
		expect(results.create[0].ok).toBe(true);
		expect(results.create[1]).toMatchObject({ ok: false, json: { error: { code: 'missing_result' } } });
	});

	it('reads an error whose data is the bare status (as refunds do)', () => {
		expect(toItemResult({ error: { code: 'x', message: 'y', data: 500 } })).toEqual({
			ok: false,
			json: { error: { code: 'x', message: 'y', status: 500 } },
		});
	});
});
