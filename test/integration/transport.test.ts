/**
 * The transport against the sandbox store over real HTTP, through n8n-core's real request helpers:
 * pagination (Return All, Limit, stable order, records added mid-walk, fresh signatures) and batch writes.
 */
import type { IDataObject } from 'n8n-workflow';

import { wooApiBatch, wooApiRequest, wooApiRequestAllItems } from '../../nodes/WooCommerce/transport';
import { runInNodeContext } from '../helpers/n8n';
import { callSandbox, seedProducts } from '../helpers/sandboxSeed';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSandbox } = require('../sandbox');

/* eslint-disable @typescript-eslint/no-explicit-any */
type Sandbox = any;

function credsFor(sb: Sandbox, authentication: string, key = sb.keys.readWrite) {
	return {
		url: sb.url,
		consumerKey: key.key,
		consumerSecret: key.secret,
		authentication,
		signatureMethod: 'HMAC-SHA256',
		apiVersion: 'wc/v3',
		ignoreSslIssues: true,
	};
}

const listRequests = (sb: Sandbox, path = '/wp-json/wc/v3/products') =>
	sb.requests.filter((r: any) => r.method === 'GET' && r.path === path);

/** Counts requests in flight on the sandbox server (for the concurrency assertions). */
function trackInFlight(sb: Sandbox) {
	const state = { inFlight: 0, peak: 0 };
	sb.server.on('request', (_req: any, res: any) => {
		state.inFlight++;
		state.peak = Math.max(state.peak, state.inFlight);
		res.on('close', () => state.inFlight--);
	});
	return state;
}

describe('pagination over HTTP (OAuth 1.0a on http://)', () => {
	let sb: Sandbox;
	let ids: number[];
	let creds: ReturnType<typeof credsFor>;

	beforeAll(async () => {
		sb = await startSandbox({ seed: 'empty' });
		ids = await seedProducts(sb, 1050);
		creds = credsFor(sb, 'oauth1');
	});
	afterAll(async () => await sb.close());
	beforeEach(() => {
		sb.requests.length = 0;
		sb.faults.clear();
		sb.settings.latencyMs = 0;
	});

	it('Return All reads overlapping pages once (offsets 0, 99, 198…), concurrently, and returns each record once in id order', async () => {
		sb.settings.latencyMs = 15;
		const flight = trackInFlight(sb);
		const items = await runInNodeContext(creds, async function () {
			return await wooApiRequestAllItems.call(this, 'products', { status: 'publish' }, { returnAll: true, concurrency: 4 });
		});
		expect(items).toHaveLength(1050);
		expect(items.map((p) => p.id)).toEqual(ids);
		const requests = listRequests(sb);
		// 1,050 records, 99 new ones a page: 11 pages, the last (990..1049) short, none read twice.
		expect(requests.map((r: any) => Number(r.query.offset)).sort((a: number, b: number) => a - b)).toEqual([0, 99, 198, 297, 396, 495, 594, 693, 792, 891, 990]);
		for (const r of requests) {
			expect(r.query).toMatchObject({ per_page: '100', orderby: 'id', order: 'asc', status: 'publish' });
			expect(r.headers['user-agent']).toMatch(/^n8n-nodes-woocommerce\/\d+\.\d+\.\d+/);
		}
		expect(flight.peak).toBeGreaterThan(1);
		expect(flight.peak).toBeLessThanOrEqual(4);
	});

	it('every page is a request built and signed by us: fresh nonce, one signature, no echoed parameters', async () => {
		await runInNodeContext(creds, async function () {
			return await wooApiRequestAllItems.call(this, 'products', {}, { returnAll: true });
		});
		const requests = listRequests(sb);
		expect(requests).toHaveLength(11);
		const nonces = new Set<string>();
		for (const r of requests) {
			const names = [...new URL(r.url, sb.url).searchParams.keys()];
			expect(names.filter((n) => n === 'oauth_signature')).toHaveLength(1);
			expect(names.filter((n) => n === 'oauth_nonce')).toHaveLength(1);
			expect(names).not.toContain('consumer_secret');
			expect(new Set(names)).toEqual(
				new Set(['order', 'orderby', 'offset', 'per_page', 'oauth_consumer_key', 'oauth_nonce', 'oauth_signature', 'oauth_signature_method', 'oauth_timestamp']),
			);
			nonces.add(r.query.oauth_nonce);
		}
		expect(nonces.size).toBe(11);
	});

	it('Limit uses the fewest requests', async () => {
		const first150 = await runInNodeContext(creds, async function () {
			return await wooApiRequestAllItems.call(this, 'products', {}, { returnAll: false, limit: 150 });
		});
		expect(first150.map((p) => p.id)).toEqual(ids.slice(0, 150));
		expect(listRequests(sb).map((r: any) => [r.query.per_page, r.query.offset])).toEqual([['100', '0'], ['100', '99']]);
		expect(listRequests(sb)).toHaveLength(2);

		sb.requests.length = 0;
		const first30 = await runInNodeContext(creds, async function () {
			return await wooApiRequestAllItems.call(this, 'products', {}, { returnAll: false, limit: 30 });
		});
		expect(first30.map((p) => p.id)).toEqual(ids.slice(0, 30));
		expect(listRequests(sb).map((r: any) => [r.query.per_page, r.query.offset])).toEqual([['30', '0']]);
	});

	it('keeps the order the user chose', async () => {
		const items = await runInNodeContext(creds, async function () {
			return await wooApiRequestAllItems.call(this, 'products', { orderby: 'id', order: 'desc' }, { returnAll: false, limit: 5 });
		});
		expect(items.map((p) => p.id)).toEqual(ids.slice(-5).reverse());
		expect(listRequests(sb)[0].query).toMatchObject({ orderby: 'id', order: 'desc', per_page: '5' });
	});

	it('returns lists without pagination headers as they are (shipping zones)', async () => {
		const zones = await runInNodeContext(creds, async function () {
			return await wooApiRequestAllItems.call(this, 'shipping/zones', {}, { returnAll: true });
		});
		expect(Array.isArray(zones)).toBe(true);
		expect(zones.length).toBeGreaterThanOrEqual(1);
	});
});

describe('records created during a Return All walk', () => {
	let sb: Sandbox;
	afterEach(async () => await sb.close());

	it('are not lost: the walk goes on past a full last page until a short one, each record once', async () => {
		sb = await startSandbox({ seed: 'empty' });
		const ids = await seedProducts(sb, 1000);
		sb.settings.latencyMs = 10;
		let added: Promise<number[]> | undefined;
		sb.faults.add({
			path: '/products',
			// When the second page is asked for (the first said: 1,000 records), 50 more records are created.
			onRequest: async (_sb: Sandbox, req: any) => {
				if (!added && req.query.offset === '99') await (added = seedProducts(sb, 50, 'Late'));
			},
		});
		const items = await runInNodeContext(credsFor(sb, 'oauth1'), async function () {
			return await wooApiRequestAllItems.call(this, 'products', {}, { returnAll: true, concurrency: 4 });
		});
		const late = await added!;
		expect(late).toHaveLength(50);
		expect(items.map((p) => p.id)).toEqual([...ids, ...late]);
		const offsets = listRequests(sb).map((r: any) => Number(r.query.offset));
		// 1,050 records: offsets 0..990 (the 11th page, planned from X-WP-Total 1,000, was already short).
		expect(offsets.sort((a: number, b: number) => a - b)).toEqual([0, 99, 198, 297, 396, 495, 594, 693, 792, 891, 990]);
	});

	it('are not duplicated when the default date order would repeat them (ids are unique in the result)', async () => {
		sb = await startSandbox({ seed: 'empty' });
		await seedProducts(sb, 250);
		const items = await runInNodeContext(credsFor(sb, 'oauth1'), async function () {
			return await wooApiRequestAllItems.call(this, 'products', {}, { returnAll: true, concurrency: 8 });
		});
		expect(new Set(items.map((p) => p.id)).size).toBe(250);
		expect(items).toHaveLength(250);
	});
});

describe('query-string auth over TLS: a Link echo never leaks into our requests', () => {
	let sb: Sandbox;
	beforeAll(async () => {
		sb = await startSandbox({ tls: true, seed: 'empty' });
		await seedProducts(sb, 230);
	});
	afterAll(async () => await sb.close());

	it('builds every next page itself: one consumer_key/consumer_secret pair, no echoed page or oauth values', async () => {
		const creds = credsFor(sb, 'queryString');
		const result = await runInNodeContext(creds, async function () {
			const first = await wooApiRequest.call(this, 'GET', 'products', { qs: { per_page: 100, page: 1 }, returnFullResponse: true });
			sb.requests.length = 0;
			const items = await wooApiRequestAllItems.call(this, 'products', {}, { returnAll: true });
			return { link: first.headers.link as string, count: items.length };
		});
		expect(result.link).toContain('consumer_secret='); // the store echoes it…
		expect(result.count).toBe(230);
		for (const r of listRequests(sb)) {
			const params = [...new URL(r.url, sb.url).searchParams.entries()];
			expect(params.filter(([n]) => n === 'consumer_secret')).toHaveLength(1); // …we send it once, ours
			expect(params.filter(([n]) => n === 'offset')).toHaveLength(1);
			expect(params.some(([n]) => n === 'page')).toBe(false);
			expect(params.some(([n]) => n.startsWith('oauth_'))).toBe(false);
		}
	});
});

describe('batch writes', () => {
	let sb: Sandbox;
	let existing: number[];
	let creds: ReturnType<typeof credsFor>;
	beforeAll(async () => {
		sb = await startSandbox({ seed: 'empty' });
		existing = await seedProducts(sb, 130);
		await callSandbox(sb, 'PUT', `products/${existing[0]}`, { sku: 'TAKEN-SKU' });
		creds = credsFor(sb, 'oauth1');
	});
	afterAll(async () => await sb.close());
	beforeEach(() => {
		sb.requests.length = 0;
		sb.faults.clear();
	});

	it('sends 250 mixed operations as 100 + 100 + 50 and maps every result and per-item error to its input', async () => {
		const create: IDataObject[] = Array.from({ length: 120 }, (_, i) => ({ name: `Batch new ${i}`, regular_price: '5.00' }));
		create[7] = { name: 'Duplicate SKU', sku: 'TAKEN-SKU' };
		const update: IDataObject[] = existing.slice(1, 91).map((id, i) => ({ id, name: `Renamed ${i}` }));
		update[42] = { id: 999999, name: 'Nobody' };
		const del: number[] = existing.slice(91, 130);
		del.splice(5, 0, 888888);
		expect(create.length + update.length + del.length).toBe(250);

		const results = await runInNodeContext(creds, async function () {
			return await wooApiBatch.call(this, 'products', { create, update, delete: del });
		});

		const posts = sb.requests.filter((r: any) => r.method === 'POST' && r.path === '/wp-json/wc/v3/products/batch');
		expect(posts).toHaveLength(3);
		const sizes = posts.map((p: any) => (p.body.create?.length ?? 0) + (p.body.update?.length ?? 0) + (p.body.delete?.length ?? 0));
		expect(sizes).toEqual([100, 100, 50]);

		expect(results.create).toHaveLength(120);
		expect(results.update).toHaveLength(90);
		expect(results.delete).toHaveLength(40);
		expect(results.create.filter((r) => !r.ok)).toHaveLength(1);
		expect(results.create[7].ok).toBe(false);
		expect((results.create[7].json.error as IDataObject).code).toBe('product_invalid_sku');
		expect(results.create[8]).toMatchObject({ ok: true, json: { name: 'Batch new 8' } });
		expect(results.create[119]).toMatchObject({ ok: true, json: { name: 'Batch new 119' } });
		expect(results.update[42]).toMatchObject({ ok: false, json: { id: 999999, error: { status: 400 } } });
		expect(results.update[43]).toMatchObject({ ok: true, json: { id: existing[44], name: 'Renamed 43' } });
		expect(results.delete[5]).toMatchObject({ ok: false, json: { id: 888888, error: { status: 404 } } });
		expect(results.delete[6]).toMatchObject({ ok: true, json: { id: existing[96] } });
		expect(results.delete.filter((r) => r.ok)).toHaveLength(39);
	});

	it('a 413 on a chunk is an error naming that chunk; later chunks are not sent', async () => {
		let batches = 0;
		const listener = (req: any) => {
			if (req.method === 'POST' && req.url.includes('/products/batch') && ++batches === 2) {
				sb.faults.add({
					method: 'POST',
					path: '/products/batch',
					times: 1,
					status: 413,
					body: { code: 'woocommerce_rest_request_entity_too_large', message: 'Unable to accept more than 100 items for this request.', data: { status: 413 } },
				});
			}
		};
		sb.server.on('request', listener);
		const create = Array.from({ length: 250 }, (_, i) => ({ name: `Chunked ${i}`, regular_price: '1.00' }));
		const error = await runInNodeContext(creds, async function () {
			return await wooApiBatch.call(this, 'products', { create }, { itemIndex: 2, concurrency: 1 });
		}).catch((e) => e);
		sb.server.off('request', listener);
		expect(error.constructor.name).toBe('NodeApiError');
		expect(error.message).toBe('Batch request 2 of 3 (operations 101–200 of 250) failed: Unable to accept more than 100 items for this request.');
		expect(error.description).toMatch(/at most 100/);
		expect(error.description).toMatch(/Requests 1 to 1 \(100 operations\) were applied/);
		expect(error.httpCode).toBe('413');
		expect(error.context.itemIndex).toBe(2);
		expect(sb.requests.filter((r: any) => r.method === 'POST')).toHaveLength(2);
	});

	it('with partial: a failed chunk keeps the results before it, fails its own operations and those not sent after it', async () => {
		let batches = 0;
		const listener = (req: any) => {
			if (req.method === 'POST' && req.url.includes('/products/batch') && ++batches === 2) {
				sb.faults.add({
					method: 'POST',
					path: '/products/batch',
					times: 1,
					status: 413,
					body: { code: 'woocommerce_rest_request_entity_too_large', message: 'Unable to accept more than 100 items for this request.', data: { status: 413 } },
				});
			}
		};
		sb.server.on('request', listener);
		const create = Array.from({ length: 250 }, (_, i) => ({ name: `Partial ${i}`, regular_price: '1.00' }));
		const results = await runInNodeContext(creds, async function () {
			return await wooApiBatch.call(this, 'products', { create }, { partial: true, concurrency: 1 });
		}).finally(() => sb.server.off('request', listener));
		expect(sb.requests.filter((r: any) => r.method === 'POST')).toHaveLength(2);
		expect(results.create).toHaveLength(250);
		expect(results.create.slice(0, 100).every((r) => r.ok)).toBe(true);
		expect(results.create[99]).toMatchObject({ ok: true, json: { name: 'Partial 99' } });
		const message = 'Batch request 2 of 3 (operations 101–200 of 250) failed: Unable to accept more than 100 items for this request.';
		for (const r of results.create.slice(100, 200)) {
			expect(r).toEqual({ ok: false, json: { error: { code: 'woocommerce_rest_request_entity_too_large', message, status: 413 } } });
		}
		for (const r of results.create.slice(200)) {
			expect(r).toEqual({
				ok: false,
				json: {
					error: {
						code: 'batch_not_sent',
						message: 'Not sent because batch request 2 of 3 failed: Unable to accept more than 100 items for this request.',
						status: null,
					},
				},
			});
		}
		const failure = results.failure!;
		expect(failure).toMatchObject({ request: 2, requests: 3, first: 101, last: 200, total: 250, applied: 100, notSent: 50 });
		expect(failure.appliedIds).toEqual(results.create.slice(0, 100).map((r) => r.json.id));
		expect(failure.error.constructor.name).toBe('NodeApiError');
		expect(failure.error.message).toBe(message);
		expect(failure.error.description).toMatch(/Requests 1 to 1 \(100 operations\) were applied; this one was refused and the following \(50 operations\) were not sent\./);
		expect(failure.error.description).not.toMatch(/may have applied/);
		expect(failure.error.httpCode).toBe('413');
	});

	it('with partial and no failure, returns the results without a failure', async () => {
		const results = await runInNodeContext(creds, async function () {
			return await wooApiBatch.call(this, 'products', { create: [{ name: 'Fine' }] }, { partial: true });
		});
		expect(results.failure).toBeUndefined();
		expect(results.create[0]).toMatchObject({ ok: true, json: { name: 'Fine' } });
	});
});

describe('records leaving the list during a Return All walk', () => {
	let sb: Sandbox;
	afterEach(async () => await sb.close());

	it('ends (no endless re-reads) and still returns every remaining record once, in order', async () => {
		// The record that left was read before it left: a walk may return it (it existed), never twice.
		sb = await startSandbox({ seed: 'empty' });
		const ids = await seedProducts(sb, 250);
		sb.settings.latencyMs = 10;
		const removed = ids[5];
		sb.faults.add({
			path: '/products',
			// When the second page is asked for, a record of the first leaves the list: the rest moves back by one.
			onRequest: (_sb: Sandbox, req: any) => {
				if (req.query.offset === '99') sb.store.products.delete(removed);
			},
		});
		const items = await runInNodeContext(credsFor(sb, 'oauth1'), async function () {
			return await wooApiRequestAllItems.call(this, 'products', {}, { returnAll: true, concurrency: 2 });
		});
		expect(items.map((p) => p.id).filter((id) => id !== removed)).toEqual(ids.filter((id) => id !== removed));
		expect(new Set(items.map((p) => p.id)).size).toBe(items.length);
		// Offsets 0, 99, 198 (the shift shows at the 0|99 boundary), then only that boundary again: 4 requests.
		expect(listRequests(sb).length).toBeLessThanOrEqual(5);
	});
});
