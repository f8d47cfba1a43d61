/**
 * Errors, retries and secrets, against the sandbox store over real HTTP through n8n-core's request helpers.
 * Every error is checked for what a user reads (message + description) and for leaked secrets.
 */
import type { IDataObject } from 'n8n-workflow';

import { wooApiRequest, wooApiRequestAllItems } from '../../nodes/WooCommerce/transport';
import { runInNodeContext } from '../helpers/n8n';
import { seedProducts } from '../helpers/sandboxSeed';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSandbox } = require('../sandbox');

/* eslint-disable @typescript-eslint/no-explicit-any */
type Sandbox = any;

function credsFor(sb: Sandbox, authentication: string, key = sb.keys.readWrite, extra: Record<string, unknown> = {}) {
	return {
		url: sb.url,
		consumerKey: key.key,
		consumerSecret: key.secret,
		authentication,
		signatureMethod: 'HMAC-SHA256',
		apiVersion: 'wc/v3',
		ignoreSslIssues: true,
		...extra,
	};
}

async function failure(creds: any, fn: (this: any) => Promise<unknown>): Promise<any> {
	try {
		await runInNodeContext(creds, fn);
	} catch (error) {
		return error;
	}
	throw new Error('expected the call to fail');
}

const get = (endpoint: string, qs: IDataObject = {}) =>
	async function (this: any) {
		return await wooApiRequest.call(this, 'GET', endpoint, { qs, itemIndex: 1 });
	};
const post = (endpoint: string, body: IDataObject) =>
	async function (this: any) {
		return await wooApiRequest.call(this, 'POST', endpoint, { body });
	};

/** Everything an error exposes: toJSON, own properties, message, description, cause, messages, stack. */
function everything(error: any): string {
	const own: Record<string, unknown> = {};
	for (const key of Object.getOwnPropertyNames(error)) if (key !== 'node') own[key] = error[key];
	const parts = [
		JSON.stringify(error),
		JSON.stringify(own, (_k, v) => (typeof v === 'bigint' ? String(v) : v)),
		String(error.message),
		String(error.description),
		String(error.stack),
		JSON.stringify(error.cause ?? null),
		JSON.stringify(error.messages ?? null),
		JSON.stringify(error.errorResponse ?? null),
		JSON.stringify(error.context ?? null),
	];
	return parts.join('\n');
}

function expectNoSecret(error: any, key: { key: string; secret: string }) {
	const text = everything(error);
	const basic = Buffer.from(`${key.key}:${key.secret}`).toString('base64');
	for (const value of [key.secret, encodeURIComponent(key.secret), basic]) expect(text).not.toContain(value);
	expect(text).not.toMatch(/oauth_signature=[^&\s\[]/);
}

describe('errors a user reads (https, Basic)', () => {
	let sb: Sandbox;
	let creds: ReturnType<typeof credsFor>;
	beforeAll(async () => {
		sb = await startSandbox({ tls: true, seed: 'empty' });
		await seedProducts(sb, 3);
		creds = credsFor(sb, 'basic');
	});
	afterAll(async () => await sb.close());
	beforeEach(() => {
		sb.requests.length = 0;
		sb.faults.clear();
		sb.settings.maintenanceHtml = false;
		sb.settings.wordpress = true;
		sb.settings.woocommerceActive = true;
	});

	it('404 missing resource: the store message, its code, a hint and the item index', async () => {
		const error = await failure(creds, get('products/999999'));
		expect(error.constructor.name).toBe('NodeApiError');
		expect(error.message).toBe('Invalid ID.');
		expect(error.description).toMatch(/^The resource with this ID does not exist/);
		expect(error.description).toContain('WooCommerce code: woocommerce_rest_product_invalid_id, HTTP 404.');
		expect(error.description).toContain(`Request: GET ${sb.url}/wp-json/wc/v3/products/999999.`);
		expect(error.httpCode).toBe('404');
		expect(error.context.itemIndex).toBe(1);
	});

	it('404 unknown route', async () => {
		const error = await failure(creds, get('nope'));
		expect(error.message).toBe('No route was found matching the URL and request method.');
		expect(error.description).toMatch(/no route for GET nope/);
		expect(error.description).toContain('rest_no_route');
	});

	it('401 wrong secret', async () => {
		const bad = { ...creds, consumerSecret: 'cs_wrong_secret_value' };
		const error = await failure(bad, get('products'));
		expect(error.message).toBe('Consumer secret is invalid.');
		expect(error.description).toMatch(/^The Consumer Secret does not belong to this Consumer Key/);
		expectNoSecret(error, { key: bad.consumerKey, secret: bad.consumerSecret });
	});

	it('401 read-only key writing', async () => {
		const error = await failure(credsFor(sb, 'basic', sb.keys.readOnly), post('products', { name: 'x' }));
		expect(error.message).toBe('The API key provided does not have write permissions.');
		expect(error.description).toMatch(/read-only key: create a Read\/Write key/);
		expectNoSecret(error, sb.keys.readOnly);
	});

	it('400 invalid parameter names the parameter', async () => {
		const error = await failure(creds, get('products', { per_page: 101 }));
		expect(error.message).toBe('Invalid parameter(s): per_page');
		expect(error.description).toContain('per_page: per_page must be between 1 (inclusive) and 100 (inclusive)');
	});

	it('maintenance page (503 HTML, Retry-After 600): status and page title, no 10-minute wait', async () => {
		sb.settings.maintenanceHtml = true;
		const error = await failure(creds, get('products'));
		expect(error.message).toMatch(/^The store answered HTTP 503 with an HTML page instead of the API \(page title: ".+"\)$/);
		expect(error.description).toMatch(/maintenance mode/);
		expect(sb.requests).toHaveLength(1);
	});

	it('firewall page (403 HTML)', async () => {
		sb.faults.add({ path: '/products', times: 1, status: 403, html: 'firewall' });
		const error = await failure(creds, get('products'));
		expect(error.message).toMatch(/^The store answered HTTP 403 with an HTML page instead of the API/);
		expect(error.description).toMatch(/firewall/);
	});

	it('truncated JSON', async () => {
		sb.faults.add({ path: '/products', times: 1, truncate: true });
		const error = await failure(creds, get('products'));
		expect(error.message).toBe("The store's answer was cut off (incomplete JSON)");
		expect(error.description).toMatch(/PHP error log/);
	});

	it('a site that is not WordPress', async () => {
		sb.settings.wordpress = false;
		const error = await failure(creds, get('products'));
		expect(error.message).toMatch(/not the WooCommerce REST API/);
		expect(error.description).toMatch(/Store URL/);
	});

	it('WooCommerce inactive: no route', async () => {
		sb.settings.woocommerceActive = false;
		const error = await failure(creds, get('products'));
		expect(error.description).toMatch(/check that the WooCommerce plugin is installed and active/);
	});

	it('a self-signed certificate without "Ignore SSL Issues"', async () => {
		const error = await failure({ ...creds, ignoreSslIssues: false }, get('products'));
		expect(error.message).toBe("The store's TLS certificate is not trusted");
		expect(error.description).toMatch(/Ignore SSL Issues/);
		expect(error.httpCode).toBeNull();
		expectNoSecret(error, sb.keys.readWrite);
	});

	it('Basic auth on an http:// URL is refused before anything is sent', async () => {
		const plain = { ...creds, url: sb.url.replace('https://', 'http://') };
		const error = await failure(plain, get('products'));
		expect(error.constructor.name).toBe('NodeOperationError');
		expect(error.message).toMatch(/^Basic Auth is not used over plain HTTP/);
		expect(sb.requests).toHaveLength(0);
	});
});

describe('auth causes over HTTP', () => {
	let sb: Sandbox;
	beforeAll(async () => {
		sb = await startSandbox({ tls: true, seed: 'empty' });
	});
	afterAll(async () => await sb.close());
	afterEach(() => {
		sb.settings.stripAuthorization = false;
		sb.settings.clockSkewSeconds = 0;
	});

	it('a server that strips the Authorization header: use Query String', async () => {
		sb.settings.stripAuthorization = true;
		const error = await failure(credsFor(sb, 'basic'), get('products'));
		expect(error.httpCode).toBe('401');
		expect(error.description).toMatch(/Query String/);
		expectNoSecret(error, sb.keys.readWrite);
		// …and Query String then works.
		await expect(runInNodeContext(credsFor(sb, 'queryString'), get('products'))).resolves.toEqual([]);
	});

	it('OAuth with a clock 1 hour off: fix the clock', async () => {
		sb.settings.clockSkewSeconds = 3600;
		const error = await failure(credsFor(sb, 'oauth1'), get('products'));
		expect(error.message).toBe('Invalid timestamp.');
		expect(error.description).toMatch(/clocks of n8n and the store differ/);
	});

	it('the legacy wc-api/v3 error format', async () => {
		const error = await failure(credsFor(sb, 'basic', sb.keys.readWrite, { apiVersion: 'wc-api/v3' }), get('nope'));
		expect(error.message).toBe('No route was found matching the URL and request method');
		expect(error.description).toContain('woocommerce_api_no_route');
	});
});

describe('plain permalinks', () => {
	it('tells the owner to change Settings > Permalinks', async () => {
		const sb = await startSandbox({ plainPermalinks: true, seed: 'empty' });
		try {
			const error = await failure(credsFor(sb, 'oauth1'), get('products'));
			expect(error.message).toMatch(/Plain permalinks/);
			expect(error.description).toMatch(/Settings > Permalinks/);
		} finally {
			await sb.close();
		}
	});
});

describe('retries', () => {
	let sb: Sandbox;
	let creds: ReturnType<typeof credsFor>;
	beforeAll(async () => {
		sb = await startSandbox({ seed: 'empty' });
		await seedProducts(sb, 3);
		creds = credsFor(sb, 'oauth1');
	});
	afterAll(async () => await sb.close());
	beforeEach(() => {
		sb.requests.length = 0;
		sb.faults.clear();
	});
	const sent = (method: string) => sb.requests.filter((r: any) => r.method === method && r.path.startsWith('/wp-json/wc/v3/products'));

	it('GET: 429 with Retry-After, then success; every try signed afresh', async () => {
		sb.faults.add({ method: 'GET', path: '/products', times: 1, status: 429, headers: { 'Retry-After': '1' }, body: { code: 'rate_limited', message: 'Too many requests', data: { status: 429 } } });
		const list = await runInNodeContext(creds, get('products'));
		expect(list).toHaveLength(3);
		const tries = sent('GET');
		expect(tries).toHaveLength(2);
		expect(tries[0].query.oauth_nonce).not.toBe(tries[1].query.oauth_nonce);
	});

	it('GET: 503 twice, then success', async () => {
		sb.faults.add({ method: 'GET', path: '/products', times: 2, status: 503 });
		await runInNodeContext(creds, get('products'));
		expect(sent('GET')).toHaveLength(3);
	});

	it('GET: a connection reset, then success', async () => {
		sb.faults.add({ method: 'GET', path: '/products', times: 1, reset: true });
		await runInNodeContext(creds, get('products'));
		expect(sent('GET')).toHaveLength(2);
	});

	it('GET: gives up after 4 tries and says so', async () => {
		sb.faults.add({ method: 'GET', path: '/products', status: 502, headers: { 'Retry-After': '0' } });
		const error = await failure(creds, get('products'));
		expect(sent('GET')).toHaveLength(4);
		expect(error.httpCode).toBe('502');
		expect(error.description).toMatch(/Tried 4 times/);
	});

	it('POST is sent exactly once on 503 and on a reset', async () => {
		sb.faults.add({ method: 'POST', path: '/products', times: 1, status: 503 });
		const e1 = await failure(creds, post('products', { name: 'once' }));
		expect(e1.httpCode).toBe('503');
		expect(sent('POST')).toHaveLength(1);

		sb.requests.length = 0;
		sb.faults.add({ method: 'POST', path: '/products', times: 1, reset: true });
		const e2 = await failure(creds, post('products', { name: 'once' }));
		expect(e2.message).toMatch(/closed the connection/);
		expect(sent('POST')).toHaveLength(1);
	});

	it('a refused connection is retried, then explained', async () => {
		const gone = await startSandbox({ seed: 'empty' });
		const url = gone.url;
		await gone.close();
		const error = await failure({ ...creds, url }, get('products'));
		expect(error.message).toBe(`Nothing accepted the connection at ${new URL(url).host}`);
		expect(error.description).toMatch(/ECONNREFUSED/);
		expect(error.description).toMatch(/Tried 4 times/);
	});
});

describe('no secret in any error, in every auth mode', () => {
	const modes: Array<[string, boolean]> = [
		['basic', true],
		['queryString', true],
		['oauth1', false],
	];

	it.each(modes)('%s', async (mode, tls) => {
		const sb = await startSandbox({ tls, seed: 'empty' });
		try {
			await seedProducts(sb, 150);
			const key = sb.keys.readWrite;
			const creds = credsFor(sb, mode);
			const echo = `${sb.url}/wp-json/wc/v3/products?consumer_key=${key.key}&consumer_secret=${key.secret}&oauth_signature=abc%2Bdef`;
			const errors: any[] = [];
			const collect = async (fn: (this: any) => Promise<unknown>, c: IDataObject = creds) => errors.push(await failure(c, fn));

			// The store echoes the secret in a message, a Link header and an HTML page.
			sb.faults.add({ path: '/products', times: 1, status: 500, headers: { Link: `<${echo}>; rel="next"` }, body: { code: 'boom', message: `Failed for ${key.secret} at ${echo}`, data: { status: 500 } } });
			await collect(get('products', { per_page: 1 }));
			sb.faults.add({ path: '/products', times: 1, status: 400, html: `<html><head><title>Blocked ${key.secret}</title></head><body>${echo}</body></html>` });
			await collect(get('products'));
			sb.faults.add({ path: '/products', times: 1, truncate: true, rawBody: `[{"id":1,"echo":"${echo}","more":"${key.secret}` });
			await collect(get('products'));
			// During a walk (the second page fails after page 1 answered with a Link that echoes everything).
			sb.faults.add({ path: /^\/products$/, method: 'GET', status: 404, body: { code: 'rest_no_route', message: `No route ${key.secret}`, data: { status: 404 } } });
			sb.faults.list[sb.faults.list.length - 1].times = 0; // armed below
			const armed = sb.faults.list[sb.faults.list.length - 1];
			sb.server.on('request', (req: any) => {
				if (/[?&]offset=99(&|$)/.test(req.url)) armed.times = 1;
			});
			await collect(async function (this: any) {
				return await wooApiRequestAllItems.call(this, 'products', {}, { returnAll: true });
			});
			// Wrong secret, wrong key, read-only key.
			await collect(get('products'), { ...creds, consumerSecret: `${key.secret}x` });
			await collect(post('products', { name: 'x' }), credsFor(sb, mode, sb.keys.readOnly));
			// Network failure after the request was built.
			sb.faults.add({ method: 'POST', path: '/products', times: 1, reset: true });
			await collect(post('products', { name: 'y' }));

			// The store did echo secrets: they were redacted, not absent.
			expect(errors[0].message).toContain('[redacted]');
			expect(errors[1].message).toContain('Blocked [redacted]');
			expect(errors[3].message).toBe('No route [redacted]');
			expect(errors).toHaveLength(7);
			for (const error of errors) {
				expect(error.message).toBeTruthy();
				expectNoSecret(error, key);
				expectNoSecret(error, { key: key.key, secret: `${key.secret}x` });
				expectNoSecret(error, sb.keys.readOnly);
			}
		} finally {
			await sb.close();
		}
	});
});
