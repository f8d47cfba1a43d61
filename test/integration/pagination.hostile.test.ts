/**
 * Return All against a store whose paging headers lie, are stripped or unreadable (a proxy on the path, a broken
 * plugin): the walk is bounded by the records it actually receives, over real HTTP.
 */
import type { IDataObject } from 'n8n-workflow';

import { wooApiRequestAllItems } from '../../nodes/WooCommerce/transport';
import { runInNodeContext } from '../helpers/n8n';
import { seedProducts } from '../helpers/sandboxSeed';

const { startSandbox } = require('../sandbox');

/* eslint-disable @typescript-eslint/no-explicit-any */
let sb: any;
let ids: number[];

const creds = () => ({
	url: sb.url,
	consumerKey: sb.keys.readWrite.key,
	consumerSecret: sb.keys.readWrite.secret,
	authentication: 'oauth1',
	signatureMethod: 'HMAC-SHA256',
	apiVersion: 'wc/v3',
	ignoreSslIssues: false,
});
const listRequests = () => sb.requests.filter((r: any) => r.method === 'GET' && r.path === '/wp-json/wc/v3/products');

async function returnAll(concurrency = 4): Promise<IDataObject[]> {
	return (await runInNodeContext(creds(), async function () {
		return await wooApiRequestAllItems.call(this, 'products', {}, { returnAll: true, concurrency });
	})) as IDataObject[];
}

beforeAll(async () => {
	sb = await startSandbox({ seed: 'empty' });
	ids = await seedProducts(sb, 450);
});
afterAll(async () => await sb.close());
beforeEach(() => {
	sb.requests.length = 0;
	sb.faults.clear();
});

it.each([1, 4, 10])(
	'X-WP-TotalPages: 1000000000 on 450 records: every record once, and no request past the first short page beyond the pool (concurrency %i)',
	async (concurrency) => {
		sb.faults.add({ method: 'GET', path: '/products', headers: { 'X-WP-TotalPages': '1000000000' } });
		const items = await returnAll(concurrency);
		expect(items.map((p) => p.id)).toEqual(ids);
		// Five overlapping pages (offsets 0, 99 … 396) hold the records; X-WP-Total (450) bounds the plan.
		expect(listRequests()).toHaveLength(5);
	},
);

it.each([1, 4, 10])('X-WP-Total and X-WP-TotalPages both lying (10^9): at most concurrency - 1 requests past the end (concurrency %i)', async (concurrency) => {
	sb.faults.add({ method: 'GET', path: '/products', headers: { 'X-WP-Total': '1000000000', 'X-WP-TotalPages': '10000000' } });
	const items = await returnAll(concurrency);
	expect(items.map((p) => p.id)).toEqual(ids);
	expect(listRequests().length).toBeLessThanOrEqual(5 + concurrency - 1);
});

it.each([
	['stripped', null],
	['abc', 'abc'],
	['-3', '-3'],
	['Infinity', 'Infinity'],
])('paging headers %s: Return All reads on until a short page instead of stopping after page 1', async (_label, value) => {
	sb.faults.add({ method: 'GET', path: '/products', headers: { 'X-WP-Total': value, 'X-WP-TotalPages': value } });
	const items = await returnAll();
	expect(items.map((p) => p.id)).toEqual(ids);
	expect(listRequests().map((request: any) => Number(request.query.offset))).toEqual([0, 99, 198, 297, 396]);
});

it('500 records take 6 overlapping pages (offsets 0, 99 … 495), the last one short: never an empty page', async () => {
	const more = await seedProducts(sb, 50);
	sb.requests.length = 0;
	const items = await returnAll();
	expect(items.map((p) => p.id)).toEqual([...ids, ...more]);
	const pages = listRequests();
	expect(pages.map((request: any) => Number(request.query.offset))).toEqual([0, 99, 198, 297, 396, 495]);
});

describe('Return All and Limit in another order than ID (records sharing a creation second)', () => {
	const walk = async (orderby: string, order: string, returnAll: boolean, limit?: number) =>
		(await runInNodeContext(creds(), async function () {
			return await wooApiRequestAllItems.call(this, 'products', { orderby, order }, { returnAll, limit, concurrency: 4 });
		})) as IDataObject[];
	const expected = (order: 'asc' | 'desc') =>
		[...sb.store.products.values()]
			.filter((p: any) => p.type !== 'variation' && p.status !== 'trash')
			.map((p: any) => ({ id: p.id, date: String(p.date_created) }))
			.sort((a, b) => (order === 'desc' ? -1 : 1) * (a.date === b.date ? a.id - b.id : a.date < b.date ? -1 : 1))
			.map((p) => p.id);

	it('Return All sorted by date (descending) has every product once, in date order with ties by ID', async () => {
		const items = await walk('date', 'desc', true);
		expect(new Set(items.map((p) => p.id)).size).toBe(items.length);
		expect(items.map((p) => p.id)).toEqual(expected('desc'));
	});

	it('Limit 150 sorted by date (ascending) is the true first 150', async () => {
		const items = await walk('date', 'asc', false, 150);
		expect(items.map((p) => p.id)).toEqual(expected('asc').slice(0, 150));
	});
});
