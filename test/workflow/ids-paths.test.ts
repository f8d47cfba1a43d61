/**
 * What goes into a request path is exactly what the user meant, or nothing is sent: IDs a number cannot hold
 * exactly are refused (never rounded to another record's ID), and Custom API Call cannot leave the API root.
 * The real node in n8n-core's engine against the sandbox store over real HTTP.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { byId, byUrl, runNode, useStore } from '../helpers/nodeRun';

const sb = useStore('demo', { preloadNode: true });

/** Every request the store received since `before`, whatever its path (apiRequests only lists wc/v3 ones). */
const pathsSince = (before: number): string[] => sb.requests.slice(before).map((r: any) => String(r.path));

describe('IDs beyond Number.MAX_SAFE_INTEGER', () => {
	const TOO_LARGE = '9007199254740993';

	it.each([
		['a resource locator By ID', { resource: 'product', operation: 'delete', productId: byId(TOO_LARGE), force: true }, 'product'],
		['a URL', { resource: 'product', operation: 'get', productId: byUrl(`https://shop.test/wp-admin/post.php?post=${TOO_LARGE}&action=edit`) }, 'product'],
		['a parent ID in the path', { resource: 'orderNote', operation: 'getAll', orderId: byId('12345678901234567890123'), returnAll: true }, 'order'],
		['a batch ID from an expression', { resource: 'product', operation: 'batch', batchAction: 'delete', batchId: '={{ $json.id }}' }, 'product'],
	])('%s is refused with the field and item named, and nothing is sent', async (_what, parameters, label) => {
		const before = sb.requests.length;
		const run = await runNode(sb, parameters, { items: [{ id: TOO_LARGE }] });
		expect(run.error?.message ?? JSON.stringify(run.json)).toMatch(new RegExp(`The ${label} ID "\\d+" in item 1 is too large to be a WooCommerce ID`));
		expect(pathsSince(before)).toEqual([]);
	});
});

describe('Custom API Call stays under the API root', () => {
	it.each([
		'../../wp/v2/users',
		'%2e%2e/%2e%2e/wp/v2/users',
		'%2E%2E%2F%2E%2E%2Fwp%2Fv2%2Fusers',
		'products/../../../wp/v2/users',
		'..\\..\\wp\\v2\\users',
		'%252e%252e/%252e%252e/wp/v2/users',
		'products/%2e%2e/%2e%2e/%2e%2e/wp/v2/users?context=edit',
	])('%s is refused and no request reaches /wp-json/wp/v2/users', async (path) => {
		const before = sb.requests.length;
		const run = await runNode(sb, { resource: 'custom', operation: 'apiCall', method: 'GET', path, returnAll: false, limit: 5, query: '{}' });
		expect(run.error?.message).toMatch(/^The field "Path" in item 1 must stay under the API root: /);
		expect(pathsSince(before)).toEqual([]);
	});

	it('a path that stays inside is normalised and sent as the server would read it', async () => {
		const before = sb.requests.length;
		const run = await runNode(sb, { resource: 'custom', operation: 'apiCall', method: 'GET', path: 'orders/..\\products//./%2e/categories', returnAll: false, limit: 5, query: '{}' });
		expect(run.error).toBeUndefined();
		expect(pathsSince(before)).toEqual(['/wp-json/wc/v3/products/categories']);
	});
});
