/**
 * Return All against a store that lies in its paging headers or changes while the node reads it, over real
 * HTTP: no record that exists from the first request to the last is missing, none is returned twice, and the
 * number of requests stays bounded. The randomized walks are seeded, so every run replays the same changes.
 */
import type { IDataObject } from 'n8n-workflow';

import { wooApiRequestAllItems } from '../../nodes/WooCommerce/transport';
import { runInNodeContext } from '../helpers/n8n';
import { seedProducts } from '../helpers/sandboxSeed';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSandbox } = require('../sandbox');

/* eslint-disable @typescript-eslint/no-explicit-any */
type Sandbox = any;

const credsFor = (sb: Sandbox) => ({
	url: sb.url,
	consumerKey: sb.keys.readWrite.key,
	consumerSecret: sb.keys.readWrite.secret,
	authentication: 'oauth1',
	apiVersion: 'wc/v3',
});

const productLists = (sb: Sandbox) => sb.requests.filter((r: any) => r.method === 'GET' && r.path === '/wp-json/wc/v3/products');

async function returnAll(sb: Sandbox, qs: IDataObject = {}, concurrency = 4): Promise<IDataObject[]> {
	return await runInNodeContext(credsFor(sb), async function () {
		return await wooApiRequestAllItems.call(this, 'products', qs, { returnAll: true, concurrency });
	});
}

/** mulberry32: a small seeded generator, so the random walks are the same on every run. */
function seeded(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('paging headers that lie or are missing', () => {
	let sb: Sandbox;
	let ids: number[];
	beforeAll(async () => {
		sb = await startSandbox({ seed: 'empty' });
		ids = await seedProducts(sb, 450);
	});
	afterAll(async () => await sb.close());
	beforeEach(() => {
		sb.requests.length = 0;
		sb.faults.clear();
	});

	it.each([['1000000000'], ['1000']])('X-WP-TotalPages: %s on 450 records costs no more than an honest store', async (claimed) => {
		sb.faults.add({ path: '/products', headers: { 'X-WP-TotalPages': claimed } });
		const items = await returnAll(sb, {}, 10);
		expect(items.map((p) => p.id)).toEqual(ids);
		// 450 records, 99 new a page: offsets 0, 99, 198, 297, 396 (short). The plan follows X-WP-Total.
		expect(productLists(sb)).toHaveLength(5);
	});

	it('a lying X-WP-Total (a billion) costs at most one round of pages in flight', async () => {
		sb.faults.add({ path: '/products', headers: { 'X-WP-Total': '1000000000', 'X-WP-TotalPages': '10000000' } });
		const items = await returnAll(sb, {}, 4);
		expect(items.map((p) => p.id)).toEqual(ids);
		expect(productLists(sb).length).toBeLessThanOrEqual(5 + 3);
	});

	it.each([['abc'], ['-3'], ['Infinity'], [null]])('with X-WP-Total and X-WP-TotalPages %s, a full first page means: read on until a short page', async (value) => {
		sb.faults.add({ path: '/products', headers: { 'X-WP-Total': value, 'X-WP-TotalPages': value } });
		const items = await returnAll(sb);
		expect(items.map((p) => p.id)).toEqual(ids);
		expect(productLists(sb)).toHaveLength(5);
	});
});

describe('a store that changes during the walk', () => {
	let sb: Sandbox;
	afterEach(async () => await sb.close());

	it('a delete before the boundary and a create (X-WP-Total unchanged) lose nothing', async () => {
		sb = await startSandbox({ seed: 'empty' });
		const ids = await seedProducts(sb, 300);
		let created: number[] = [];
		sb.faults.add({
			path: '/products',
			onRequest: async (_sb: Sandbox, req: any) => {
				if (req.query.offset !== '99' || created.length) return;
				sb.store.products.delete(ids[10]);
				created = await seedProducts(sb, 1, 'Late');
			},
		});
		const items = await returnAll(sb, {}, 1);
		const got = items.map((p) => p.id as number);
		for (const id of ids) if (id !== ids[10]) expect(got).toContain(id);
		expect(new Set(got).size).toBe(got.length);
		expect(got).toContain(created[0]);
	});

	it('a delete while a boundary is being re-read loses nothing either', async () => {
		sb = await startSandbox({ seed: 'empty' });
		const ids = await seedProducts(sb, 400);
		const deleted: number[] = [];
		let listCalls = 0;
		sb.faults.add({
			path: '/products',
			onRequest: (_sb: Sandbox, req: any) => {
				if (req.method !== 'GET') return;
				listCalls++;
				// A record at the start leaves during the 2nd, 3rd and 6th reads: the re-reads shift as well.
				if (listCalls === 2 || listCalls === 3 || listCalls === 6) {
					const victim = ids[deleted.length];
					sb.store.products.delete(victim);
					deleted.push(victim);
				}
			},
		});
		const items = await returnAll(sb, {}, 1);
		const got = items.map((p) => p.id as number);
		expect(got.filter((id) => !deleted.includes(id))).toEqual(ids.filter((id) => !deleted.includes(id)));
		expect(new Set(got).size).toBe(got.length);
		expect(listCalls).toBeLessThanOrEqual(12);
	});

	describe.each([1, 4, 10])('random creates, deletes and updates between page reads, concurrency %i', (concurrency) => {
		it('every record that exists throughout is returned once, with few extra requests', async () => {
			sb = await startSandbox({ seed: 'empty' });
			const initial = await seedProducts(sb, 420);
			const random = seeded(1000 + concurrency);
			for (let walk = 0; walk < 12; walk++) {
				// Published at the start; the walk reads status=publish, so drafts that get published enter mid-list.
				const matching = () => [...sb.store.products.values()].filter((p: any) => p.type !== 'variation' && p.status === 'publish').map((p: any) => p.id as number);
				for (const id of initial) {
					const p = sb.store.products.get(id);
					if (p) p.status = random() < 0.1 ? 'draft' : 'publish';
				}
				const atStart = new Set(matching());
				const touched = new Set<number>();
				const everMatched = new Set(atStart);
				sb.faults.clear();
				sb.faults.add({
					path: '/products',
					onRequest: async (_sb: Sandbox, req: any) => {
						if (req.method !== 'GET') return;
						const changes = Math.floor(random() * 4);
						for (let c = 0; c < changes; c++) {
							const live = [...sb.store.products.keys()] as number[];
							const target = live[Math.floor(random() * live.length)];
							const roll = random();
							if (roll < 0.3) {
								sb.store.products.delete(target);
								touched.add(target);
							} else if (roll < 0.55) {
								const [id] = await seedProducts(sb, 1, 'Walk');
								touched.add(id);
								everMatched.add(id);
							} else if (roll < 0.8) {
								const p = sb.store.products.get(target);
								p.status = p.status === 'publish' ? 'draft' : 'publish';
								touched.add(target);
								if (p.status === 'publish') everMatched.add(target);
							} else {
								sb.store.products.get(target).name = `Renamed ${walk}-${c}`;
							}
						}
					},
				});
				const items = await returnAll(sb, { status: 'publish' }, concurrency);
				const got = items.map((p) => p.id as number);
				const throughout = [...atStart].filter((id) => !touched.has(id));
				for (const id of throughout) expect(got).toContain(id);
				expect(new Set(got).size).toBe(got.length);
				for (const id of got) expect(everMatched.has(id)).toBe(true);
			}
		});
	});

	it('on a quiet store the overlap costs at most 2% more requests than pages of 100', async () => {
		sb = await startSandbox({ seed: 'empty' });
		await seedProducts(sb, 5000);
		for (const concurrency of [1, 4, 10]) {
			sb.requests.length = 0;
			const items = await returnAll(sb, {}, concurrency);
			expect(items).toHaveLength(5000);
			// Pages of 100 need 50 pages and one more to see the end: 51. The overlapping walk: 51.
			expect(productLists(sb).length).toBeLessThanOrEqual(Math.ceil(51 * 1.02));
		}
	});
});

describe('Return All and Limit in a non-ID sort', () => {
	let sb: Sandbox;
	let ids: number[];
	beforeAll(async () => {
		sb = await startSandbox({ seed: 'empty' });
		ids = await seedProducts(sb, 254);
		// Every product created in the same second: date order has nothing but ties.
		const same = new Date('2024-05-01T10:00:00Z');
		for (const id of ids) sb.store.products.get(id).date_created = same;
	});
	afterAll(async () => await sb.close());

	it('Return All sorted by date (descending) over records sharing a second is complete, once each, ties by ID', async () => {
		const items = await returnAll(sb, { orderby: 'date', order: 'desc' });
		expect(items).toHaveLength(254);
		expect(items.map((p) => p.id)).toEqual([...ids].reverse());
	});

	it('Return All sorted by title follows the titles, ties by ID', async () => {
		const items = await returnAll(sb, { orderby: 'title', order: 'asc' });
		const names = items.map((p) => String(p.name).toLowerCase());
		expect(items).toHaveLength(254);
		expect([...names].sort()).toEqual(names);
	});

	it('Limit above one page in a non-ID sort is the true first N', async () => {
		const products = [...sb.store.products.values()];
		products.forEach((p: any, i: number) => (p.date_created = new Date(Date.UTC(2024, 4, 1, 10, 0, i % 3))));
		const items = await runInNodeContext(credsFor(sb), async function () {
			return await wooApiRequestAllItems.call(this, 'products', { orderby: 'date', order: 'desc', _fields: 'id,name' }, { returnAll: false, limit: 150 });
		});
		expect(items).toHaveLength(150);
		expect(new Set(items.map((p) => p.id)).size).toBe(150);
		const newest = [...ids].sort((a, b) => {
			const da = +sb.store.products.get(a).date_created;
			const db = +sb.store.products.get(b).date_created;
			return da === db ? b - a : db - da;
		});
		expect(items.map((p) => p.id)).toEqual(newest.slice(0, 150));
		// Only the fields asked for come back, though the walk needed the dates to sort.
		expect(Object.keys(items[0]).sort()).toEqual(['id', 'name']);
	});
});
