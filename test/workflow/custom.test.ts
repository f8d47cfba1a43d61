/**
 * Custom API Call: the real node in n8n-core's engine against the sandbox store over real HTTP.
 * Each test checks the requests the store received and the output items.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { pairs, runNode, useStore } from '../helpers/nodeRun';

const sb = useStore('demo', { preloadNode: true });

const productCount = () => [...sb.store.products.values()].filter((p: any) => p.type !== 'variation' && p.status !== 'trash').length;

describe('Custom API Call', () => {
	it('GET with a Limit walks as many pages as the Limit needs (WooCommerce pages by 10 on its own)', async () => {
		expect(productCount()).toBeGreaterThan(20);
		const run = await runNode(sb, { resource: 'custom', operation: 'apiCall', method: 'GET', path: 'products', returnAll: false, limit: 15, query: '{"status":"publish"}' });
		expect(run.error).toBeUndefined();
		expect(run.json).toHaveLength(15);
		expect(run.requests).toHaveLength(1);
		expect(run.requests[0]).toMatchObject({ method: 'GET', path: 'products' });
		expect(run.requests[0].query).toMatchObject({ per_page: '15', offset: '0', status: 'publish', orderby: 'id', order: 'asc' });
		const ids = run.json.map((record) => record.id as number);
		expect(ids).toEqual([...ids].sort((a, b) => a - b));
	});

	it('GET with Return All returns every record once', async () => {
		const run = await runNode(sb, { resource: 'custom', operation: 'apiCall', method: 'GET', path: '/products', returnAll: true, query: '{}' });
		expect(run.json).toHaveLength(productCount());
		expect(new Set(run.json.map((record) => record.id)).size).toBe(productCount());
	});

	it('GET of a single record gives one item', async () => {
		const id = [...sb.store.products.keys()][0];
		const run = await runNode(sb, { resource: 'custom', operation: 'apiCall', method: 'GET', path: `products/${id}`, returnAll: false, limit: 50, query: '{}' });
		expect(run.json).toHaveLength(1);
		expect(run.json[0]).toMatchObject({ id });
	});

	it('POST sends the JSON body, one request per item, paired with its item', async () => {
		const run = await runNode(
			sb,
			{ resource: 'custom', operation: 'apiCall', method: 'POST', path: 'products/tags', query: '{}', body: '={{ JSON.stringify({ name: $json.tag }) }}' },
			{ items: [{ tag: 'Custom One' }, { tag: 'Custom Two' }] },
		);
		expect(run.requests.map((request) => [request.method, request.path, request.body])).toEqual([
			['POST', 'products/tags', { name: 'Custom One' }],
			['POST', 'products/tags', { name: 'Custom Two' }],
		]);
		expect(run.json.map((record) => record.name)).toEqual(['Custom One', 'Custom Two']);
		expect(pairs(run.items)).toEqual([0, 1]);
	});

	it('refuses a full URL, invalid JSON and a Limit below 1 before sending anything', async () => {
		const fullUrl = await runNode(sb, { resource: 'custom', operation: 'apiCall', method: 'GET', path: 'https://evil.example/products', query: '{}' });
		expect(fullUrl.error?.message).toBe('The field "Path" in item 1 must be a path relative to the API root');
		const badJson = await runNode(sb, { resource: 'custom', operation: 'apiCall', method: 'GET', path: 'products', query: '{"status":' });
		expect(badJson.error?.message).toBe('The field "Query Parameters (JSON)" in item 1 is not valid JSON');
		const badLimit = await runNode(sb, { resource: 'custom', operation: 'apiCall', method: 'GET', path: 'products', returnAll: false, limit: 0, query: '{}' });
		expect(badLimit.error?.message).toBe('The field "Limit" in item 1 must be a whole number of at least 1');
		expect([...fullUrl.requests, ...badJson.requests, ...badLimit.requests]).toEqual([]);
	});
});
