/**
 * Return All over the legacy REST API (wc-api/v3, page numbers and X-WC-Total): a list that ends exactly on a full
 * page (1,000 products, 100 a page) is read in 11 requests and returns every product once. It returned nothing
 * before: the empty page 11 never joined the walk, which read pages 10 and 11 again and again.
 */
import type { IDataObject } from 'n8n-workflow';

import { wooApiRequestAllItems } from '../../nodes/WooCommerce/transport';
import { runInNodeContext } from '../helpers/n8n';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSandbox } = require('../sandbox');

/* eslint-disable @typescript-eslint/no-explicit-any */
let sb: any;

beforeAll(async () => {
	sb = await startSandbox({ seed: 'empty', tls: true });
	for (let i = 0; i < 1000; i++) await sb.internalWrite('POST', 'products', { name: `P${i}`, sku: `S${i}`, regular_price: '1.00' });
});
afterAll(async () => await sb.close());

it.each([1, 4])('1,000 legacy products (a full last page) come back once each, at concurrency %i', async (concurrency) => {
	sb.requests.length = 0;
	const creds = { url: sb.url, consumerKey: sb.keys.readWrite.key, consumerSecret: sb.keys.readWrite.secret, authentication: 'auto', apiVersion: 'wc-api/v3', ignoreSslIssues: true };
	const items = (await runInNodeContext(creds, async function () {
		return await wooApiRequestAllItems.call(this, 'products', {}, { returnAll: true, concurrency });
	})) as IDataObject[];
	expect(items).toHaveLength(1000);
	expect(new Set(items.map((p) => p.id)).size).toBe(1000);
	const pages = sb.requests.filter((r: any) => r.path === '/wc-api/v3/products').map((r: any) => Number(r.query.page));
	expect(Math.max(...pages)).toBe(11);
	expect(pages.length).toBeLessThanOrEqual(11 + concurrency - 1);
});
