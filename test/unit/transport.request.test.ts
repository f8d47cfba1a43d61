import { PACKAGE_VERSION, USER_AGENT, buildRequestUrl } from '../../nodes/WooCommerce/transport/request';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pkg = require('../../package.json') as { version: string };

describe('request building', () => {
	it('sends a User-Agent with the package version (kept in step with package.json)', () => {
		expect(PACKAGE_VERSION).toBe(pkg.version);
		expect(USER_AGENT).toBe(`n8n-nodes-woocommerce/${pkg.version}`);
	});

	it('joins the API base, the endpoint and a sorted RFC 3986 query', () => {
		const creds = { url: 'https://shop.example.com/sub', apiVersion: 'wc/v3' as const };
		expect(buildRequestUrl(creds, 'products', { per_page: 100, page: 2, search: 'a b', status: ['draft', 'pending'] })).toBe(
			'https://shop.example.com/sub/wp-json/wc/v3/products?page=2&per_page=100&search=a%20b&status=draft%2Cpending',
		);
		expect(buildRequestUrl(creds, '/orders/12/notes/')).toBe('https://shop.example.com/sub/wp-json/wc/v3/orders/12/notes');
		expect(buildRequestUrl({ url: 'http://s.test', apiVersion: 'wc-api/v3' }, 'products', { 'filter[limit]': 10 })).toBe(
			'http://s.test/index.php?wc-api-version=3&wc-api-route=/products&filter%5Blimit%5D=10',
		);
	});
});
