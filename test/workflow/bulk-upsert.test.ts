/**
 * Create or Update with many items (customers by email, coupons by code): lookups sent a few at a time, writes in
 * batch requests of 100, one output item per input item saying what it did.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { BULK_UPSERT_MIN_ITEMS } from '../../nodes/WooCommerce/actions/shared/upsert';
import { callSandbox } from '../helpers/sandboxSeed';
import { runNode, useStore, writes } from './sales.helpers';

const sb = useStore('empty', { preloadNode: true });

describe('Customer > Create or Update, many items', () => {
	it('looks up each email, then writes 12 customers (4 existing, 8 new) in one batch request, results on their items', async () => {
		const existing: number[] = [];
		for (let i = 0; i < 4; i++) existing.push((await callSandbox(sb, 'POST', 'customers', { email: `old${i}@example.com`, first_name: 'Old', username: `old${i}` })).body.id);
		const items = Array.from({ length: 12 }, (_, i) => ({ email: i < 4 ? `OLD${i}@example.com` : `new${i}@example.com`, first: `Name ${i}`, username: `user${i}` }));

		const run = await runNode(
			sb,
			{ resource: 'customer', operation: 'createOrUpdate', upsertEmail: '={{ $json.email }}', additionalFields: { first_name: '={{ $json.first }}', username: '={{ $json.username }}' } },
			{ items },
		);

		expect(run.error).toBeUndefined();
		expect(run.requests.filter((r) => r.method === 'GET').map((r) => r.query)).toEqual(items.map((item) => ({ email: item.email, role: 'all' })));
		const [batch, ...others] = writes(run.requests);
		expect(others).toEqual([]);
		expect(batch.path).toBe('customers/batch');
		expect(batch.body.update).toEqual(existing.map((id, i) => ({ first_name: `Name ${i}`, id })));
		expect(batch.body.create).toHaveLength(8);
		expect(batch.body.create[0]).toEqual({ email: 'new4@example.com', first_name: 'Name 4', username: 'user4' });
		expect(run.json.map((json) => [json._operation, json.email, json.first_name])).toEqual(
			items.map((item, i) => [i < 4 ? 'updated' : 'created', item.email.toLowerCase(), `Name ${i}`]),
		);
		expect(run.items.map((item) => item.pairedItem)).toEqual(items.map((_, i) => ({ item: i })));
	});

	it(`goes item by item when two of ${BULK_UPSERT_MIN_ITEMS}+ items share an email (the later one updates what the first created)`, async () => {
		const items = Array.from({ length: 12 }, (_, i) => ({ email: i === 11 ? 'twice@example.com' : `twice${i}@example.com`, first: `T ${i}` }));
		items[0].email = 'twice@example.com';
		const run = await runNode(
			sb,
			{ resource: 'customer', operation: 'createOrUpdate', upsertEmail: '={{ $json.email }}', additionalFields: { first_name: '={{ $json.first }}' } },
			{ items },
		);
		expect(run.error).toBeUndefined();
		expect(writes(run.requests).some((r) => r.path.endsWith('/batch'))).toBe(false);
		expect([run.json[0]._operation, run.json[11]._operation]).toEqual(['created', 'updated']);
		expect(run.json[11].id).toBe(run.json[0].id);
	});
});

describe('Coupon > Create or Update, many items', () => {
	it('finds codes whatever their case and writes the coupons in one batch request; an ambiguous code stops the node before any write', async () => {
		await callSandbox(sb, 'POST', 'coupons', { code: 'bulk0', amount: '5' });
		const items = Array.from({ length: 10 }, (_, i) => ({ code: `BULK${i}`, amount: String(10 + i) }));
		const parameters = { resource: 'coupon', operation: 'createOrUpdate', upsertCode: '={{ $json.code }}', additionalFields: { amount: '={{ $json.amount }}' } };

		const run = await runNode(sb, parameters, { items });
		expect(run.error).toBeUndefined();
		expect(writes(run.requests).map((r) => [r.path, r.body.create?.length, r.body.update?.length])).toEqual([['coupons/batch', 9, 1]]);
		expect(run.json.map((json) => [json._operation, json.code, json.amount])).toEqual(
			items.map((item, i) => [i === 0 ? 'updated' : 'created', item.code.toLowerCase(), `${10 + i}.00`]),
		);

		[...sb.store.coupons.values()].find((c: any) => c.code === 'bulk2').code = 'bulk1';
		const stopped = await runNode(sb, parameters, { items });
		expect(stopped.error.message).toMatch(/^Several coupons have the code "BULK1" \(IDs \d+, \d+\), so item 2 was not written$/);
		expect(writes(stopped.requests)).toEqual([]);
	});
});
