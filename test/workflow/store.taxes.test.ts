/**
 * Tax Rate and Tax Class: the real node in n8n-core's engine against the sandbox store over real HTTP.
 * Each test checks the request the store received (method, path, query, body) and the output items.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { byId, byUrl, pairs, runNode, useStore, writes } from './store.helpers';

const sb = useStore('demo');

const taxIds = () => [...sb.store.taxes.keys()].sort((a: number, b: number) => a - b);

describe('Tax Rate', () => {
	it('creates a rate with every field, postcodes and cities as lists', async () => {
		const run = await runNode(sb, {
			resource: 'taxRate',
			operation: 'create',
			rate: '7.25',
			additionalFields: {
				country: 'US',
				state: 'NY',
				postcodes: '10001; 10002',
				cities: 'New York, Brooklyn',
				name: 'NY Tax',
				priority: 2,
				compound: true,
				shipping: false,
				order: 3,
				class: 'reduced-rate',
			},
		});
		expect(run.error).toBeUndefined();
		expect(run.requests).toHaveLength(1);
		expect(run.requests[0]).toMatchObject({ method: 'POST', path: 'taxes', query: {} });
		expect(run.requests[0].body).toEqual({
			rate: '7.25',
			country: 'US',
			state: 'NY',
			postcodes: ['10001', '10002'],
			cities: ['New York', 'Brooklyn'],
			name: 'NY Tax',
			priority: 2,
			compound: true,
			shipping: false,
			order: 3,
			class: 'reduced-rate',
		});
		expect(run.json).toHaveLength(1);
		expect(run.json[0]).toMatchObject({ rate: '7.2500', country: 'US', state: 'NY', name: 'NY Tax', class: 'reduced-rate', compound: true });
		expect(typeof run.json[0].id).toBe('number');
		expect(pairs(run.items)).toEqual([0]);
	});

	it('gets a rate by ID with selected fields', async () => {
		const run = await runNode(sb, { resource: 'taxRate', operation: 'get', taxRateId: byId(1), options: { fields: 'id,rate,country' } });
		expect(run.requests).toEqual([{ method: 'GET', path: 'taxes/1', query: { _fields: 'id,rate,country' }, body: undefined }]);
		expect(run.json).toEqual([{ id: 1, rate: '8.6250', country: 'US' }]);
	});

	it('gets many rates filtered by class, sorted, with Return All', async () => {
		const run = await runNode(sb, {
			resource: 'taxRate',
			operation: 'getAll',
			returnAll: true,
			filters: { class: 'standard' },
			options: { orderby: 'priority', order: 'desc' },
		});
		expect(run.error).toBeUndefined();
		expect(run.requests[0]).toMatchObject({ method: 'GET', path: 'taxes' });
		// Walked in ID order (stable across pages), sorted by priority here: ties by ID in the same direction.
		expect(run.requests[0].query).toMatchObject({ class: 'standard', orderby: 'id', order: 'asc' });
		const standard = [...sb.store.taxes.values()]
			.filter((t: any) => t.class === 'standard')
			.sort((a: any, b: any) => b.priority - a.priority || b.id - a.id)
			.map((t: any) => t.id);
		expect(run.json.map((t) => t.id)).toEqual(standard);
		expect(run.json.every((t) => t.class === 'standard')).toBe(true);
		const priorities = run.json.map((t) => Number(t.priority));
		expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
	});

	it('gets many rates with a limit', async () => {
		const run = await runNode(sb, { resource: 'taxRate', operation: 'getAll', limit: 1 });
		expect(run.requests).toHaveLength(1);
		expect(run.requests[0].query).toMatchObject({ per_page: '1', orderby: 'id', order: 'asc' });
		expect(run.json).toHaveLength(1);
		expect(run.json[0].id).toBe(taxIds()[0]);
	});

	it('updates a rate located by its REST URL', async () => {
		const run = await runNode(sb, {
			resource: 'taxRate',
			operation: 'update',
			taxRateId: byUrl(`${sb.url}/wp-json/wc/v3/taxes/1`),
			updateFields: { rate: '9', name: 'California' },
		});
		expect(run.requests).toEqual([{ method: 'PUT', path: 'taxes/1', query: {}, body: { rate: '9', name: 'California' } }]);
		expect(run.json[0]).toMatchObject({ id: 1, rate: '9.0000', name: 'California' });
	});

	it('deletes a rate permanently (force=true)', async () => {
		const created = await runNode(sb, { resource: 'taxRate', operation: 'create', rate: '1', additionalFields: { name: 'Temp' } });
		const id = created.json[0].id as number;
		const run = await runNode(sb, { resource: 'taxRate', operation: 'delete', taxRateId: byId(id) });
		expect(run.requests).toEqual([{ method: 'DELETE', path: `taxes/${id}`, query: { force: 'true' }, body: undefined }]);
		expect(run.json[0]).toMatchObject({ deleted: true, permanently: true, id, name: 'Temp' });
		expect(sb.store.taxes.has(id)).toBe(false);
	});

	it('gives every item its own body from expressions, with nothing leaking between items', async () => {
		const run = await runNode(
			sb,
			{
				resource: 'taxRate',
				operation: 'create',
				rate: '={{ $json.rate }}',
				additionalFields: { country: '={{ $json.country }}', name: '={{ $json.name }}' },
			},
			{ items: [{ rate: '5', country: 'DE', name: 'DE Tax' }, { rate: '6.5', name: 'Anywhere' }, { rate: 0, country: 'PT', name: 'Zero' }] },
		);
		expect(run.error).toBeUndefined();
		expect(run.requests.map((r) => r.body)).toEqual([
			{ rate: '5', country: 'DE', name: 'DE Tax' },
			{ rate: '6.5', name: 'Anywhere' },
			{ rate: '0', country: 'PT', name: 'Zero' },
		]);
		expect(run.json.map((t) => [t.country, t.rate, t.name])).toEqual([
			['DE', '5.0000', 'DE Tax'],
			['', '6.5000', 'Anywhere'],
			['PT', '0.0000', 'Zero'],
		]);
		expect(pairs(run.items)).toEqual([0, 1, 2]);
	});

	it('continues on fail: a bad ID and a missing rate become error items in place', async () => {
		const run = await runNode(
			sb,
			{ resource: 'taxRate', operation: 'get', taxRateId: byId('={{ $json.id }}') },
			{ items: [{ id: 1 }, { id: 'abc' }, { id: 99999 }], continueOnFail: true },
		);
		expect(run.error).toBeUndefined();
		expect(run.requests.map((r) => r.path)).toEqual(['taxes/1', 'taxes/99999']);
		expect(run.json).toHaveLength(3);
		expect(run.json[0].id).toBe(1);
		expect(run.json[1].error).toMatch(/tax rate ID "abc" in item 2 is not a positive whole number/);
		expect(run.json[2].error).toBeDefined();
		expect(run.json[2].httpCode).toBe('404');
		expect(pairs(run.items)).toEqual([0, 1, 2]);
	});

	it('batch updates rates: a missing rate fails on its own item', async () => {
		const run = await runNode(
			sb,
			{ resource: 'taxRate', operation: 'batch', batchAction: 'update', batchId: '={{ $json.id }}', batchData: '={{ JSON.stringify({ rate: $json.rate }) }}' },
			{ items: [{ id: 1, rate: '8' }, { id: 424242, rate: '3' }] },
		);
		expect(run.error).toBeUndefined();
		expect(run.requests).toEqual([
			{ method: 'POST', path: 'taxes/batch', query: {}, body: { update: [{ rate: '8', id: 1 }, { rate: '3', id: 424242 }] } },
		]);
		expect(run.json[0]).toMatchObject({ id: 1, rate: '8.0000' });
		expect(run.json[1]).toMatchObject({ success: false, code: 'woocommerce_rest_invalid_id' });
		expect(pairs(run.items)).toEqual([0, 1]);
	});

	it('batch creates and deletes rates', async () => {
		const created = await runNode(
			sb,
			{ resource: 'taxRate', operation: 'batch', batchAction: 'create', batchData: '={{ JSON.stringify($json) }}' },
			{ items: [{ rate: '2', name: 'B1', country: 'DE' }, { rate: '3', name: 'B2', country: 'PT' }] },
		);
		expect(created.requests).toEqual([
			{ method: 'POST', path: 'taxes/batch', query: {}, body: { create: [{ rate: '2', name: 'B1', country: 'DE' }, { rate: '3', name: 'B2', country: 'PT' }] } },
		]);
		const ids = created.json.map((t) => t.id as number);
		expect(created.json.map((t) => t.name)).toEqual(['B1', 'B2']);
		const deleted = await runNode(
			sb,
			{ resource: 'taxRate', operation: 'batch', batchAction: 'delete', batchId: '={{ $json.id }}' },
			{ items: ids.map((id) => ({ id })) },
		);
		expect(deleted.requests).toEqual([{ method: 'POST', path: 'taxes/batch', query: {}, body: { delete: ids } }]);
		expect(deleted.json.map((t) => t.id)).toEqual(ids);
		expect(ids.some((id) => sb.store.taxes.has(id))).toBe(false);
	});

	it('refuses invalid input before sending anything, naming the field and the item', async () => {
		const badRate = await runNode(sb, { resource: 'taxRate', operation: 'create', rate: '={{ $json.rate }}' }, { items: [{ rate: '5' }, { rate: '7%' }] });
		expect(badRate.error.message).toMatch(/"Rate" in item 2 must be a decimal number/);
		expect(writes(badRate.requests)).toHaveLength(1); // item 1 was valid and sent; nothing for item 2

		const badJson = await runNode(sb, { resource: 'taxRate', operation: 'update', taxRateId: byId(1), updateFields: { extraFieldsJson: '{"name": ' } });
		expect(badJson.error.message).toMatch(/"Extra Fields \(JSON\)" in item 1 is not valid JSON/);
		expect(badJson.requests).toHaveLength(0);

		const badId = await runNode(sb, { resource: 'taxRate', operation: 'delete', taxRateId: byId('={{ $json.id }}') }, { items: [{ id: 'x1' }] });
		expect(badId.error.message).toMatch(/tax rate ID "x1" in item 1 is not a positive whole number/);
		expect(badId.requests).toHaveLength(0);

		const nothing = await runNode(sb, { resource: 'taxRate', operation: 'update', taxRateId: byId(1), updateFields: {} });
		expect(nothing.error.message).toMatch(/Nothing to update in item 1/);
		expect(nothing.requests).toHaveLength(0);

		const batchBad = await runNode(
			sb,
			{ resource: 'taxRate', operation: 'batch', batchAction: 'update', batchId: '={{ $json.id }}', batchData: '{"rate": "1"}' },
			{ items: [{ id: 1 }, { id: 'nope' }] },
		);
		expect(batchBad.error.message).toMatch(/tax rate ID "nope" in item 2/);
		expect(batchBad.requests).toHaveLength(0);
	});
});

describe('Tax Class', () => {
	it('gets every tax class in one request, with a limit applied by the node', async () => {
		const all = await runNode(sb, { resource: 'taxClass', operation: 'getAll', returnAll: true });
		expect(all.requests).toEqual([{ method: 'GET', path: 'taxes/classes', query: {}, body: undefined }]);
		expect(all.json.map((c) => c.slug)).toEqual(expect.arrayContaining(['standard', 'reduced-rate', 'zero-rate']));
		const two = await runNode(sb, { resource: 'taxClass', operation: 'getAll', limit: 2, options: { fields: 'slug' } });
		expect(two.requests[0].query).toEqual({ _fields: 'slug' });
		expect(two.json).toEqual([{ slug: 'standard' }, { slug: 'reduced-rate' }]);
	});

	it('creates and deletes a tax class (force=true, by slug)', async () => {
		const created = await runNode(sb, { resource: 'taxClass', operation: 'create', taxClassName: 'Books' });
		expect(created.requests).toEqual([{ method: 'POST', path: 'taxes/classes', query: {}, body: { name: 'Books' } }]);
		expect(created.json[0]).toMatchObject({ slug: 'books', name: 'Books' });

		const deleted = await runNode(sb, { resource: 'taxClass', operation: 'delete', taxClassSlug: '={{ $json.slug }}' }, { items: [{ slug: 'books' }] });
		expect(deleted.requests).toEqual([{ method: 'DELETE', path: 'taxes/classes/books', query: { force: 'true' }, body: undefined }]);
		expect(deleted.json[0]).toMatchObject({ deleted: true, permanently: true, slug: 'books', name: 'Books' });
	});

	it('refuses an empty name, an empty or odd slug, and the standard class, sending nothing', async () => {
		const noName = await runNode(sb, { resource: 'taxClass', operation: 'create', taxClassName: '  ' });
		expect(noName.error.message).toMatch(/"Name" is empty in item 1/);
		// An expression that yields nothing (the editor refuses an empty literal before the run).
		const noSlug = await runNode(sb, { resource: 'taxClass', operation: 'delete', taxClassSlug: '={{ $json.slug }}' });
		expect(noSlug.error.message).toMatch(/"Tax Class" is empty in item 1/);
		const odd = await runNode(sb, { resource: 'taxClass', operation: 'delete', taxClassSlug: '../taxes' });
		expect(odd.error.message).toMatch(/"Tax Class" in item 1 has an invalid value/);
		const standard = await runNode(sb, { resource: 'taxClass', operation: 'delete', taxClassSlug: 'standard' });
		expect(standard.error.message).toMatch(/standard tax class cannot be deleted/);
		expect([...noName.requests, ...noSlug.requests, ...odd.requests, ...standard.requests]).toHaveLength(0);
	});
});
