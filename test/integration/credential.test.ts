/**
 * The credential test (methods/credentialTest.ts) against the sandbox store over real HTTP(S), run with n8n-core's
 * own CredentialTestContext: every auth mode with pretty and plain permalinks, and every failure a user can meet.
 * Each case pins the exact sentence the user sees and checks that no secret is in it.
 */
import { createServer, type Server, type Socket } from 'net';

import type { ICredentialDataDecryptedObject, INodeCredentialTestResult } from 'n8n-workflow';

import { credentialTestContext, runCredentialTest } from '../helpers/credentialTestContext';
import { testWooCommerceCredential } from '../../nodes/WooCommerce/methods/credentialTest';
import { secretsOf } from '../../nodes/WooCommerce/transport/auth';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSandbox } = require('../sandbox');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Sandbox = any;

const KEYS_PAGE = 'WooCommerce > Settings > Advanced > REST API';
const PERMALINKS = 'In WordPress go to Settings > Permalinks, choose anything but "Plain" (e.g. "Post name") and save.';

const open: Sandbox[] = [];
afterEach(async () => {
	while (open.length) await open.pop().close();
});

async function sandbox(options: Record<string, unknown> = {}): Promise<Sandbox> {
	const sb = await startSandbox(options);
	open.push(sb);
	return sb;
}

function credentialsFor(sb: Sandbox, over: ICredentialDataDecryptedObject = {}): ICredentialDataDecryptedObject {
	return {
		url: sb.url,
		consumerKey: sb.keys.readWrite.key,
		consumerSecret: sb.keys.readWrite.secret,
		authentication: 'auto',
		signatureMethod: 'HMAC-SHA256',
		apiVersion: 'wc/v3',
		ignoreSslIssues: sb.url.startsWith('https:'),
		...over,
	};
}

/** Every value that must never reach the user, for both sandbox keys and the credential tested. */
function assertNoSecret(result: INodeCredentialTestResult, sb: Sandbox | undefined, data: ICredentialDataDecryptedObject) {
	const pairs = [{ consumerKey: String(data.consumerKey ?? ''), consumerSecret: String(data.consumerSecret ?? '') }];
	if (sb) pairs.push({ consumerKey: sb.keys.readWrite.key, consumerSecret: sb.keys.readWrite.secret }, { consumerKey: sb.keys.readOnly.key, consumerSecret: sb.keys.readOnly.secret });
	for (const pair of pairs) {
		for (const secret of secretsOf(pair)) expect(result.message).not.toContain(secret);
	}
	expect(result.message).not.toMatch(/oauth_signature|consumer_secret|Basic [A-Za-z0-9+/=]{8,}|Authorization:/);
}

async function check(sb: Sandbox | undefined, data: ICredentialDataDecryptedObject): Promise<INodeCredentialTestResult> {
	const result = await runCredentialTest(data);
	assertNoSecret(result, sb, data);
	return result;
}

const CONNECTED_RW = (how: string) => ({ status: 'OK', message: `Connected (${how}): the key can read and write.` });
const CONNECTED_RO = (how: string) => ({
	status: 'OK',
	message: `Connected (${how}), but the key is read-only: reading works, writing will fail. Create a Read/Write key in ${KEYS_PAGE} if your workflows create, update or delete anything.`,
});

describe('credential test: working credentials', () => {
	it.each([
		['http', {}, {}, 'REST API wc/v3, OAuth 1.0a (Automatic)'],
		['http', {}, { authentication: 'oauth1' }, 'REST API wc/v3, OAuth 1.0a'],
		['http', {}, { authentication: 'oauth1', signatureMethod: 'HMAC-SHA1' }, 'REST API wc/v3, OAuth 1.0a'],
		['http', {}, { apiVersion: 'wc/v2' }, 'REST API wc/v2, OAuth 1.0a (Automatic)'],
		['http', {}, { apiVersion: 'wc/v1' }, 'REST API wc/v1, OAuth 1.0a (Automatic)'],
		['https', { tls: true }, {}, 'REST API wc/v3, Basic Auth (Automatic)'],
		['https', { tls: true }, { authentication: 'basic' }, 'REST API wc/v3, Basic Auth'],
		['https', { tls: true }, { authentication: 'queryString' }, 'REST API wc/v3, Query String'],
		['https', { tls: true }, { authentication: 'oauth1' }, 'REST API wc/v3, OAuth 1.0a'],
	])('%s %j %j', async (_scheme, options, over, how) => {
		const sb = await sandbox({ seed: 'demo', ...options });
		const before = JSON.stringify([...sb.store.products.values()]);
		const result = await check(sb, credentialsFor(sb, over));
		expect(result).toEqual(CONNECTED_RW(how));
		// Three requests: the REST index, one read, one empty batch that changes nothing.
		expect(sb.requests.map((r: { method: string; path: string }) => `${r.method} ${r.path.replace(/^\/wp-json\/wc\/v\d/, '')}`)).toEqual([
			'GET /wp-json/',
			'GET /products',
			'POST /products/batch',
		]);
		expect(sb.requests[2].rawBody).toBe('{}');
		expect(JSON.stringify([...sb.store.products.values()])).toBe(before);
	});

	it('a store in a sub-directory pasted as an API URL works', async () => {
		const sb = await sandbox();
		const result = await check(sb, credentialsFor(sb, { url: `${sb.url}/wp-json/wc/v3/products?per_page=1` }));
		expect(result).toEqual(CONNECTED_RW('REST API wc/v3, OAuth 1.0a (Automatic)'));
	});

	it.each([
		['http', {}, 'REST API wc/v3, OAuth 1.0a (Automatic)'],
		['https', { tls: true }, 'REST API wc/v3, Basic Auth (Automatic)'],
	])('a read-only key over %s: OK, with the read-only note', async (_scheme, options, how) => {
		const sb = await sandbox(options);
		const result = await check(sb, credentialsFor(sb, { consumerKey: sb.keys.readOnly.key, consumerSecret: sb.keys.readOnly.secret }));
		expect(result).toEqual(CONNECTED_RO(how));
	});

	it('a nonce refused once is retried with a new one', async () => {
		const sb = await sandbox();
		sb.faults.add({
			path: '/products',
			times: 1,
			status: 401,
			body: { code: 'woocommerce_rest_authentication_error', message: 'Invalid nonce - nonce has already been used.', data: { status: 401 } },
		});
		expect(await check(sb, credentialsFor(sb))).toEqual(CONNECTED_RW('REST API wc/v3, OAuth 1.0a (Automatic)'));
	});
});

describe('credential test: plain permalinks', () => {
	it.each([
		['http', {}, {}],
		['http', {}, { authentication: 'oauth1' }],
		['https', { tls: true }, {}],
		['https', { tls: true }, { authentication: 'basic' }],
		['https', { tls: true }, { authentication: 'queryString' }],
		['https', { tls: true }, { authentication: 'oauth1' }],
	])('%s %j: tells the owner to change the permalinks', async (_scheme, options, over) => {
		const sb = await sandbox({ plainPermalinks: true, ...options });
		const result = await check(sb, credentialsFor(sb, over));
		expect(result).toEqual({
			status: 'Error',
			message: `The store answers ${sb.url}/wp-json/ with its HTML home page instead of the REST API: it uses "Plain" permalinks, so /wp-json/ is not routed and WooCommerce never checks API keys. ${PERMALINKS}`,
		});
	});

	it('a /wp-json/ redirect to the home page is recognised too', async () => {
		const sb = await sandbox({ plainPermalinks: true });
		sb.faults.add({ path: '/wp-json/', times: 1, status: 301, headers: { Location: `${sb.url}/` }, rawBody: '' });
		const result = await check(sb, credentialsFor(sb));
		expect(result).toEqual({
			status: 'Error',
			message: `The store does not serve its REST API at ${sb.url}/wp-json/ (HTTP 301 redirect to /): it uses "Plain" permalinks, and WooCommerce only accepts API keys on /wp-json/ addresses. ${PERMALINKS}`,
		});
	});

	it('a /wp-json/ redirect to the login page (security plugin) is not mistaken for permalinks', async () => {
		const sb = await sandbox();
		sb.faults.add({ path: '/wp-json/', times: 1, status: 302, headers: { Location: `${sb.url}/wp-login.php?redirect_to=x` }, rawBody: '' });
		expect(await check(sb, credentialsFor(sb))).toEqual({
			status: 'Error',
			message: `The store redirects its REST API (${sb.url}/wp-json/) to its login page (HTTP 302): a security plugin or the web server blocks the WordPress REST API. Allow the REST API at /wp-json/wc/ for API keys.`,
		});
	});

	it('an API path that redirects (index hidden) is recognised', async () => {
		const sb = await sandbox({ plainPermalinks: true });
		// The index looks fine (e.g. cached), but the API itself redirects like WordPress does with Plain permalinks.
		sb.faults.add({ path: '/wp-json/', times: 1, status: 200, body: { namespaces: ['wc/v3'] } });
		const result = await check(sb, credentialsFor(sb));
		expect(result.status).toBe('Error');
		expect(result.message).toBe(
			`The store redirects its API (${sb.url}/wp-json/wc/v3/products answered HTTP 301): it uses "Plain" permalinks, so /wp-json/ is not routed and WooCommerce never checks API keys. ${PERMALINKS}`,
		);
	});
});

describe('credential test: failures', () => {
	it('invalid store URL', async () => {
		const data = { url: 'shop.example.com', consumerKey: 'ck_a', consumerSecret: 'cs_b' };
		expect(await check(undefined, data)).toEqual({
			status: 'Error',
			message:
				'Store URL "shop.example.com" is not a valid address: enter the full address of your store, starting with https:// or http://, e.g. https://example.com',
		});
	});

	it('empty consumer secret', async () => {
		expect(await check(undefined, { url: 'https://example.com', consumerKey: 'ck_a', consumerSecret: '' })).toEqual({
			status: 'Error',
			message: `Consumer Secret is empty: paste the "Consumer secret" shown when the key was created in ${KEYS_PAGE} (it starts with cs_)`,
		});
	});

	it.each([
		['basic', 'Basic Auth'],
		['queryString', 'Query String authentication'],
	])('%s over http:// is refused before anything is sent', async (mode, what) => {
		const sb = await sandbox();
		const result = await check(sb, credentialsFor(sb, { authentication: mode }));
		expect(result).toEqual({
			status: 'Error',
			message: `${what} is not used over plain HTTP: WooCommerce ignores it on http:// addresses (every request would get 401), and the consumer secret would travel in clear text. In the credential, set Authentication to "OAuth 1.0a" or "Automatic", or use the store's https:// address.`,
		});
		expect(sb.requests).toHaveLength(0);
	});

	it('unknown host (DNS)', async () => {
		const data = { url: 'http://no-such-store.invalid', consumerKey: 'ck_a', consumerSecret: 'cs_b' };
		expect(await check(undefined, data)).toEqual({
			status: 'Error',
			message: 'Cannot reach the store: the server name "no-such-store.invalid" does not resolve (DNS). Check the Store URL for typos.',
		});
	});

	it('connection refused', async () => {
		const sb = await startSandbox();
		const url = sb.url;
		await sb.close();
		const port = new URL(url).port;
		expect(await check(undefined, { url, consumerKey: 'ck_a', consumerSecret: 'cs_b' })).toEqual({
			status: 'Error',
			message: `Cannot reach the store: 127.0.0.1:${port} refused the connection. Check the Store URL (http:// or https://, and the port) and that the web server is running.`,
		});
	});

	it('timeout (a server that never answers)', async () => {
		const sockets = new Set<Socket>();
		const server: Server = createServer((socket) => {
			sockets.add(socket);
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const port = (server.address() as { port: number }).port;
		try {
			const data = { url: `http://127.0.0.1:${port}`, consumerKey: 'ck_a', consumerSecret: 'cs_b' };
			const context = credentialTestContext();
			const result = await testWooCommerceCredential((options) => context.helpers.request(options), data, { timeoutMs: 300 });
			assertNoSecret(result, undefined, data);
			expect(result).toEqual({
				status: 'Error',
				message: 'Cannot reach the store: 127.0.0.1 did not answer within 0.3 seconds. Check the Store URL, and that no firewall blocks n8n from reaching the store.',
			});
		} finally {
			for (const socket of sockets) socket.destroy();
			await new Promise((resolve) => server.close(resolve));
		}
	});

	it('self-signed certificate: suggests "Ignore SSL Issues"', async () => {
		const sb = await sandbox({ tls: true });
		expect(await check(sb, credentialsFor(sb, { ignoreSslIssues: false }))).toEqual({
			status: 'Error',
			message:
				'The store\'s TLS certificate is self-signed, so n8n cannot verify it. If you trust this store (e.g. a staging site), turn on "Ignore SSL Issues" in the credential; otherwise install a valid certificate on the store.',
		});
	});

	it('https:// to a plain HTTP server', async () => {
		const sb = await sandbox();
		const url = sb.url.replace('http:', 'https:');
		const result = await check(sb, credentialsFor(sb, { url }));
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(
			/^127\.0\.0\.1:\d+ does not speak HTTPS\. If the store has no HTTPS, use http:\/\/ in the Store URL\.$|^Cannot reach the store: 127\.0\.0\.1 closed the connection before answering/,
		);
	});

	it('not a WordPress site', async () => {
		const sb = await sandbox();
		sb.settings.wordpress = false;
		expect(await check(sb, credentialsFor(sb))).toEqual({
			status: 'Error',
			message: `${sb.url}/wp-json/ answered HTTP 404 with an HTML page titled "404 Not Found" instead of JSON: there is no WordPress REST API at this address. Check the Store URL: it must be the address of the WordPress site, with its sub-folder if WordPress is installed in one (e.g. https://example.com/shop).`,
		});
	});

	it('WooCommerce not active', async () => {
		const sb = await sandbox();
		sb.settings.woocommerceActive = false;
		expect(await check(sb, credentialsFor(sb))).toEqual({
			status: 'Error',
			message: `WordPress answers at ${sb.url}/wp-json/, but WooCommerce's REST API is not there (no "wc/v3" namespace): check that the WooCommerce plugin is installed and active in WordPress (Plugins).`,
		});
	});

	it('WooCommerce answers rest_no_route on wc/v3 (index not listing namespaces)', async () => {
		const sb = await sandbox();
		sb.faults.add({ path: '/wp-json/', times: 1, status: 200, body: { name: 'Shop' } });
		sb.settings.woocommerceActive = false;
		expect(await check(sb, credentialsFor(sb))).toEqual({
			status: 'Error',
			message: `WordPress answers, but WooCommerce's REST API is not there (HTTP 404 rest_no_route: "No route was found matching the URL and request method." for ${sb.url}/wp-json/wc/v3/products): check that the WooCommerce plugin is installed and active in WordPress (Plugins).`,
		});
	});

	it.each([
		['http', {}, {}],
		['https OAuth', { tls: true }, { authentication: 'oauth1' }],
	])('unknown consumer key over %s (OAuth)', async (_name, options, over) => {
		const sb = await sandbox(options);
		expect(await check(sb, credentialsFor(sb, { consumerKey: 'ck_unknown_key', ...over }))).toEqual({
			status: 'Error',
			message: `The store does not know this Consumer Key (HTTP 401 woocommerce_rest_authentication_error: "Consumer key is invalid."). Check that you pasted the whole key (ck_...) and that it still exists in ${KEYS_PAGE} of this site (a staging copy has its own keys).`,
		});
	});

	it.each([['auto'], ['basic'], ['queryString']])('unknown consumer key over https (%s)', async (mode) => {
		const sb = await sandbox({ tls: true });
		expect(await check(sb, credentialsFor(sb, { consumerKey: 'ck_unknown_key', authentication: mode }))).toEqual({
			status: 'Error',
			message: `The store does not know this Consumer Key (HTTP 401 woocommerce_rest_cannot_view: "Sorry, you cannot list resources."; with OAuth 1.0a: "Consumer key is invalid."). Check that you pasted the whole key (ck_...) and that it still exists in ${KEYS_PAGE} of this site.`,
		});
	});

	it.each([['auto'], ['basic'], ['queryString']])('wrong consumer secret over https (%s)', async (mode) => {
		const sb = await sandbox({ tls: true });
		expect(await check(sb, credentialsFor(sb, { consumerSecret: 'cs_wrong_secret', authentication: mode }))).toEqual({
			status: 'Error',
			message: `The Consumer Secret does not belong to this Consumer Key (HTTP 401 woocommerce_rest_authentication_error: "Consumer secret is invalid."). Paste the secret of the same key again; if it is lost, create a new key in ${KEYS_PAGE} (the secret is shown only once).`,
		});
	});

	it('wrong consumer secret with OAuth over https: Basic confirms the secret is wrong', async () => {
		const sb = await sandbox({ tls: true });
		expect(await check(sb, credentialsFor(sb, { consumerSecret: 'cs_wrong_secret', authentication: 'oauth1' }))).toEqual({
			status: 'Error',
			message: `The Consumer Secret does not belong to this Consumer Key (the OAuth signature was refused, and Basic Auth answers "Consumer secret is invalid."). Paste the secret of the same key again, or create a new key in ${KEYS_PAGE}.`,
		});
	});

	it('wrong consumer secret over http (OAuth signature mismatch)', async () => {
		const sb = await sandbox();
		expect(await check(sb, credentialsFor(sb, { consumerSecret: 'cs_wrong_secret' }))).toEqual({
			status: 'Error',
			message: `The store refused the OAuth signature (HTTP 401 woocommerce_rest_authentication_error: "Invalid signature - provided signature does not match."). Most likely the Consumer Secret is wrong: paste it again (or create a new key in ${KEYS_PAGE}). Otherwise the Store URL differs from the WordPress address (Settings > General), or a proxy changes the address or the query string.`,
		});
	});

	it('OAuth signature mismatch because the Store URL is not the WordPress address', async () => {
		const sb = await sandbox({ homeUrl: 'http://localhost:{port}' });
		const url = sb.url.replace('localhost', '127.0.0.1');
		expect(await check(sb, credentialsFor(sb, { url }))).toEqual({
			status: 'Error',
			message: `The store refused the OAuth signature (HTTP 401 woocommerce_rest_authentication_error: "Invalid signature - provided signature does not match.") because it signs with its own address, ${sb.url}, not ${url}. Set the Store URL to ${sb.url}.`,
		});
	});

	it('OAuth timestamp: clocks more than 15 minutes apart (a proxy stamps a correct Date header)', async () => {
		const sb = await sandbox();
		sb.settings.clockSkewSeconds = 3600;
		sb.settings.frontDate = true;
		expect(await check(sb, credentialsFor(sb))).toEqual({
			status: 'Error',
			message:
				'The store refused the OAuth timestamp (HTTP 401 woocommerce_rest_authentication_error: "Invalid timestamp."): the clocks of n8n and the store differ by more than 15 minutes. Set the correct time (e.g. with NTP) on the machine whose clock is wrong.',
		});
	});

	it('OAuth timestamp: says how far off the store clock is when its Date header shows it', async () => {
		const sb = await sandbox();
		sb.settings.clockSkewSeconds = 3600;
		const result = await check(sb, credentialsFor(sb));
		expect(result.message).toBe(
			'The store refused the OAuth timestamp (HTTP 401 woocommerce_rest_authentication_error: "Invalid timestamp."): the clocks of n8n and the store differ by more than 15 minutes. The store\'s clock is about 60 minutes ahead of n8n\'s. Set the correct time (e.g. with NTP) on the machine whose clock is wrong.',
		);
	});

	it('OAuth nonce refused twice', async () => {
		const sb = await sandbox();
		sb.faults.add({
			path: '/products',
			method: 'GET',
			status: 401,
			body: { code: 'woocommerce_rest_authentication_error', message: 'Invalid nonce - nonce has already been used.', data: { status: 401 } },
		});
		expect(await check(sb, credentialsFor(sb))).toEqual({
			status: 'Error',
			message:
				'The store refused the OAuth nonce as already used, even for a new one (HTTP 401 woocommerce_rest_authentication_error: "Invalid nonce - nonce has already been used."): a proxy or cache between n8n and the store seems to replay requests. Exclude /wp-json/ from caching.',
		});
	});

	it('OAuth parameters removed on the way', async () => {
		const sb = await sandbox();
		sb.faults.add({
			path: '/products',
			status: 401,
			body: { code: 'woocommerce_rest_authentication_missing_parameter', message: 'Missing OAuth parameter oauth_nonce', data: { status: 401 } },
		});
		expect(await check(sb, credentialsFor(sb))).toEqual({
			status: 'Error',
			message:
				'The store did not receive every OAuth parameter (HTTP 401 woocommerce_rest_authentication_missing_parameter: "Missing OAuth parameter oauth_nonce"): a proxy, cache or security plugin removes query parameters from the URL. Let the oauth_* parameters through, or use an https:// Store URL with Basic Auth.',
		});
	});

	it.each([['auto'], ['basic']])('the server strips the Authorization header (%s): suggests Query String', async (mode) => {
		const sb = await sandbox({ tls: true });
		sb.settings.stripAuthorization = true;
		expect(await check(sb, credentialsFor(sb, { authentication: mode }))).toEqual({
			status: 'Error',
			message:
				'The store (or a proxy in front of it) removes the Authorization header, so Basic Auth never reaches WooCommerce (HTTP 401 woocommerce_rest_cannot_view: "Sorry, you cannot list resources."). Query String authentication works with the same key: set Authentication to "Query String".',
		});
		const sandboxAfter = await sandbox({ tls: true });
		sandboxAfter.settings.stripAuthorization = true;
		expect(await check(sandboxAfter, credentialsFor(sandboxAfter, { authentication: 'queryString' }))).toEqual(
			CONNECTED_RW('REST API wc/v3, Query String'),
		);
	});

	it.each([['auto'], ['basic'], ['queryString'], ['oauth1']])('WordPress does not see HTTPS behind a proxy (%s)', async (mode) => {
		const sb = await sandbox({ tls: true, isSsl: false });
		const url = sb.url.replace('http:', 'https:');
		const result = await check(sb, credentialsFor(sb, { url, ignoreSslIssues: true, authentication: mode }));
		const quoted =
			mode === 'oauth1'
				? 'HTTP 401 woocommerce_rest_authentication_error: "Invalid signature - provided signature does not match."'
				: 'HTTP 401 woocommerce_rest_cannot_view: "Sorry, you cannot list resources."';
		expect(result).toEqual({
			status: 'Error',
			message: `WordPress does not see that requests come over HTTPS (${quoted}): the store is behind a proxy or CDN that does not pass X-Forwarded-Proto, so WooCommerce ignores Basic Auth and Query String and checks OAuth signatures against the http:// address. Make WordPress aware of HTTPS (the proxy's X-Forwarded-Proto header, or $_SERVER['HTTPS'] = 'on' in wp-config.php); if the store is also reachable over http://, an http:// Store URL with OAuth 1.0a works meanwhile.`,
		});
	});

	it('a firewall / CAPTCHA page instead of JSON', async () => {
		const sb = await sandbox();
		sb.faults.add({
			status: 403,
			html: '<!DOCTYPE html><html lang="en"><head><title>Attention Required! | Cloudflare</title></head><body><h1>Sorry, you have been blocked</h1></body></html>',
		});
		expect(await check(sb, credentialsFor(sb))).toEqual({
			status: 'Error',
			message: `${sb.url}/wp-json/ answered HTTP 403 with an HTML page titled "Attention Required! | Cloudflare" instead of JSON: a firewall, CAPTCHA or bot protection is blocking n8n. Allow n8n's IP address (or the /wp-json/ path) in the firewall, CDN or security plugin.`,
		});
	});

	it('a firewall that only blocks the API calls', async () => {
		const sb = await sandbox();
		sb.faults.add({
			path: '/products',
			status: 406,
			html: '<html><head><title>Not Acceptable!</title></head><body>An appropriate representation of the requested resource could not be found on this server. This error was generated by Mod_Security.</body></html>',
		});
		expect(await check(sb, credentialsFor(sb))).toEqual({
			status: 'Error',
			message: `${sb.url}/wp-json/wc/v3/products answered HTTP 406 with an HTML page titled "Not Acceptable!" instead of JSON: a firewall, CAPTCHA or bot protection is blocking n8n. Allow n8n's IP address (or the /wp-json/ path) in the firewall, CDN or security plugin.`,
		});
	});

	it('PHP warnings printed before the JSON', async () => {
		const sb = await sandbox();
		sb.faults.add({
			path: '/products',
			status: 200,
			headers: { 'Content-Type': 'application/json; charset=UTF-8' },
			rawBody: '<br />\n<b>Warning</b>:  Undefined array key "x" in <b>/var/www/html/wp-content/plugins/foo/foo.php</b> on line <b>12</b><br />\n[{"id":1}]',
		});
		expect(await check(sb, credentialsFor(sb))).toEqual({
			status: 'Error',
			message: `${sb.url}/wp-json/wc/v3/products answered HTTP 200 with PHP messages ("Warning") printed before or instead of the JSON, so no client can read it. Turn off the display of PHP errors on the store (WP_DEBUG_DISPLAY false in wp-config.php), and fix the plugin or theme that causes them.`,
		});
	});

	it('an empty answer from the API', async () => {
		const sb = await sandbox();
		sb.faults.add({ path: '/products', status: 500, rawBody: '' });
		expect(await check(sb, credentialsFor(sb))).toEqual({
			status: 'Error',
			message: `${sb.url}/wp-json/wc/v3/products answered HTTP 500 with an empty body instead of JSON: the store has a server error. Check the store's error log, then try again.`,
		});
	});

	it('maintenance page', async () => {
		const sb = await sandbox();
		sb.settings.maintenanceHtml = true;
		expect(await check(sb, credentialsFor(sb))).toEqual({
			status: 'Error',
			message: `${sb.url}/wp-json/ answered HTTP 503 with an HTML page titled "Maintenance" instead of JSON: the store seems to be in maintenance mode. Try again when the store is back online.`,
		});
	});

	it('the store redirects http:// to https://', async () => {
		const sb = await sandbox();
		const https = sb.url.replace('http:', 'https:');
		sb.faults.add({ path: '/wp-json/', status: 301, headers: { Location: `${https}/wp-json/` }, rawBody: '' });
		expect(await check(sb, credentialsFor(sb))).toEqual({
			status: 'Error',
			message: `The store redirects http:// to https:// (HTTP 301 to ${https}/...). Set the Store URL to ${https} so requests are not redirected (a redirect drops the credentials and the request body).`,
		});
	});

	it('a key without read permission ("Write" only)', async () => {
		const sb = await sandbox();
		sb.keyRecords[1].permissions = 'write';
		const result = await check(sb, credentialsFor(sb, { consumerKey: sb.keys.readOnly.key, consumerSecret: sb.keys.readOnly.secret }));
		expect(result).toEqual({
			status: 'Error',
			message: `The key is "Write" only, so reading fails (HTTP 401 woocommerce_rest_authentication_error: "The API key provided does not have read permissions."). Change its Permissions to "Read/Write" in ${KEYS_PAGE}.`,
		});
	});
});
