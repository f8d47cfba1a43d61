import * as fs from 'fs';
import * as https from 'https';
import * as path from 'path';
import { startSandbox } from '../sandbox';

const ca = fs.readFileSync(path.join(__dirname, '..', 'sandbox', 'certs', 'cert.pem'));

// One store behind two fronts, its reset and switches (HTTP and programmatic), as the capture replay drives them.
describe('sandbox: fronts, reset, switches', () => {
	let sb: any;
	beforeAll(async () => {
		sb = await startSandbox({ fronts: { https: 0, http: 0 } });
	});
	afterAll(() => sb.close());
	const basic = () => 'Basic ' + Buffer.from(`${sb.keys.readWrite.key}:${sb.keys.readWrite.secret}`).toString('base64');
	const control = (action: string, body?: object) =>
		fetch(`${sb.httpUrl}/__sandbox/${action}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body || {}) });

	it('serves the same data at an https and a plain-http origin, each its own home URL', async () => {
		expect(sb.httpsUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
		expect(sb.httpUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		await sb.internalWrite('POST', 'products', { name: 'Shared' });
		const res = await fetch(`${sb.httpUrl}/wp-json/`);
		expect(((await res.json()) as { home: string }).home).toBe(sb.httpUrl);
		expect(sb.internalGet('products').map((p: any) => p.name)).toEqual(['Shared']);
	});

	it('resets data and switches over HTTP', async () => {
		await sb.internalWrite('POST', 'products', { name: 'Gone after reset' });
		expect((await control('settings', { plainPermalinks: true })).status).toBe(200);
		expect(sb.settings.plainPermalinks).toBe(true);
		expect((await control('reset')).status).toBe(200);
		expect(sb.internalGet('products')).toEqual([]);
		expect(sb.settings.plainPermalinks).toBe(false);
		expect((await control('settings', { nope: 1 })).status).toBe(400);
	});

	it('legacy API switch: off answers like core WooCommerce without the plugin', async () => {
		sb.set({ legacyApi: false });
		const off = await fetch(`${sb.httpUrl}/wc-api/v3`);
		expect([off.status, await off.text()]).toEqual([400, '-1']);
		sb.set({ legacyApi: true });
		expect((await fetch(`${sb.httpUrl}/wc-api/v3`)).status).toBe(200);
	});

	const overHttps = (method: string, route: string, body?: object, auth = true) =>
		new Promise<{ status: number; allow: string | undefined; body: any }>((resolve, reject) => {
			const headers: Record<string, string> = { 'Content-Type': 'application/json' };
			if (auth) headers.Authorization = basic();
			const req = https.request(`${sb.httpsUrl}/wp-json/wc/v3/${route}`, { method, headers, ca }, (res) => {
				let text = '';
				res.on('data', (c) => (text += c));
				res.on('end', () => resolve({ status: res.statusCode || 0, allow: res.headers.allow as string | undefined, body: JSON.parse(text) }));
			});
			req.on('error', reject);
			req.end(body ? JSON.stringify(body) : undefined);
		});

	it('sends no Allow header on 401 answers, nor for a customer that does not exist', async () => {
		expect((await overHttps('GET', 'customers/1')).allow).toBe('GET, POST, PUT, PATCH, DELETE');
		const anon = await overHttps('GET', 'customers/1', undefined, false);
		expect([anon.status, anon.allow]).toEqual([401, undefined]);
		const missing = await overHttps('GET', 'customers/999');
		expect([missing.status, missing.allow]).toEqual([404, undefined]);
	});

	it('webhooksSync delivers inside the request that fired the topic', async () => {
		await sb.reset();
		sb.options.allowedWebhookPorts = 'any';
		await sb.internalWrite('POST', 'webhooks', { topic: 'customer.created', delivery_url: 'http://127.0.0.1:9/none' });
		sb.set({ webhooksSync: true });
		expect((await overHttps('POST', 'customers', { email: 'sync@example.com' })).status).toBe(201);
		expect(sb.webhooks.queue).toEqual([]);
		expect(sb.webhooks.sent.filter((s: any) => s.kind === 'delivery')).toHaveLength(1);
	});
});
