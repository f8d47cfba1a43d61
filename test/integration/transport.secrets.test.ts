/**
 * Nothing the store echoes leaves the transport with a secret in it: per-item batch errors and records
 * that quote the request URL (query-string auth puts consumer_secret in it), over real HTTPS.
 */
import type { IDataObject } from 'n8n-workflow';

import { wooApiBatch, wooApiRequest } from '../../nodes/WooCommerce/transport';
import { runInNodeContext } from '../helpers/n8n';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSandbox } = require('../sandbox');

/* eslint-disable @typescript-eslint/no-explicit-any */
type Sandbox = any;

let sb: Sandbox;
beforeAll(async () => {
	sb = await startSandbox({ seed: 'empty', tls: true });
});
afterAll(async () => await sb.close());
beforeEach(() => sb.faults.clear());

function creds() {
	return {
		url: sb.url,
		consumerKey: sb.keys.readWrite.key,
		consumerSecret: sb.keys.readWrite.secret,
		authentication: 'queryString',
		signatureMethod: 'HMAC-SHA256',
		apiVersion: 'wc/v3',
		ignoreSslIssues: true,
	};
}

/** The URL as the store received it, the way a misbehaving plugin quotes it back. */
function echoedUrl(path: string): string {
	return `${sb.url}/wp-json/wc/v3/${path}?consumer_key=${sb.keys.readWrite.key}&consumer_secret=${sb.keys.readWrite.secret}`;
}

function expectNoSecret(value: unknown) {
	const text = JSON.stringify(value);
	expect(text).not.toContain(sb.keys.readWrite.secret);
	expect(text).not.toContain('cs_other_unknown_secret');
}

it('a per-item batch error that quotes the request URL reaches the item without the consumer secret', async () => {
	sb.faults.add({
		method: 'POST',
		path: '/products/batch',
		times: 1,
		body: {
			create: [
				{ id: 0, error: { code: 'plugin_error', message: `Could not save, request was ${echoedUrl('products/batch')}`, data: { status: 400 } } },
				{ id: 0, error: { code: 'plugin_error', message: 'Retry at /wp-json/wc/v3/products/batch?consumer_secret=cs_other_unknown_secret', data: { status: 400 } } },
			],
		},
	});
	const results = await runInNodeContext(creds(), async function () {
		return await wooApiBatch.call(this, 'products', { create: [{ name: 'A' }, { name: 'B' }] });
	});
	expect(results.create.map((r) => r.ok)).toEqual([false, false]);
	const first = results.create[0].json.error as IDataObject;
	expect(first.message).toContain('consumer_key=ck_sandbox_key');
	expect(first.message).toContain('[redacted]');
	expectNoSecret(results);
});

it('a record that quotes the request URL is returned without the consumer secret, in body and headers', async () => {
	sb.faults.add({
		method: 'GET',
		path: '/products/7',
		times: 1,
		headers: { 'X-Debug-Url': echoedUrl('products/7') },
		body: { id: 7, name: 'Echo', debug: echoedUrl('products/7'), note: 'keep consumer_key=ck_sandbox_key' },
	});
	const full = await runInNodeContext(creds(), async function () {
		return await wooApiRequest.call(this, 'GET', 'products/7', { returnFullResponse: true });
	});
	expect(full.body).toMatchObject({ id: 7, name: 'Echo', note: 'keep consumer_key=ck_sandbox_key' });
	expectNoSecret(full);
});

it('the transport itself refuses an endpoint that leaves the API root, before sending', async () => {
	const before = sb.requests.length;
	await expect(
		runInNodeContext(creds(), async function () {
			return await wooApiRequest.call(this, 'GET', 'products/%2e%2e/%2e%2e/%2e%2e/wp/v2/users');
		}),
	).rejects.toThrow('The path "products/%2e%2e/%2e%2e/%2e%2e/wp/v2/users" must stay under the API root: it leaves the API root (".." above it)');
	expect(sb.requests.slice(before)).toEqual([]);
});
