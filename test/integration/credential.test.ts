/**
 * The credential's "Test" button: its declarative test (one signed read, rules on WooCommerce's answer) run the way
 * n8n runs it (n8n-core's RoutingNode, httpRequestWithAuthentication, the credential's `authenticate`), against the
 * sandbox store over real HTTP(S). Each case pins the sentence the user sees and checks that no secret is in it.
 * The full diagnosis of node requests is in credentialDiagnosis.test.ts.
 */
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';

import type { ICredentialDataDecryptedObject, INodeCredentialTestResult } from 'n8n-workflow';

import { credentialsFor, sandboxPerTest, type Sandbox } from '../helpers/credentialStores';
import { runDeclarativeCredentialTest } from '../helpers/declarativeCredentialTest';
import { CREDENTIAL_SENTENCES } from '../../nodes/WooCommerce/transport/credentialSentences';
import { secretsOf } from '../../nodes/WooCommerce/transport/credentials';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSandbox } = require('../sandbox');

const sandbox = sandboxPerTest();
const servers: Server[] = [];
afterEach(async () => {
	while (servers.length) {
		const server = servers.pop()!;
		await new Promise((resolve) => server.close(resolve));
	}
});

async function check(sb: Sandbox | undefined, data: ICredentialDataDecryptedObject): Promise<INodeCredentialTestResult> {
	const result = await runDeclarativeCredentialTest(data);
	const pairs = [{ consumerKey: String(data.consumerKey ?? ''), consumerSecret: String(data.consumerSecret ?? '') }];
	if (sb) pairs.push({ consumerKey: sb.keys.readWrite.key, consumerSecret: sb.keys.readWrite.secret });
	for (const pair of pairs) for (const secret of secretsOf(pair)) expect(result.message).not.toContain(secret);
	return result;
}

const OK = { status: 'OK', message: 'Connection successful!' };
const error = (symptom: keyof typeof CREDENTIAL_SENTENCES) => ({ status: 'Error', message: CREDENTIAL_SENTENCES[symptom] });
const paths = (sb: Sandbox) => sb.requests.map((r: { method: string; path: string }) => `${r.method} ${r.path}`);

describe('Test button: working credentials send one signed read', () => {
	it.each([
		['http', {}, {}, 'GET /wp-json/wc/v3/products/categories'],
		['http', {}, { authentication: 'oauth1', signatureMethod: 'HMAC-SHA1' }, 'GET /wp-json/wc/v3/products/categories'],
		['http', {}, { apiVersion: 'wc/v2' }, 'GET /wp-json/wc/v2/products/categories'],
		['http', {}, { apiVersion: 'wc/v1' }, 'GET /wp-json/wc/v1/products/categories'],
		['http', {}, { apiVersion: 'wc-api/v3' }, 'GET /wc-api/v3/products/count'],
		// The legacy API is asked through index.php?wc-api-route=…, which Plain permalinks do not break (logged as its route).
		['http Plain permalinks', { plainPermalinks: true }, { apiVersion: 'wc-api/v3' }, 'GET /wc-api/v3/products/count'],
		['https Plain permalinks', { plainPermalinks: true, tls: true }, { apiVersion: 'wc-api/v3', authentication: 'basic' }, 'GET /wc-api/v3/products/count'],
		['https', { tls: true }, {}, 'GET /wp-json/wc/v3/products/categories'],
		['https', { tls: true }, { authentication: 'basic' }, 'GET /wp-json/wc/v3/products/categories'],
		['https', { tls: true }, { authentication: 'queryString' }, 'GET /wp-json/wc/v3/products/categories'],
		['https', { tls: true }, { authentication: 'oauth1' }, 'GET /wp-json/wc/v3/products/categories'],
	])('%s %j %j', async (_scheme, options, over, request) => {
		const sb = await sandbox(options);
		expect(await check(sb, credentialsFor(sb, over))).toEqual(OK);
		expect(paths(sb)).toEqual([request]);
	});

	it('a Store URL pasted as an API address is normalised', async () => {
		const sb = await sandbox();
		expect(await check(sb, credentialsFor(sb, { url: `${sb.url}/wp-json/wc/v3/products?per_page=1` }))).toEqual(OK);
	});

	it('a store without any product passes (it always has its default category)', async () => {
		const sb = await sandbox({ seed: 'empty' });
		expect(await check(sb, credentialsFor(sb))).toEqual(OK);
	});

	it('a read-only key passes: one read cannot tell (the first write says it)', async () => {
		const sb = await sandbox();
		expect(await check(sb, credentialsFor(sb, { consumerKey: sb.keys.readOnly.key, consumerSecret: sb.keys.readOnly.secret }))).toEqual(OK);
	});
});

describe('Test button: what the rules tell apart', () => {
	it.each([['auto'], ['basic'], ['queryString']])('wrong consumer secret over https (%s)', async (mode) => {
		const sb = await sandbox({ tls: true });
		expect(await check(sb, credentialsFor(sb, { consumerSecret: 'cs_wrong_secret', authentication: mode }))).toEqual(error('wrongSecret'));
	});

	it.each([['wc/v3'], ['wc-api/v3']])('wrong consumer secret over http (%s: the OAuth signature is refused)', async (apiVersion) => {
		const sb = await sandbox();
		expect(await check(sb, credentialsFor(sb, { consumerSecret: 'cs_wrong_secret', apiVersion }))).toEqual(error('oauthSignature'));
	});

	it.each([['wc/v3'], ['wc-api/v3']])('unknown consumer key with OAuth (%s)', async (apiVersion) => {
		const sb = await sandbox();
		expect(await check(sb, credentialsFor(sb, { consumerKey: 'ck_unknown_key', apiVersion }))).toEqual(error('unknownKey'));
	});

	it('unknown consumer key over https with Basic Auth: WooCommerce only says it did not accept the key', async () => {
		const sb = await sandbox({ tls: true });
		expect(await check(sb, credentialsFor(sb, { consumerKey: 'ck_unknown_key' }))).toEqual(error('keyNotAccepted'));
	});

	it('the server strips the Authorization header', async () => {
		const sb = await sandbox({ tls: true });
		sb.settings.stripAuthorization = true;
		expect(await check(sb, credentialsFor(sb))).toEqual(error('keyNotAccepted'));
		expect(await check(sb, credentialsFor(sb, { authentication: 'queryString' }))).toEqual(OK);
	});

	it('a key without read permission ("Write" only)', async () => {
		const sb = await sandbox();
		sb.keyRecords[1].permissions = 'write';
		expect(await check(sb, credentialsFor(sb, { consumerKey: sb.keys.readOnly.key, consumerSecret: sb.keys.readOnly.secret }))).toEqual(
			error('writeOnlyKey'),
		);
	});

	it('OAuth timestamp: clocks more than 15 minutes apart', async () => {
		const sb = await sandbox();
		sb.settings.clockSkewSeconds = 3600;
		expect(await check(sb, credentialsFor(sb))).toEqual(error('timestamp'));
	});

	it.each([
		['Invalid nonce - nonce has already been used.', 'woocommerce_rest_authentication_error', 'nonceReplayed'],
		['Missing OAuth parameter oauth_nonce', 'woocommerce_rest_authentication_missing_parameter', 'oauthParametersRemoved'],
		['Invalid signature - signature method is invalid.', 'woocommerce_rest_authentication_error', 'signatureMethod'],
	] as const)('OAuth refusal "%s"', async (message, code, symptom) => {
		const sb = await sandbox();
		sb.faults.add({ path: '/products/categories', status: 401, body: { code, message, data: { status: 401 } } });
		expect(await check(sb, credentialsFor(sb))).toEqual(error(symptom));
	});

	it('a key whose WordPress user may not read (403)', async () => {
		const sb = await sandbox();
		sb.faults.add({ path: '/products/categories', status: 403, body: { code: 'woocommerce_rest_cannot_view', message: 'Sorry, you cannot list resources.', data: { status: 403 } } });
		expect(await check(sb, credentialsFor(sb))).toEqual(error('noReadPermission'));
	});

	it('WooCommerce not active (rest_no_route)', async () => {
		const sb = await sandbox();
		sb.settings.woocommerceActive = false;
		expect(await check(sb, credentialsFor(sb))).toEqual(error('noWooCommerce'));
	});

	it('legacy API route missing', async () => {
		const sb = await sandbox();
		sb.faults.add({ path: /^\/wc-api\/v3\/products\/count/, status: 404, body: { errors: [{ code: 'woocommerce_api_no_route', message: 'No route was found matching the URL and request method' }] } });
		expect(await check(sb, credentialsFor(sb, { apiVersion: 'wc-api/v3' }))).toEqual(error('noLegacyApi'));
	});

	it('a server error with a JSON body', async () => {
		const sb = await sandbox();
		sb.faults.add({ path: '/products/categories', status: 500, body: { code: 'internal_server_error', message: 'There has been a critical error on this website.', data: { status: 500 } } });
		expect(await check(sb, credentialsFor(sb))).toEqual(error('serverError'));
	});

	it.each([
		['Plain permalinks (http, OAuth)', { plainPermalinks: true }, {}, {}],
		['Plain permalinks (https, Basic)', { plainPermalinks: true, tls: true }, {}, {}],
		['Plain permalinks (https, Query String)', { plainPermalinks: true, tls: true }, {}, { authentication: 'queryString' }],
		['not a WordPress site', {}, { wordpress: false }, {}],
		['maintenance mode', {}, { maintenanceHtml: true }, {}],
		['a firewall / CAPTCHA page', {}, { maintenanceHtml: 'firewall' }, {}],
	])('%s: a web page instead of the API', async (_name, options, settings, over) => {
		const sb = await sandbox(options);
		Object.assign(sb.settings, settings);
		expect(await check(sb, credentialsFor(sb, over))).toEqual(error('webPage'));
	});

	it('a server answering 200 JSON to everything is not WooCommerce', async () => {
		const server = createServer((req, res) => {
			req.resume();
			res.writeHead(200, { 'Content-Type': 'application/json' });
			res.end('{"ok":true}');
		});
		servers.push(server);
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		for (const apiVersion of ['wc/v3', 'wc-api/v3']) {
			expect(await check(undefined, { url, consumerKey: 'ck_a', consumerSecret: 'cs_b', apiVersion })).toEqual(error('notWooCommerce'));
		}
	});
});

describe('Test button: what is found before or without an HTTP answer', () => {
	it.each([
		['basic', 'Basic Auth'],
		['queryString', 'Query String authentication'],
	])('%s over http:// is refused before anything is sent', async (mode, what) => {
		const sb = await sandbox();
		expect(await check(sb, credentialsFor(sb, { authentication: mode }))).toEqual({
			status: 'Error',
			message: `${what} is not used over plain HTTP: WooCommerce ignores it on http:// addresses (every request would get 401), and the consumer secret would travel in clear text. In the credential, set Authentication to "OAuth 1.0a" or "Automatic", or use the store's https:// address.`,
		});
		expect(sb.requests).toHaveLength(0);
	});

	it('an invalid Store URL', async () => {
		expect(await check(undefined, { url: 'shop.example.com', consumerKey: 'ck_a', consumerSecret: 'cs_b' })).toEqual({
			status: 'Error',
			message:
				'Store URL "shop.example.com" is not a valid address: enter the full address of your store, starting with https:// or http://, e.g. https://example.com',
		});
	});

	it('connection refused: n8n shows the network code', async () => {
		const sb = await startSandbox();
		const url = sb.url;
		await sb.close();
		expect(await check(undefined, { url, consumerKey: 'ck_a', consumerSecret: 'cs_b' })).toEqual({ status: 'Error', message: 'ECONNREFUSED' });
	});

	it('a self-signed certificate: n8n shows the TLS code', async () => {
		const sb = await sandbox({ tls: true });
		expect(await check(sb, credentialsFor(sb, { ignoreSslIssues: false }))).toEqual({ status: 'Error', message: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
	});
});
