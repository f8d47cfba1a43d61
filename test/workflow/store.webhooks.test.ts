/**
 * Webhook (managed by hand): the real node in n8n-core's engine against the sandbox store over real HTTP,
 * checking the requests sent, the output items, and that a secret never reaches the output.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { byId, byUrl, pairs, runNode, useStore } from './store.helpers';

// Port 5678 is not one WordPress delivers to, so creating a webhook sends no ping anywhere.
const sb = useStore('empty');

const URL_A = 'http://127.0.0.1:5678/webhook/orders';
const SECRET = 'Wh00kSecretValue42';

async function createWebhook(name: string, topic = 'order.created') {
	const run = await runNode(sb, { resource: 'webhook', operation: 'create', topic, delivery_url: URL_A, additionalFields: { name } });
	expect(run.error).toBeUndefined();
	return run.json[0].id as number;
}

describe('Webhook', () => {
	it('creates a webhook with name, secret and API version; the secret is sent but never output', async () => {
		const run = await runNode(sb, {
			resource: 'webhook',
			operation: 'create',
			topic: 'order.created',
			delivery_url: URL_A,
			additionalFields: { name: 'Orders to n8n', secret: SECRET, api_version: 'wp_api_v3' },
		});
		expect(run.error).toBeUndefined();
		expect(run.requests).toEqual([
			{
				method: 'POST',
				path: 'webhooks',
				query: {},
				body: { topic: 'order.created', delivery_url: URL_A, name: 'Orders to n8n', secret: SECRET, api_version: 'wp_api_v3' },
			},
		]);
		expect(run.json[0]).toMatchObject({ name: 'Orders to n8n', status: 'active', topic: 'order.created', resource: 'order', event: 'created', delivery_url: URL_A });
		expect(JSON.stringify(run.items)).not.toContain(SECRET);
		expect(sb.store.webhooks.get(run.json[0].id).secret).toBe(SECRET);
	});

	it('creates a custom action webhook (topic action.<hook>)', async () => {
		const run = await runNode(sb, {
			resource: 'webhook',
			operation: 'create',
			topic: 'action',
			actionHook: 'woocommerce_product_set_stock',
			delivery_url: URL_A,
		});
		expect(run.requests[0].body).toEqual({ topic: 'action.woocommerce_product_set_stock', delivery_url: URL_A });
		expect(run.json[0]).toMatchObject({ topic: 'action.woocommerce_product_set_stock', hooks: ['woocommerce_product_set_stock'] });
	});

	it('gets a webhook by ID and by REST URL, never with its secret', async () => {
		const id = await createWebhook('Get me');
		sb.store.webhooks.get(id).secret = SECRET;
		const run = await runNode(sb, { resource: 'webhook', operation: 'get', webhookId: byId(id) });
		expect(run.requests).toEqual([{ method: 'GET', path: `webhooks/${id}`, query: {}, body: undefined }]);
		expect(run.json[0]).toMatchObject({ id, name: 'Get me' });
		expect(run.json[0]).not.toHaveProperty('secret');
		const byRest = await runNode(sb, { resource: 'webhook', operation: 'get', webhookId: byUrl(`${sb.url}/wp-json/wc/v3/webhooks/${id}`), options: { fields: 'id,status' } });
		expect(byRest.requests[0]).toMatchObject({ path: `webhooks/${id}`, query: { _fields: 'id,status' } });
		expect(byRest.json).toEqual([{ id, status: 'active' }]);
	});

	it('gets many webhooks filtered by status and search', async () => {
		const paused = await createWebhook('Paused hook', 'coupon.deleted');
		await runNode(sb, { resource: 'webhook', operation: 'update', webhookId: byId(paused), updateFields: { status: 'paused' } });
		const run = await runNode(sb, { resource: 'webhook', operation: 'getAll', returnAll: true, filters: { status: 'paused', search: 'Paused' } });
		expect(run.requests).toHaveLength(1);
		expect(run.requests[0]).toMatchObject({ method: 'GET', path: 'webhooks' });
		expect(run.requests[0].query).toMatchObject({ status: 'paused', search: 'Paused', orderby: 'id', order: 'asc' });
		expect(run.json.map((w) => w.id)).toEqual([paused]);

		const dated = await runNode(sb, { resource: 'webhook', operation: 'getAll', returnAll: true, filters: { after: '2000-01-01T00:00:00', before: '2999-01-01' } });
		// A date without a time gets one: WooCommerce refuses 2999-01-01 (400 rest_invalid_date).
		expect(dated.error).toBeUndefined();
		expect(dated.requests[0].query).toMatchObject({ after: '2000-01-01T00:00:00', before: '2999-01-01T00:00:00' });
		expect(dated.json.length).toBe(sb.store.webhooks.size);

		const all = await runNode(sb, { resource: 'webhook', operation: 'getAll', limit: 2, filters: { status: 'all' }, options: { orderby: 'id', order: 'desc' } });
		expect(all.requests[0].query).toMatchObject({ status: 'all', per_page: '2', orderby: 'id', order: 'desc' });
		const newest = [...sb.store.webhooks.keys()].sort((a: number, b: number) => b - a).slice(0, 2);
		expect(all.json.map((w) => w.id)).toEqual(newest);
	});

	it('updates status, URL, name, topic and secret', async () => {
		const id = await createWebhook('Update me');
		const run = await runNode(sb, {
			resource: 'webhook',
			operation: 'update',
			webhookId: byId(id),
			updateFields: { status: 'paused', delivery_url: 'http://127.0.0.1:5678/webhook/moved', name: 'Moved', topic: 'product.updated', secret: SECRET },
		});
		expect(run.requests).toEqual([
			{
				method: 'PUT',
				path: `webhooks/${id}`,
				query: {},
				body: { status: 'paused', delivery_url: 'http://127.0.0.1:5678/webhook/moved', name: 'Moved', topic: 'product.updated', secret: SECRET },
			},
		]);
		expect(run.json[0]).toMatchObject({ id, status: 'paused', name: 'Moved', topic: 'product.updated', delivery_url: 'http://127.0.0.1:5678/webhook/moved' });
		expect(JSON.stringify(run.items)).not.toContain(SECRET);

		const action = await runNode(sb, { resource: 'webhook', operation: 'update', webhookId: byId(id), updateFields: { topic: 'action', actionHook: 'action.my_hook' } });
		expect(action.requests[0].body).toEqual({ topic: 'action.my_hook' });
		expect(action.json[0]).toMatchObject({ topic: 'action.my_hook' });
	});

	it('deletes a webhook permanently (force=true: webhooks cannot be trashed)', async () => {
		const id = await createWebhook('Delete me');
		const run = await runNode(sb, { resource: 'webhook', operation: 'delete', webhookId: byId(id) });
		expect(run.requests).toEqual([{ method: 'DELETE', path: `webhooks/${id}`, query: { force: 'true' }, body: undefined }]);
		expect(run.json[0]).toMatchObject({ deleted: true, permanently: true, id, name: 'Delete me' });
		expect(sb.store.webhooks.has(id)).toBe(false);
	});

	it('creates one webhook per item; an invalid topic fails on its own item with continueOnFail', async () => {
		const run = await runNode(
			sb,
			{ resource: 'webhook', operation: 'create', topic: '={{ $json.topic }}', delivery_url: '={{ $json.url }}', additionalFields: { name: '={{ $json.name }}' } },
			{
				items: [
					{ topic: 'product.created', url: URL_A, name: 'P1' },
					{ topic: 'order.bogus', url: URL_A, name: 'Bad' },
					{ topic: 'customer.deleted', url: URL_A },
				],
				continueOnFail: true,
			},
		);
		expect(run.requests.map((r) => r.body)).toEqual([
			{ topic: 'product.created', delivery_url: URL_A, name: 'P1' },
			{ topic: 'order.bogus', delivery_url: URL_A, name: 'Bad' },
			{ topic: 'customer.deleted', delivery_url: URL_A },
		]);
		expect(run.json[0]).toMatchObject({ topic: 'product.created', name: 'P1' });
		expect(run.json[1]).toMatchObject({ httpCode: '400' });
		expect(String(run.json[1].error)).toMatch(/topic/i);
		expect(run.json[2]).toMatchObject({ topic: 'customer.deleted' });
		expect(pairs(run.items)).toEqual([0, 1, 2]);
	});

	it('batch creates webhooks: a bad topic fails on its own item, the others are created', async () => {
		const run = await runNode(
			sb,
			{ resource: 'webhook', operation: 'batch', batchAction: 'create', batchData: '={{ JSON.stringify($json) }}' },
			{
				items: [
					{ name: 'B1', topic: 'order.updated', delivery_url: URL_A, secret: SECRET },
					{ name: 'B2', topic: 'nope', delivery_url: URL_A },
					{ name: 'B3', topic: 'coupon.created', delivery_url: URL_A },
				],
			},
		);
		expect(run.error).toBeUndefined();
		expect(run.requests).toHaveLength(1);
		expect(run.requests[0]).toMatchObject({ method: 'POST', path: 'webhooks/batch' });
		expect(run.requests[0].body.create.map((w: any) => w.name)).toEqual(['B1', 'B2', 'B3']);
		expect(run.json[0]).toMatchObject({ name: 'B1', topic: 'order.updated' });
		expect(run.json[1]).toMatchObject({ success: false, code: 'woocommerce_rest_shop_webhook_invalid_topic' });
		expect(run.json[2]).toMatchObject({ name: 'B3', topic: 'coupon.created' });
		expect(pairs(run.items)).toEqual([0, 1, 2]);
		expect(JSON.stringify(run.items)).not.toContain(SECRET);

		const ids = [run.json[0].id, run.json[2].id] as number[];
		const deleted = await runNode(sb, { resource: 'webhook', operation: 'batch', batchAction: 'delete', batchId: '={{ $json.id }}' }, { items: ids.map((id) => ({ id })) });
		expect(deleted.requests[0].body).toEqual({ delete: ids });
		expect(deleted.json.map((w) => w.id)).toEqual(ids);
	});

	it('keeps the secret out of errors and error items (the store refuses the request)', async () => {
		const parameters = { resource: 'webhook', operation: 'create', topic: '={{ "order.bogus" }}', delivery_url: URL_A, additionalFields: { secret: SECRET } };
		const failed = await runNode(sb, parameters);
		expect(failed.requests[0].body.secret).toBe(SECRET);
		expect(failed.error.message).toBe('Webhook topic is required and must be valid.');
		const { node, stack, ...shown } = failed.error.toJSON ? failed.error.toJSON() : failed.error;
		void node; // the node's own saved parameters (n8n attaches them to every error)
		void stack;
		expect(JSON.stringify(shown)).not.toContain(SECRET);
		expect(JSON.stringify({ message: failed.error.message, description: failed.error.description })).not.toContain(SECRET);

		const readOnly = await runNode(sb, { ...parameters, topic: 'order.created' }, { key: 'readOnly', continueOnFail: true });
		expect(readOnly.json[0].error).toMatch(/does not have write permissions/);
		expect(readOnly.json[0].httpCode).toBe('401');
		expect(JSON.stringify(readOnly.items)).not.toContain(SECRET);
		expect(JSON.stringify(readOnly.items)).not.toContain(sb.keys.readOnly.secret);
	});

	it('refuses bad input before sending anything, naming the field and the item', async () => {
		const cases: Array<[Record<string, unknown>, RegExp]> = [
			[{ operation: 'create', topic: 'order.created', delivery_url: 'ftp://example.com/hook' }, /"Delivery URL" in item 1 is not an http\(s\) URL/],
			[{ operation: 'create', topic: 'action', actionHook: '', delivery_url: URL_A }, /"Action Hook" is empty in item 1/],
			[{ operation: 'create', topic: '={{ "order created" }}', delivery_url: URL_A }, /"Topic" in item 1 is not a webhook topic/],
			[{ operation: 'create', topic: 'order.created', delivery_url: URL_A, additionalFields: { extraFieldsJson: '{oops}' } }, /"Extra Fields \(JSON\)" in item 1 is not valid JSON/],
			[{ operation: 'update', webhookId: byId('={{ "12a" }}'), updateFields: { name: 'x' } }, /webhook ID "12a" in item 1 is not a positive whole number/],
			[{ operation: 'update', webhookId: byId(1), updateFields: { status: '={{ "sleeping" }}' } }, /"Status" in item 1 has an unknown value: "sleeping"/],
			[{ operation: 'update', webhookId: byId(1), updateFields: {} }, /Nothing to update in item 1/],
			[{ operation: 'batch', batchAction: 'create', batchData: '={{ "[1,2]" }}' }, /"Data \(JSON\)" in item 1 must be a JSON object/],
		];
		for (const [parameters, message] of cases) {
			const run = await runNode(sb, { resource: 'webhook', ...parameters });
			expect(run.error?.message).toMatch(message);
			expect(run.requests).toHaveLength(0);
		}
	});
});
