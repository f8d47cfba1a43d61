/**
 * The legacy API's address: asked through index.php?wc-api-version=3&wc-api-route=… (served on any permalinks) and
 * signed, as WooCommerce checks it, for <home>/wc-api/v3/<route> with every GET parameter, these two included.
 */
import { createHmac } from 'crypto';

import { applyAuth } from '../../nodes/WooCommerce/transport/auth';
import { readCredentials } from '../../nodes/WooCommerce/transport/credentials';
import { legacyQueryFormUrl, legacySigningUrl } from '../../nodes/WooCommerce/transport/legacyAddress';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const OAuth = require('oauth-1.0a');

describe('legacy address', () => {
	it.each([
		['http://s.test/wc-api/v3/products?filter%5Blimit%5D=2', 'http://s.test/index.php?wc-api-version=3&wc-api-route=/products&filter%5Blimit%5D=2', 'http://s.test/wc-api/v3/products'],
		['https://example.com/shop/wc-api/v3/orders/12/notes', 'https://example.com/shop/index.php?wc-api-version=3&wc-api-route=/orders/12/notes', 'https://example.com/shop/wc-api/v3/orders/12/notes'],
		['https://example.com/wc-api/v3/', 'https://example.com/index.php?wc-api-version=3&wc-api-route=/', 'https://example.com/wc-api/v3/'],
		['https://example.com/wc-api/v3', 'https://example.com/index.php?wc-api-version=3&wc-api-route=/', 'https://example.com/wc-api/v3/'],
	])('%s is asked as %s, and signed for %s', (pretty, queryForm, signedFor) => {
		expect(legacyQueryFormUrl(pretty)).toBe(queryForm);
		expect(legacySigningUrl(queryForm)).toBe(`${signedFor}${queryForm.slice(queryForm.indexOf('?'))}`);
	});

	it('leaves every other address alone', () => {
		expect(legacyQueryFormUrl('https://s.test/wp-json/wc/v3/products?a=1')).toBe('https://s.test/wp-json/wc/v3/products?a=1');
		expect(legacySigningUrl('https://s.test/wp-json/wc/v3/products?a=1')).toBeUndefined();
		expect(legacySigningUrl('https://s.test/index.php?rest_route=/wc/v3/products')).toBeUndefined();
		expect(legacySigningUrl('https://s.test/index.php?wc-api-version=7&wc-api-route=/products')).toBeUndefined();
		expect(legacySigningUrl('https://s.test/shop/page?wc-api-version=3&wc-api-route=/products')).toBeUndefined();
	});

	it('an OAuth signature of the query form matches oauth-1.0a on the /wc-api/ address with the same parameters', () => {
		const creds = readCredentials({ url: 'http://s.test/shop', consumerKey: 'ck_k', consumerSecret: 'cs_s', apiVersion: 'wc-api/v3', authentication: 'oauth1' });
		const url = legacyQueryFormUrl('http://s.test/shop/wc-api/v3/products?fields=id&page=2');
		const signed = new URL(applyAuth(creds, { method: 'GET', url, headers: {} }, { nonce: 'abc', timestamp: 1796000000 }).url);
		expect(signed.pathname).toBe('/shop/index.php');
		const oauth = OAuth({
			consumer: { key: 'ck_k', secret: 'cs_s' },
			signature_method: 'HMAC-SHA256',
			hash_function: (base: string, key: string) => createHmac('sha256', key).update(base).digest('base64'),
		});
		const data = { 'wc-api-version': '3', 'wc-api-route': '/products', fields: 'id', page: '2' };
		const theirs = oauth.getSignature({ method: 'GET', url: 'http://s.test/shop/wc-api/v3/products', data }, undefined, {
			oauth_consumer_key: 'ck_k',
			oauth_nonce: 'abc',
			oauth_signature_method: 'HMAC-SHA256',
			oauth_timestamp: 1796000000,
		});
		expect(signed.searchParams.get('oauth_signature')).toBe(theirs);
	});
});
