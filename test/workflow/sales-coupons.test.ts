/**
 * Coupon resource, run through n8n-core's engine against the sandbox store over real HTTP.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { byId, runNode, useStore } from './sales.helpers';

const sb = useStore('demo', { preloadNode: true });

const couponId = (code: string): number => [...sb.store.coupons.values()].find((c: any) => c.code === code).id;

describe('Coupon > Create', () => {
	it('sends the code and typed restrictions: ID lists as integers, amounts as strings, emails as a list', async () => {
		const res = await runNode(sb, {
			resource: 'coupon',
			operation: 'create',
			code: 'AUTUMN15',
			additionalFields: {
				discount_type: 'percent',
				amount: '15',
				individual_use: true,
				product_ids: '11, 12',
				excluded_product_ids: '13',
				usage_limit: 100,
				usage_limit_per_user: 0,
				date_expires: '2030-12-31T23:59:59',
				free_shipping: false,
				minimum_amount: '20.00',
				maximum_amount: '500',
				email_restrictions: 'jane@example.com, *@example.org',
				meta_data: { values: [{ key: 'campaign', value: 'autumn' }] },
			},
		});
		expect(res.error).toBeUndefined();
		expect(res.requests).toEqual([
			{
				method: 'POST',
				path: 'coupons',
				query: {},
				body: {
					code: 'AUTUMN15',
					discount_type: 'percent',
					amount: '15',
					individual_use: true,
					product_ids: [11, 12],
					excluded_product_ids: [13],
					usage_limit: 100,
					usage_limit_per_user: null,
					date_expires: '2030-12-31T23:59:59',
					free_shipping: false,
					minimum_amount: '20.00',
					maximum_amount: '500',
					email_restrictions: ['jane@example.com', '*@example.org'],
					meta_data: [{ key: 'campaign', value: 'autumn' }],
				},
			},
		]);
		expect(res.json[0]).toMatchObject({ code: 'autumn15', amount: '15.00', product_ids: [11, 12], date_expires: '2030-12-31T23:59:59' });
	});

	it('refuses a bad amount or ID list before sending, per item', async () => {
		const res = await runNode(
			sb,
			{ resource: 'coupon', operation: 'create', code: '={{ $json.code }}', additionalFields: { amount: '={{ $json.amount }}', product_ids: '={{ $json.products }}' } },
			{ continueOnFail: true, items: [{ code: 'A1', amount: '10%', products: '' }, { code: 'A2', amount: '5', products: '11,tee' }, { code: 'summer10', amount: '5', products: '' }, { code: 'A4', amount: '5', products: '' }] },
		);
		expect(res.json[0].error).toBe('The field "Amount" in item 1 is not an amount: "10%"');
		expect(res.json[1].error).toBe('The field "Product IDs" in item 2 must be a comma-separated list of IDs, not "tee"');
		expect(res.json[2].error).toBe('The coupon code already exists');
		expect(res.json[3]).toMatchObject({ code: 'a4', amount: '5.00' });
		expect(res.requests.map((request) => request.body.code)).toEqual(['summer10', 'A4']);
	});
});

describe('Coupon > Create or Update', () => {
	it('finds the code whatever its case, then updates or creates, and says which', async () => {
		const summer = couponId('summer10');
		const res = await runNode(
			sb,
			{ resource: 'coupon', operation: 'createOrUpdate', upsertCode: '={{ $json.code }}', additionalFields: { amount: '={{ $json.amount }}' } },
			{ items: [{ code: 'SUMMER10', amount: '12' }, { code: 'Winter25', amount: '25' }] },
		);
		expect(res.error).toBeUndefined();
		expect(res.requests).toEqual([
			{ method: 'GET', path: 'coupons', query: { code: 'SUMMER10' }, body: null },
			{ method: 'PUT', path: `coupons/${summer}`, query: {}, body: { amount: '12' } },
			{ method: 'GET', path: 'coupons', query: { code: 'Winter25' }, body: null },
			{ method: 'POST', path: 'coupons', query: {}, body: { code: 'Winter25', amount: '25' } },
		]);
		expect(res.json.map((coupon) => [coupon._operation, coupon.code, coupon.amount])).toEqual([
			['updated', 'summer10', '12.00'],
			['created', 'winter25', '25.00'],
		]);
	});
});

describe('Coupon > Get, Get Many, Update, Delete, Batch', () => {
	it('gets a coupon and lists by code or search, keeping filters in Return All', async () => {
		const id = couponId('freeship');
		const one = await runNode(sb, { resource: 'coupon', operation: 'get', couponId: byId(id) });
		expect(one.requests).toEqual([{ method: 'GET', path: `coupons/${id}`, query: {}, body: null }]);
		expect(one.json[0]).toMatchObject({ id, code: 'freeship', free_shipping: true });

		const byCode = await runNode(sb, { resource: 'coupon', operation: 'getAll', returnAll: true, filters: { code: 'FREESHIP' } });
		expect(byCode.requests.every((request) => request.query.code === 'FREESHIP')).toBe(true);
		expect(byCode.json.map((coupon) => coupon.code)).toEqual(['freeship']);

		const search = await runNode(sb, { resource: 'coupon', operation: 'getAll', limit: 10, filters: { search: 'er' }, options: { fields: 'id,code', orderby: 'id', order: 'asc' } });
		expect(search.requests[0].query).toMatchObject({ search: 'er', _fields: 'id,code', orderby: 'id', order: 'asc' });
		expect(search.json.every((coupon) => Object.keys(coupon).join() === 'id,code' && String(coupon.code).includes('er'))).toBe(true);
	});

	it('updates only the fields given', async () => {
		const id = couponId('welcome5');
		const res = await runNode(sb, { resource: 'coupon', operation: 'update', couponId: byId(id), updateFields: { description: 'For new customers', usage_limit: 0 } });
		expect(res.requests[0]).toEqual({ method: 'PUT', path: `coupons/${id}`, query: {}, body: { description: 'For new customers', usage_limit: null } });
		expect(res.json[0]).toMatchObject({ description: 'For new customers', usage_limit: null });
	});

	it('moves to the trash, or deletes permanently with Force', async () => {
		const a = (await runNode(sb, { resource: 'coupon', operation: 'create', code: 'trash-me', additionalFields: {} })).json[0].id as number;
		const b = (await runNode(sb, { resource: 'coupon', operation: 'create', code: 'kill-me', additionalFields: {} })).json[0].id as number;
		const trash = await runNode(sb, { resource: 'coupon', operation: 'delete', couponId: byId(a) });
		expect(trash.requests[0]).toEqual({ method: 'DELETE', path: `coupons/${a}`, query: { force: 'false' }, body: null });
		expect(trash.json[0]).toMatchObject({ deleted: true, permanently: false, code: 'trash-me' });
		const force = await runNode(sb, { resource: 'coupon', operation: 'delete', couponId: byId(b), force: true });
		expect(force.requests[0].query).toEqual({ force: 'true' });
		expect(sb.store.coupons.has(b)).toBe(false);
	});

	it('batch-updates with a failing item in place', async () => {
		const id = couponId('summer10');
		const res = await runNode(
			sb,
			{ resource: 'coupon', operation: 'batch', batchAction: 'update', batchId: '={{ $json.id }}', batchData: '={{ JSON.stringify({ amount: $json.amount }) }}' },
			{ items: [{ id, amount: '11' }, { id: 999998, amount: '1' }, { id: 'abc', amount: '1' }] },
			
		);
		expect(res.error.message).toBe('The coupon ID "abc" in item 3 is not a positive whole number');
		expect(res.requests).toHaveLength(0);

		const ok = await runNode(
			sb,
			{ resource: 'coupon', operation: 'batch', batchAction: 'update', batchId: '={{ $json.id }}', batchData: '={{ JSON.stringify({ amount: $json.amount }) }}' },
			{ continueOnFail: true, items: [{ id, amount: '11' }, { id: 999998, amount: '1' }, { id: 'abc', amount: '1' }] },
		);
		expect(ok.requests).toHaveLength(1);
		expect(ok.requests[0].body).toEqual({ update: [{ amount: '11', id }, { amount: '1', id: 999998 }] });
		expect(ok.json[0]).toMatchObject({ id, amount: '11.00' });
		expect(ok.json[1]).toMatchObject({ success: false, id: 999998 });
		expect(ok.json[2].error).toBe('The coupon ID "abc" in item 3 is not a positive whole number');
		expect(ok.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});
});
