/**
 * Customer resource, run through n8n-core's engine against the sandbox store over real HTTP.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { callSandbox } from '../helpers/sandboxSeed';
import { byId, runNode, useStore, writes } from './sales.helpers';

const sb = useStore('demo', { preloadNode: true });

const idOf = (email: string): number => [...sb.store.customers.values()].find((c: any) => c.email === email).id;

describe('Customer > Create', () => {
	it('sends the email, names, login, password, addresses and meta', async () => {
		const res = await runNode(sb, {
			resource: 'customer',
			operation: 'create',
			email: 'zoe@example.com',
			additionalFields: {
				first_name: 'Zoe',
				last_name: 'Park',
				username: 'zoe',
				password: 'zoe-Pass-9',
				billing: { first_name: 'Zoe', postcode: '94105', state: 'CA', country: 'US', email: 'zoe@example.com', phone: '555-0123' },
				shipping: { address_1: '2 Main St', city: 'Oakland', postcode: '94607', state: 'CA', country: 'US' },
				meta_data: { values: [{ key: 'source', value: 'n8n' }] },
			},
		});
		expect(res.error).toBeUndefined();
		expect(res.requests).toEqual([
			{
				method: 'POST',
				path: 'customers',
				query: {},
				body: {
					email: 'zoe@example.com',
					first_name: 'Zoe',
					last_name: 'Park',
					username: 'zoe',
					password: 'zoe-Pass-9',
					billing: { first_name: 'Zoe', postcode: '94105', state: 'CA', country: 'US', email: 'zoe@example.com', phone: '555-0123' },
					shipping: { address_1: '2 Main St', city: 'Oakland', postcode: '94607', state: 'CA', country: 'US' },
					meta_data: [{ key: 'source', value: 'n8n' }],
				},
			},
		]);
		expect(res.json[0]).toMatchObject({ email: 'zoe@example.com', username: 'zoe', role: 'customer', shipping: { postcode: '94607', state: 'CA' } });
		expect(JSON.stringify(res.json)).not.toContain('zoe-Pass-9');
	});

	it('checks emails before sending, and reports a duplicate per item with continueOnFail', async () => {
		const res = await runNode(
			sb,
			{ resource: 'customer', operation: 'create', email: '={{ $json.email }}', additionalFields: { first_name: '={{ $json.name }}' } },
			{ continueOnFail: true, items: [{ email: 'not-an-email', name: 'A' }, { email: 'alice@example.com', name: 'B' }, { email: 'yuki@example.com', name: 'C' }] },
		);
		expect(res.json[0].error).toBe('The field "Email" in item 1 is not an email address: "not-an-email"');
		expect(res.json[1].error).toMatch(/An account is already registered with alice@example.com/);
		expect(res.json[1].httpCode).toBe('400');
		expect(res.json[2]).toMatchObject({ email: 'yuki@example.com', first_name: 'C' });
		expect(res.requests.map((request) => request.body)).toEqual([
			{ email: 'alice@example.com', first_name: 'B' },
			{ email: 'yuki@example.com', first_name: 'C' },
		]);
	});
});

describe('Customer > Create or Update', () => {
	it('looks the email up once among all roles, then updates or creates, and says which', async () => {
		const alice = idOf('alice@example.com');
		const admin = idOf('admin@example.com');
		const res = await runNode(
			sb,
			{
				resource: 'customer',
				operation: 'createOrUpdate',
				upsertEmail: '={{ $json.email }}',
				additionalFields: { first_name: '={{ $json.first }}', username: '={{ $json.username }}' },
			},
			{
				items: [
					{ email: 'ALICE@example.com', first: 'Alicia', username: 'alice2' },
					{ email: 'newbie@example.com', first: 'New', username: 'newbie' },
					{ email: 'admin@example.com', first: 'Ada', username: 'x' },
				],
			},
		);
		expect(res.error).toBeUndefined();
		expect(res.requests).toEqual([
			{ method: 'GET', path: 'customers', query: { email: 'ALICE@example.com', role: 'all' }, body: null },
			{ method: 'PUT', path: `customers/${alice}`, query: {}, body: { first_name: 'Alicia' } },
			{ method: 'GET', path: 'customers', query: { email: 'newbie@example.com', role: 'all' }, body: null },
			{ method: 'POST', path: 'customers', query: {}, body: { email: 'newbie@example.com', first_name: 'New', username: 'newbie' } },
			{ method: 'GET', path: 'customers', query: { email: 'admin@example.com', role: 'all' }, body: null },
			{ method: 'PUT', path: `customers/${admin}`, query: {}, body: { first_name: 'Ada' } },
		]);
		expect(res.json.map((customer) => [customer._operation, customer.email, customer.first_name])).toEqual([
			['updated', 'alice@example.com', 'Alicia'],
			['created', 'newbie@example.com', 'New'],
			['updated', 'admin@example.com', 'Ada'],
		]);
		expect(res.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});
});

describe('Customer > Get, Get Many', () => {
	it('returns the simplified customer by default and the raw one with Simplify off', async () => {
		const id = idOf('bob@example.com');
		const simple = await runNode(sb, { resource: 'customer', operation: 'get', customerId: byId(id) });
		expect(simple.requests).toEqual([{ method: 'GET', path: `customers/${id}`, query: {}, body: null }]);
		expect(Object.keys(simple.json[0])).toEqual([
			'id', 'email', 'first_name', 'last_name', 'username', 'role', 'is_paying_customer', 'date_created', 'date_modified', 'billing', 'shipping',
		]);
		expect(simple.json[0].billing).toMatchObject({ email: 'bob@example.com', phone: '555-0100', postcode: '94105', state: 'CA' });

		const raw = await runNode(sb, { resource: 'customer', operation: 'get', customerId: byId(id), simplify: false });
		expect(raw.json[0]).toHaveProperty('avatar_url');
		expect(raw.json[0]).toHaveProperty('meta_data');
	});

	it('keeps the role and search filters on every page of Return All', async () => {
		for (let i = 0; i < 130; i++) {
			await callSandbox(sb, 'POST', 'customers', { email: `bulk${i}@bulk.example`, first_name: 'Bulk' });
		}
		const res = await runNode(sb, { resource: 'customer', operation: 'getAll', returnAll: true, filters: { search: 'bulk.example', role: 'customer' }, options: { fields: 'id,email' } });
		const pages = res.requests.filter((request) => request.path === 'customers');
		expect(pages.length).toBeGreaterThanOrEqual(2);
		for (const page of pages) expect(page.query).toMatchObject({ search: 'bulk.example', role: 'customer' });
		expect(res.json).toHaveLength(130);
		expect(new Set(res.json.map((customer) => customer.id)).size).toBe(130);
	});

	it('lists every role by default (role=all) and keeps every filter in Return All', async () => {
		const all = await runNode(sb, { resource: 'customer', operation: 'getAll', returnAll: true, options: { fields: 'id,role' } });
		expect(all.requests.every((request) => request.query.role === 'all')).toBe(true);
		expect(all.json.map((customer) => customer.role)).toContain('administrator');

		const filtered = await runNode(sb, {
			resource: 'customer',
			operation: 'getAll',
			returnAll: true,
			filters: { role: 'customer', search: 'example.com', exclude: String(idOf('bob@example.com')) },
			options: { orderby: 'registered_date', order: 'desc' },
		});
		expect(filtered.requests.length).toBeGreaterThan(0);
		for (const request of filtered.requests) {
			// Walked in ID order (stable across pages), then sorted by registration date here.
			expect(request.query).toMatchObject({ role: 'customer', search: 'example.com', exclude: String(idOf('bob@example.com')), orderby: 'id', order: 'asc' });
		}
		const dates = filtered.json.map((customer) => String(customer.date_created));
		expect(dates).toEqual([...dates].sort().reverse());
		expect(filtered.json.some((customer) => customer.email === 'bob@example.com')).toBe(false);
		expect(filtered.json.every((customer) => customer.role === 'customer')).toBe(true);

		const byEmail = await runNode(
			sb,
			{ resource: 'customer', operation: 'getAll', limit: 5, filters: { email: '={{ $json.email }}' } },
			{ items: [{ email: 'carol@example.com' }, { email: 'dave@example.com' }] },
		);
		expect(byEmail.requests.map((request) => request.query.email)).toEqual(['carol@example.com', 'dave@example.com']);
		expect(byEmail.json.map((customer) => customer.email)).toEqual(['carol@example.com', 'dave@example.com']);
	});
});

describe('Customer > Update, Delete, Downloads, Batch', () => {
	it('updates a partial address (the store keeps the rest)', async () => {
		const id = idOf('carol@example.com');
		const res = await runNode(sb, { resource: 'customer', operation: 'update', customerId: byId(id), updateFields: { last_name: 'White-Black', billing: { phone: '555-0199' } } });
		expect(res.requests[0]).toEqual({ method: 'PUT', path: `customers/${id}`, query: {}, body: { last_name: 'White-Black', billing: { phone: '555-0199' } } });
		expect(res.json[0]).toMatchObject({ last_name: 'White-Black', billing: { phone: '555-0199', email: 'carol@example.com' } });
	});

	it('deletes permanently (customers cannot be trashed), with an optional reassign', async () => {
		const first = await runNode(sb, { resource: 'customer', operation: 'create', email: 'gone@example.com', additionalFields: {} });
		const second = await runNode(sb, { resource: 'customer', operation: 'create', email: 'gone2@example.com', additionalFields: {} });
		const res = await runNode(sb, { resource: 'customer', operation: 'delete', customerId: byId(first.json[0].id as number) });
		expect(res.requests).toEqual([{ method: 'DELETE', path: `customers/${first.json[0].id}`, query: { force: 'true' }, body: null }]);
		expect(res.json[0]).toMatchObject({ deleted: true, permanently: true, email: 'gone@example.com' });

		const reassign = await runNode(sb, { resource: 'customer', operation: 'delete', customerId: byId(second.json[0].id as number), options: { reassign: 1 } });
		expect(reassign.requests[0].query).toEqual({ force: 'true', reassign: '1' });
	});

	it('lists the downloads of a customer, one item each', async () => {
		const id = idOf('dave@example.com');
		sb.store.downloads.push(
			{ customer_id: id, download_id: 'a1', download_url: `${sb.url}/?download_file=11&key=a1`, product_id: 11, product_name: 'Basic Tee', download_name: 'Guide', order_id: 41, downloads_remaining: 'unlimited', access_expires: 'never', file: { name: 'guide.pdf', file: `${sb.url}/guide.pdf` } },
			{ customer_id: id, download_id: 'a2', download_url: `${sb.url}/?download_file=12&key=a2`, product_id: 12, product_name: 'Striped Tee', download_name: 'Pattern', order_id: 41, downloads_remaining: '3', access_expires: 'never', file: { name: 'pattern.pdf', file: `${sb.url}/pattern.pdf` } },
		);
		const res = await runNode(sb, { resource: 'customer', operation: 'getDownloads', customerId: byId(id) });
		expect(res.requests).toEqual([{ method: 'GET', path: `customers/${id}/downloads`, query: {}, body: null }]);
		expect(res.json.map((download) => download.download_id)).toEqual(['a1', 'a2']);
		expect(res.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	it('batch-creates with a failing item in place, and batch-deletes a missing ID', async () => {
		const created = await runNode(
			sb,
			{ resource: 'customer', operation: 'batch', batchAction: 'create', batchData: '={{ JSON.stringify({ email: $json.email, first_name: $json.name }) }}' },
			{ items: [{ email: 'b1@example.com', name: 'One' }, { email: 'alice@example.com', name: 'Dup' }, { email: 'b3@example.com', name: 'Three' }] },
		);
		expect(created.requests).toHaveLength(1);
		expect(created.requests[0]).toMatchObject({ method: 'POST', path: 'customers/batch' });
		expect(created.json[0]).toMatchObject({ email: 'b1@example.com' });
		expect(created.json[1]).toMatchObject({ success: false, code: 'registration-error-email-exists' });
		expect(created.json[2]).toMatchObject({ email: 'b3@example.com' });

		const deleted = await runNode(
			sb,
			{ resource: 'customer', operation: 'batch', batchAction: 'delete', batchId: '={{ $json.id }}' },
			{ items: [{ id: created.json[0].id }, { id: 999997 }] },
		);
		expect(deleted.requests[0].body).toEqual({ delete: [created.json[0].id, 999997] });
		expect(deleted.json[0]).toMatchObject({ id: created.json[0].id, email: 'b1@example.com' });
		expect(deleted.json[1]).toMatchObject({ success: false, id: 999997, code: 'wc_user_invalid_id' });
	});

	it('turns a read-only key writing into one clear sentence, with nothing written', async () => {
		const res = await runNode(sb, { resource: 'customer', operation: 'createOrUpdate', upsertEmail: 'ro@example.com', additionalFields: {} }, { key: 'readOnly' });
		expect(res.error.message).toBe('The API key provided does not have write permissions.');
		expect(writes(res.requests).length).toBe(1);
		expect([...sb.store.customers.values()].some((c: any) => c.email === 'ro@example.com')).toBe(false);
	});
});
