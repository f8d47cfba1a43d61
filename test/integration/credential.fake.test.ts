/**
 * The credential test must not call a server a store because it answers 200 JSON: a catch-all answering `{}` or
 * `[]` to every request (any key) is not WooCommerce. A tiny fake server over real HTTP, run with n8n-core's
 * own CredentialTestContext.
 */
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';

import { runCredentialTest } from '../helpers/credentialTestContext';

const servers: Server[] = [];
afterEach(async () => {
	while (servers.length) {
		const server = servers.pop()!;
		await new Promise((resolve) => server.close(resolve));
	}
});

/** A server that answers every request with 200 and the same JSON body. */
async function answerEverything(body: string): Promise<string> {
	const server = createServer((req, res) => {
		req.resume();
		res.writeHead(200, { 'Content-Type': 'application/json' });
		res.end(body);
	});
	servers.push(server);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const credentials = (url: string, apiVersion = 'wc/v3') => ({
	url,
	consumerKey: 'ck_wrong_key_for_the_fake',
	consumerSecret: 'cs_wrong_secret_for_the_fake',
	authentication: 'auto',
	signatureMethod: 'HMAC-SHA256',
	apiVersion,
	ignoreSslIssues: false,
});

describe('a URL that answers 200 JSON to everything is not "Connected"', () => {
	it.each([
		['{}', 'wc/v3', /answered JSON that is not the WordPress REST API index/],
		['[]', 'wc/v3', /answered JSON that is not the WordPress REST API index/],
		['{}', 'wc-api/v3', /answered JSON that is not the legacy REST API's index/],
	])('%s (%s)', async (body, apiVersion, sentence) => {
		const result = await runCredentialTest(credentials(await answerEverything(body), apiVersion));
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(sentence);
	});

	it('an index that names wc/v3 but a read that is not a list of records is not "Connected" either', async () => {
		const url = await answerEverything('{"namespaces":["wp/v2","wc/v3"],"name":"Fake","url":"x","home":"x"}');
		const result = await runCredentialTest(credentials(url));
		expect(result).toEqual({
			status: 'Error',
			message: `${url}/wp-json/wc/v3/products answered HTTP 200 with JSON that is not a WooCommerce product list (no records with IDs), so the key could not be checked: something other than WooCommerce answers at this address. Check the Store URL and the API Version.`,
		});
	});
});

describe('page titles are scrubbed before they are cut', () => {
	it('a maintenance page whose title holds the consumer secret across the 100-character cut shows no part of it', async () => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { startSandbox } = require('../sandbox');
		const sb = await startSandbox({ tls: true });
		try {
			const secret = sb.keys.readWrite.secret as string;
			const title = `${'Down for maintenance '.repeat(4)}ref ${secret} back soon`;
			expect(title.indexOf(secret)).toBeLessThan(100);
			expect(title.indexOf(secret) + secret.length).toBeGreaterThan(100);
			sb.settings.maintenanceHtml = `<!DOCTYPE html><html><head><title>${title}</title></head><body>Maintenance</body></html>`;
			const result = await runCredentialTest({
				url: sb.url,
				consumerKey: sb.keys.readWrite.key,
				consumerSecret: secret,
				authentication: 'auto',
				signatureMethod: 'HMAC-SHA256',
				apiVersion: 'wc/v3',
				ignoreSslIssues: true,
			});
			expect(result.status).toBe('Error');
			expect(result.message).toContain('titled "Down for maintenance');
			expect(result.message).not.toContain(secret.slice(0, 5));
		} finally {
			await sb.close();
		}
	});
});
