/**
 * The full credential diagnosis, on node requests: every request that fails for a credential reason says why in one
 * sentence (the first of the error's description), the one the former multi-request credential test gave. Real HTTP
 * against the sandbox store through n8n-core's request helpers; the store's own words stay the error message.
 */
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { wooApiRequest } from '../../nodes/WooCommerce/transport';
import { secretsOf } from '../../nodes/WooCommerce/transport/credentials';
import { CREDENTIAL_SENTENCES as SAY, PERMALINKS } from '../../nodes/WooCommerce/transport/credentialSentences';
import { credentialsFor, sandboxPerTest, type Sandbox } from '../helpers/credentialStores';
import { runInNodeContext } from '../helpers/n8n';

/* eslint-disable @typescript-eslint/no-explicit-any */

const sandbox = sandboxPerTest();

/** The error a node read of products gets, checked for secrets; `sentence` is the first part of its description. */
async function failure(sb: Sandbox, data: ICredentialDataDecryptedObject, request = { method: 'GET', endpoint: 'products', body: undefined as IDataObject | undefined }) {
	let caught: any;
	try {
		await runInNodeContext(data, async function () {
			return await wooApiRequest.call(this, request.method as 'GET', request.endpoint, { body: request.body });
		});
	} catch (error) {
		caught = error;
	}
	if (!caught) throw new Error('expected the request to fail');
	const text = `${caught.message}\n${caught.description}`;
	for (const pair of [data, credentialsFor(sb)]) {
		for (const secret of secretsOf({ consumerKey: String(pair.consumerKey), consumerSecret: String(pair.consumerSecret) })) expect(text).not.toContain(secret);
	}
	return { error: caught, description: String(caught.description) };
}

async function sentenceOf(sb: Sandbox, data: ICredentialDataDecryptedObject): Promise<string> {
	const { description } = await failure(sb, data);
	return description.replace(/ (WooCommerce code: \S+, )?HTTP \d+\. Request: .*$/, '');
}

describe('node requests: wrong key or secret', () => {
	it.each([['auto'], ['basic'], ['queryString']])('wrong consumer secret over https (%s)', async (mode) => {
		const sb = await sandbox({ tls: true });
		const { error, description } = await failure(sb, credentialsFor(sb, { consumerSecret: 'cs_wrong_secret', authentication: mode }));
		expect(error.message).toBe('Consumer secret is invalid.');
		expect(description).toBe(`${SAY.wrongSecret} WooCommerce code: woocommerce_rest_authentication_error, HTTP 401. Request: GET ${sb.url}/wp-json/wc/v3/products.`);
	});

	it('wrong consumer secret with OAuth over https: Basic confirms the secret is wrong', async () => {
		const sb = await sandbox({ tls: true });
		expect(await sentenceOf(sb, credentialsFor(sb, { consumerSecret: 'cs_wrong_secret', authentication: 'oauth1' }))).toBe(SAY.wrongSecret);
	});

	it('wrong consumer secret over http (OAuth signature mismatch)', async () => {
		const sb = await sandbox();
		expect(await sentenceOf(sb, credentialsFor(sb, { consumerSecret: 'cs_wrong_secret' }))).toBe(SAY.oauthSignature);
	});

	it.each([
		['http', {}, {}],
		['https OAuth', { tls: true }, { authentication: 'oauth1' }],
	])('unknown consumer key over %s (OAuth)', async (_name, options, over) => {
		const sb = await sandbox(options);
		expect(await sentenceOf(sb, credentialsFor(sb, { consumerKey: 'ck_unknown_key', ...over }))).toBe(SAY.unknownKey);
	});

	it.each([['auto'], ['basic'], ['queryString']])('unknown consumer key over https (%s): OAuth tells it apart', async (mode) => {
		const sb = await sandbox({ tls: true });
		expect(await sentenceOf(sb, credentialsFor(sb, { consumerKey: 'ck_unknown_key', authentication: mode }))).toBe(SAY.unknownKey);
	});

	it('a key without read permission ("Write" only)', async () => {
		const sb = await sandbox();
		sb.keyRecords[1].permissions = 'write';
		expect(await sentenceOf(sb, credentialsFor(sb, { consumerKey: sb.keys.readOnly.key, consumerSecret: sb.keys.readOnly.secret }))).toBe(SAY.writeOnlyKey);
	});

	it('a read-only key writing', async () => {
		const sb = await sandbox();
		const { description } = await failure(sb, credentialsFor(sb, { consumerKey: sb.keys.readOnly.key, consumerSecret: sb.keys.readOnly.secret }), {
			method: 'POST',
			endpoint: 'products',
			body: { name: 'x' },
		});
		expect(description.startsWith(SAY.readOnlyKey)).toBe(true);
	});
});

describe('node requests: the way the key is sent', () => {
	it.each([['auto'], ['basic']])('the server strips the Authorization header (%s): suggests Query String', async (mode) => {
		const sb = await sandbox({ tls: true });
		sb.settings.stripAuthorization = true;
		expect(await sentenceOf(sb, credentialsFor(sb, { authentication: mode }))).toBe(
			'The store (or a proxy in front of it) removes the Authorization header, so Basic Auth never reaches WooCommerce. Query String authentication works with the same key: set Authentication to "Query String".',
		);
	});

	it.each([['auto'], ['basic'], ['queryString'], ['oauth1']])('WordPress does not see HTTPS behind a proxy (%s)', async (mode) => {
		const sb = await sandbox({ tls: true, isSsl: false });
		const url = sb.url.replace('http:', 'https:');
		expect(await sentenceOf(sb, credentialsFor(sb, { url, ignoreSslIssues: true, authentication: mode }))).toBe(
			"WordPress does not see that requests come over HTTPS: the store is behind a proxy or CDN that does not pass X-Forwarded-Proto, so WooCommerce ignores Basic Auth and Query String and checks OAuth signatures against the http:// address. Make WordPress aware of HTTPS (the proxy's X-Forwarded-Proto header, or $_SERVER['HTTPS'] = 'on' in wp-config.php); if the store is also reachable over http://, an http:// Store URL with OAuth 1.0a works meanwhile.",
		);
	});

	it('OAuth signature mismatch because the Store URL is not the WordPress address', async () => {
		const sb = await sandbox({ homeUrl: 'http://localhost:{port}' });
		const url = sb.url.replace('localhost', '127.0.0.1');
		expect(await sentenceOf(sb, credentialsFor(sb, { url }))).toBe(
			`The store refused the OAuth signature because it signs with its own address, ${sb.url}, not ${url}. Set the Store URL to ${sb.url}.`,
		);
	});

	it('OAuth timestamp: clocks more than 15 minutes apart (a proxy stamps a correct Date header)', async () => {
		const sb = await sandbox();
		sb.settings.clockSkewSeconds = 3600;
		sb.settings.frontDate = true;
		expect(await sentenceOf(sb, credentialsFor(sb))).toBe(SAY.timestamp);
	});

	it("OAuth timestamp: says how far off the store's clock is when its Date header shows it", async () => {
		const sb = await sandbox();
		sb.settings.clockSkewSeconds = 3600;
		expect(await sentenceOf(sb, credentialsFor(sb))).toBe(
			"The store refused the OAuth timestamp: the clocks of n8n and the store differ by more than 15 minutes. The store's clock is about 60 minutes ahead of n8n's. Set the correct time (e.g. with NTP) on the machine whose clock is wrong.",
		);
	});

	it.each([
		['Invalid nonce - nonce has already been used.', 'woocommerce_rest_authentication_error', SAY.nonceReplayed],
		['Missing OAuth parameter oauth_nonce', 'woocommerce_rest_authentication_missing_parameter', SAY.oauthParametersRemoved],
	])('OAuth refusal "%s"', async (message, code, sentence) => {
		const sb = await sandbox();
		sb.faults.add({ path: '/products', status: 401, body: { code, message, data: { status: 401 } } });
		expect(await sentenceOf(sb, credentialsFor(sb))).toBe(sentence);
	});
});

describe('node requests: the store behind the URL', () => {
	it.each([
		['http', {}, {}],
		['https', { tls: true }, {}],
		['https Query String', { tls: true }, { authentication: 'queryString' }],
	])('Plain permalinks (%s)', async (_name, options, over) => {
		const sb = await sandbox({ plainPermalinks: true, ...options });
		const { error, description } = await failure(sb, credentialsFor(sb, over));
		expect(error.message).toBe("The store's REST API is not reachable at /wp-json/: the store uses Plain permalinks");
		expect(description).toContain(PERMALINKS);
	});

	it('WooCommerce not active', async () => {
		const sb = await sandbox();
		sb.settings.woocommerceActive = false;
		expect(await sentenceOf(sb, credentialsFor(sb))).toBe(SAY.noWooCommerce);
	});

	it('WooCommerce answers rest_no_route (index not listing namespaces)', async () => {
		const sb = await sandbox();
		sb.faults.add({ path: /^\/wp-json\/$/, status: 200, body: { name: 'Shop' } });
		sb.settings.woocommerceActive = false;
		expect(await sentenceOf(sb, credentialsFor(sb))).toBe(SAY.noWooCommerce);
	});

	it('another API version only', async () => {
		const sb = await sandbox();
		sb.faults.add({ path: /^\/wp-json\/$/, status: 200, body: { namespaces: ['wp/v2', 'wc/v1', 'wc/v2'] } });
		sb.faults.add({ path: /^\/wp-json\/wc\/v3\//, status: 404, body: { code: 'rest_no_route', message: 'No route was found matching the URL and request method.', data: { status: 404 } } });
		expect(await sentenceOf(sb, credentialsFor(sb))).toBe(
			"This store's WooCommerce offers the REST API versions wc/v1, wc/v2, not wc/v3: choose one of them in API Version (wc/v3 is the current one).",
		);
	});

	it('an unknown route on a store that has WooCommerce keeps the route hint', async () => {
		const sb = await sandbox();
		let caught: any;
		await runInNodeContext(credentialsFor(sb), async function () {
			return await wooApiRequest.call(this, 'GET', 'nope');
		}).catch((error) => (caught = error));
		expect(caught.description).toMatch(/^The store has no route for GET nope/);
	});

	it('a key whose WordPress user may not read (403)', async () => {
		const sb = await sandbox();
		sb.faults.add({ path: '/products', status: 403, body: { code: 'woocommerce_rest_cannot_view', message: 'Sorry, you cannot list resources.', data: { status: 403 } } });
		expect(await sentenceOf(sb, credentialsFor(sb))).toBe(SAY.noReadPermission);
	});

	it('not a WordPress site', async () => {
		const sb = await sandbox();
		sb.settings.wordpress = false;
		expect(await sentenceOf(sb, credentialsFor(sb))).toBe(
			'There is no WordPress REST API at this address. Check the Store URL: it must be the address of the WordPress site, with its sub-folder if WordPress is installed in one (e.g. https://example.com/shop).',
		);
	});

	it('a firewall / CAPTCHA page instead of JSON', async () => {
		const sb = await sandbox();
		sb.faults.add({ status: 403, html: 'firewall' });
		expect(await sentenceOf(sb, credentialsFor(sb))).toBe(
			"A firewall, CAPTCHA or bot protection is blocking n8n. Allow n8n's IP address (or the /wp-json/ path) in the firewall, CDN or security plugin.",
		);
	});

	it('a firewall that only blocks the API calls (406 Mod_Security page)', async () => {
		const sb = await sandbox();
		sb.faults.add({
			path: '/products',
			status: 406,
			html: '<html><head><title>Not Acceptable!</title></head><body>An appropriate representation of the requested resource could not be found on this server. This error was generated by Mod_Security.</body></html>',
		});
		expect(await sentenceOf(sb, credentialsFor(sb))).toMatch(/^A firewall, CAPTCHA or bot protection is blocking n8n/);
	});

	it('maintenance page', async () => {
		const sb = await sandbox();
		sb.settings.maintenanceHtml = true;
		expect(await sentenceOf(sb, credentialsFor(sb))).toBe('The store seems to be in maintenance mode. Try again when the store is back online.');
	});

	it('PHP warnings printed before the JSON', async () => {
		const sb = await sandbox();
		sb.faults.add({
			path: '/products',
			status: 200,
			headers: { 'Content-Type': 'application/json; charset=UTF-8' },
			rawBody: '<br />\n<b>Warning</b>:  Undefined array key "x" in <b>/var/www/html/wp-content/plugins/foo/foo.php</b> on line <b>12</b><br />\n[{"id":1}]',
		});
		expect(await sentenceOf(sb, credentialsFor(sb))).toBe(
			'The store printed PHP messages ("Warning") before or instead of the JSON, so no client can read it. Turn off the display of PHP errors on the store (WP_DEBUG_DISPLAY false in wp-config.php), and fix the plugin or theme that causes them.',
		);
	});

	it('an empty answer with a server error', async () => {
		const sb = await sandbox();
		sb.faults.add({ path: '/products', status: 500, rawBody: '' });
		expect(await sentenceOf(sb, credentialsFor(sb))).toBe(SAY.serverError);
	});

	it('the store redirects http:// to https://: the Store URL to use', async () => {
		const sb = await sandbox();
		const https = sb.url.replace('http:', 'https:');
		sb.faults.add({ path: '/products', status: 301, headers: { Location: `${https}/wp-json/wc/v3/products` }, rawBody: '' });
		const { error, description } = await failure(sb, credentialsFor(sb));
		expect(error.message).toBe(`The store redirects to ${https}`);
		expect(description).toContain(`Set the credential's Store URL to ${https}`);
	});
});

