import type { ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';

import { WooCommerceRestApi } from '../../credentials/WooCommerceRestApi.credentials';
import { oauth1Sign } from '../../nodes/WooCommerce/transport/oauth';
import { rfc3986Encode } from '../../nodes/WooCommerce/transport/phpQuery';
import { secretsOf } from '../../nodes/WooCommerce/transport/credentials';

const credential = new WooCommerceRestApi();
const SECRET = 'cs_0123456789abcdef+/=';
const data = (over: ICredentialDataDecryptedObject = {}): ICredentialDataDecryptedObject => ({
	url: 'https://shop.example.com/',
	consumerKey: 'ck_fedcba9876543210',
	consumerSecret: SECRET,
	authentication: 'auto',
	signatureMethod: 'HMAC-SHA256',
	apiVersion: 'wc/v3',
	ignoreSslIssues: false,
	...over,
});
const basic = `Basic ${Buffer.from(`ck_fedcba9876543210:${SECRET}`).toString('base64')}`;

async function auth(over: ICredentialDataDecryptedObject, options: Record<string, unknown>) {
	return (await credential.authenticate(data(over), options as unknown as IHttpRequestOptions)) as unknown as Record<
		string,
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		any
	>;
}

function oauthOf(url: string) {
	const params = new URL(url).searchParams;
	return {
		nonce: params.get('oauth_nonce') as string,
		timestamp: params.get('oauth_timestamp') as string,
		signature: params.get('oauth_signature') as string,
	};
}

describe('WooCommerceRestApi credential type', () => {
	it('describes itself', () => {
		expect(credential.name).toBe('wooCommerceRestApi');
		expect(credential.displayName).toBe('WooCommerce REST API');
		expect(credential.documentationUrl).toMatch(/^https:\/\/woocommerce\.github\.io\/woocommerce-rest-api-docs/);
		expect(credential.icon).toEqual({ light: 'file:woocommerce.svg', dark: 'file:woocommerce.dark.svg' });
		// The Test button is declarative (one signed read; n8n gives a credential test function only the deprecated helper).
		expect(credential.test.request).toEqual({
			url: '={{ $credentials.apiVersion === "wc-api/v3" ? "products/count" : "products/categories" }}',
			qs: { per_page: 1 },
			ignoreHttpStatusErrors: true,
		});
		const names = credential.properties.map((p) => p.name);
		expect(names).toEqual([
			'notice',
			'url',
			'consumerKey',
			'consumerSecret',
			'authentication',
			'signatureMethod',
			'apiVersion',
			'ignoreSslIssues',
		]);
		const secret = credential.properties.find((p) => p.name === 'consumerSecret');
		expect(secret?.typeOptions?.password).toBe(true);
		const modes = credential.properties.find((p) => p.name === 'authentication');
		expect(modes?.default).toBe('auto');
		expect((modes?.options as Array<{ value: string }>).map((o) => o.value)).toEqual([
			'auto',
			'basic',
			'queryString',
			'oauth1',
		]);
		const versions = credential.properties.find((p) => p.name === 'apiVersion');
		expect((versions?.options as Array<{ value: string }>).map((o) => o.value)).toEqual([
			'wc/v3',
			'wc/v2',
			'wc/v1',
			'wc-api/v3',
		]);
	});
});

describe('authenticate (WooCommerce nodes: IHttpRequestOptions)', () => {
	it('Automatic over https: Basic header, qs folded into the URL, qs cleared', async () => {
		const out = await auth({}, {
			method: 'GET',
			url: 'https://shop.example.com/wp-json/wc/v3/products',
			qs: { per_page: 2, status: ['publish', 'draft'], search: 'a b', orderby: 'id', empty: undefined },
			headers: { Accept: 'application/json' },
			json: true,
		});
		expect(out.url).toBe(
			'https://shop.example.com/wp-json/wc/v3/products?orderby=id&per_page=2&search=a%20b&status=publish%2Cdraft',
		);
		expect(out.qs).toBeUndefined();
		expect(out.headers).toEqual({ Accept: 'application/json', Authorization: basic });
		expect(out.json).toBe(true);
		expect(out.skipSslCertificateValidation).toBeUndefined();
	});

	it('Automatic over http: OAuth 1.0a signature of exactly the URL sent', async () => {
		const out = await auth({ url: 'http://127.0.0.1:8080' }, {
			method: 'GET',
			url: 'http://127.0.0.1:8080/wp-json/wc/v3/orders',
			qs: { status: ['processing', 'on-hold'], after: '2026-11-01T00:00:00' },
		});
		const sent = new URL(out.url);
		expect(sent.search.startsWith('?after=2026-11-01T00%3A00%3A00&status=processing%2Con-hold&oauth_consumer_key=ck_fedcba9876543210&oauth_nonce=')).toBe(true);
		const { nonce, timestamp, signature } = oauthOf(out.url);
		const expected = oauth1Sign({
			method: 'GET',
			url: 'http://127.0.0.1:8080/wp-json/wc/v3/orders?after=2026-11-01T00%3A00%3A00&status=processing%2Con-hold',
			consumerKey: 'ck_fedcba9876543210',
			consumerSecret: SECRET,
			nonce,
			timestamp,
		});
		expect(signature).toBe(expected.signature);
		expect(out.headers).toEqual({});
	});

	it('Query String over https appends the key and secret', async () => {
		const out = await auth({ authentication: 'queryString' }, {
			method: 'DELETE',
			url: 'https://shop.example.com/wp-json/wc/v3/products/14',
			qs: { force: true },
		});
		expect(out.url).toBe(
			`https://shop.example.com/wp-json/wc/v3/products/14?force=true&consumer_key=ck_fedcba9876543210&consumer_secret=${rfc3986Encode(SECRET)}`,
		);
	});

	it('OAuth 1.0a over https signs the https URL; a JSON body is not signed', async () => {
		const out = await auth({ authentication: 'oauth1', signatureMethod: 'HMAC-SHA1' }, {
			method: 'POST',
			url: 'https://shop.example.com/wp-json/wc/v3/products',
			body: { name: 'Tee', regular_price: '9.99' },
			headers: { 'Content-Type': 'application/json' },
		});
		const { nonce, timestamp, signature } = oauthOf(out.url);
		expect(
			oauth1Sign({
				method: 'POST',
				url: 'https://shop.example.com/wp-json/wc/v3/products',
				consumerKey: 'ck_fedcba9876543210',
				consumerSecret: SECRET,
				signatureMethod: 'HMAC-SHA1',
				nonce,
				timestamp,
			}).signature,
		).toBe(signature);
		expect(out.body).toEqual({ name: 'Tee', regular_price: '9.99' });
	});

	it('OAuth 1.0a with a form body on POST: the body is sent as signed', async () => {
		const out = await auth({ url: 'http://127.0.0.1:8080' }, {
			method: 'POST',
			url: 'http://127.0.0.1:8080/wp-json/wc/v3/customers',
			body: { email: 'a+b@example.com', billing: { postcode: '94110', city: 'Springfield' } },
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
		});
		expect(out.body).toBe('billing%5Bcity%5D=Springfield&billing%5Bpostcode%5D=94110&email=a%2Bb%40example.com');
		const { nonce, timestamp, signature } = oauthOf(out.url);
		expect(
			oauth1Sign({
				method: 'POST',
				url: 'http://127.0.0.1:8080/wp-json/wc/v3/customers',
				consumerKey: 'ck_fedcba9876543210',
				consumerSecret: SECRET,
				formBody: [...new URLSearchParams(out.body)],
				nonce,
				timestamp,
			}).signature,
		).toBe(signature);
	});

	it('re-signing an already signed request replaces the old oauth parameters (retries)', async () => {
		const first = await auth({ url: 'http://127.0.0.1:8080' }, {
			method: 'GET',
			url: 'http://127.0.0.1:8080/wp-json/wc/v3/products',
			qs: { page: 2 },
		});
		const second = await auth({ url: 'http://127.0.0.1:8080' }, first);
		const params = new URL(second.url).searchParams;
		expect(params.getAll('oauth_signature')).toHaveLength(1);
		expect(params.getAll('page')).toEqual(['2']);
		expect(oauthOf(second.url).nonce).not.toBe(oauthOf(first.url).nonce);
	});

	it('Ignore SSL Issues sets skipSslCertificateValidation (and rejectUnauthorized for the legacy helper)', async () => {
		const out = await auth({ ignoreSslIssues: true }, { method: 'GET', url: 'https://shop.example.com/wp-json/wc/v3/products' });
		expect(out.skipSslCertificateValidation).toBe(true);
		expect(out.rejectUnauthorized).toBe(false);
	});

	it('Basic over http is refused with the explanation', async () => {
		await expect(
			auth({ url: 'http://127.0.0.1:8080', authentication: 'basic' }, { method: 'GET', url: 'http://127.0.0.1:8080/wp-json/wc/v3/products' }),
		).rejects.toThrow('Basic Auth is not used over plain HTTP');
	});

	it('an invalid credential gives the field sentence', async () => {
		await expect(auth({ url: 'shop.example.com' }, { method: 'GET', url: 'x' })).rejects.toThrow(
			'Store URL "shop.example.com" is not a valid address',
		);
	});

	it('does not modify the options it is given', async () => {
		const input = { method: 'GET', url: 'https://shop.example.com/wp-json/wc/v3/products', qs: { a: 1 }, headers: { X: '1' } };
		const copy = JSON.parse(JSON.stringify(input));
		await auth({}, input);
		expect(input).toEqual(copy);
	});
});

describe('authenticate (HTTP Request node, predefined credential type)', () => {
	it('baseURL + relative url + qs', async () => {
		const out = await auth({}, {
			method: 'GET',
			baseURL: 'https://shop.example.com/wp-json/wc/v3/',
			url: '/products/14',
			qs: { _fields: 'id,name' },
		});
		expect(out.url).toBe('https://shop.example.com/wp-json/wc/v3/products/14?_fields=id%2Cname');
		expect(out.baseURL).toBeUndefined();
		expect(out.headers.Authorization).toBe(basic);
	});

	it('legacy request options with uri, an existing query and qs', async () => {
		const out = await auth({ url: 'http://127.0.0.1:8080' }, {
			method: 'GET',
			uri: 'http://127.0.0.1:8080/wp-json/wc/v3/products?per_page=1',
			qs: { orderby: 'id' },
			json: true,
			resolveWithFullResponse: true,
		});
		expect(out.url).toBeUndefined();
		expect(out.uri.startsWith('http://127.0.0.1:8080/wp-json/wc/v3/products?per_page=1&orderby=id&oauth_consumer_key=')).toBe(true);
		const { nonce, timestamp, signature } = oauthOf(out.uri);
		expect(
			oauth1Sign({
				method: 'GET',
				url: 'http://127.0.0.1:8080/wp-json/wc/v3/products?per_page=1&orderby=id',
				consumerKey: 'ck_fedcba9876543210',
				consumerSecret: SECRET,
				nonce,
				timestamp,
			}).signature,
		).toBe(signature);
		expect(out.resolveWithFullResponse).toBe(true);
	});

	it('legacy form option on POST is serialised and signed', async () => {
		const out = await auth({ url: 'http://127.0.0.1:8080' }, {
			method: 'POST',
			uri: 'http://127.0.0.1:8080/wp-json/wc/v3/customers',
			form: { first_name: 'Ada Marie' },
		});
		expect(out.form).toBe('first_name=Ada%20Marie');
		const { nonce, timestamp, signature } = oauthOf(out.uri);
		expect(
			oauth1Sign({
				method: 'POST',
				url: 'http://127.0.0.1:8080/wp-json/wc/v3/customers',
				consumerKey: 'ck_fedcba9876543210',
				consumerSecret: SECRET,
				formBody: { first_name: 'Ada Marie' },
				nonce,
				timestamp,
			}).signature,
		).toBe(signature);
	});

	it('a relative url without baseURL is taken relative to the API root', async () => {
		const out = await auth({ apiVersion: 'wc/v2' }, { method: 'GET', url: 'products' });
		expect(out.url).toBe('https://shop.example.com/wp-json/wc/v2/products');
	});

	it('no secret leaks into the options except where it must be sent', async () => {
		const out = await auth({ url: 'http://127.0.0.1:8080' }, { method: 'GET', url: 'http://127.0.0.1:8080/wp-json/wc/v3/products' });
		const text = JSON.stringify(out);
		for (const secret of secretsOf({ consumerKey: 'ck_fedcba9876543210', consumerSecret: SECRET })) {
			expect(text).not.toContain(secret);
		}
	});
});
