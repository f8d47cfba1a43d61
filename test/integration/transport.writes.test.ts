/**
 * A write is never applied twice: over real HTTP, the store applies a PUT and a proxy answers 502 (the answer is
 * lost); the transport does not send it again and says the outcome is unknown. A write the store cannot have run
 * (503 with Retry-After, 429) is sent again.
 */
import type { IDataObject } from 'n8n-workflow';

import { wooApiRequest } from '../../nodes/WooCommerce/transport';
import { runInNodeContext } from '../helpers/n8n';

const { startSandbox } = require('../sandbox');

/* eslint-disable @typescript-eslint/no-explicit-any */
let sb: any;
let productId: number;

const creds = () => ({
	url: sb.url,
	consumerKey: sb.keys.readWrite.key,
	consumerSecret: sb.keys.readWrite.secret,
	authentication: 'oauth1',
	signatureMethod: 'HMAC-SHA256',
	apiVersion: 'wc/v3',
	ignoreSslIssues: false,
});

async function call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', endpoint: string, body?: IDataObject): Promise<IDataObject> {
	return (await runInNodeContext(creds(), async function () {
		return await wooApiRequest.call(this, method, endpoint, { body });
	})) as IDataObject;
}

const sent = (method: string, path: RegExp) => sb.requests.filter((r: any) => r.method === method && path.test(r.path));

beforeAll(async () => {
	sb = await startSandbox({ seed: 'empty' });
	productId = Number((await call('POST', 'products', { name: 'Mug', regular_price: '5.00' })).id);
});
afterAll(async () => await sb.close());
beforeEach(() => {
	sb.faults.clear();
	sb.requests.length = 0;
});

it('an order update answered 502 after the store applied it is sent once, and the error says the outcome is unknown', async () => {
	const order = await call('POST', 'orders', { line_items: [{ product_id: productId, quantity: 1 }] });
	sb.faults.add({ method: 'PUT', path: new RegExp(`^/orders/${String(order.id)}$`), after: true, status: 502, times: 1 });
	const error = await call('PUT', `orders/${String(order.id)}`, { line_items: [{ product_id: productId, quantity: 2 }] }).then(
		() => undefined,
		(e: any) => e,
	);
	expect(error).toBeDefined();
	expect(error.message).toMatch(/outcome of PUT orders\/\d+ is unknown/);
	expect(error.description).toContain(`The store may have applied this PUT orders/${String(order.id)}; check orders/${String(order.id)}`);
	expect(error.description).not.toMatch(/try again/i);
	expect(sent('PUT', /\/orders\/\d+$/)).toHaveLength(1);
	const now = await call('GET', `orders/${String(order.id)}`);
	expect(now.line_items as IDataObject[]).toHaveLength(2);
});

it('a product create whose 201 is cut off is not sent again: found by its SKU, it is reported as created', async () => {
	sb.faults.add({ method: 'POST', path: '/products', truncate: true, times: 1 });
	const created = await call('POST', 'products', { name: 'Cut off', sku: 'CUT-1' });
	expect(created).toMatchObject({ sku: 'CUT-1', name: 'Cut off' });
	expect(sent('POST', /\/products$/)).toHaveLength(1);
	expect([...sb.store.products.values()].filter((p: any) => p.sku === 'CUT-1')).toHaveLength(1);
});

it('a customer create answered 502 after the store created it is reported as created, found by its email', async () => {
	sb.faults.add({ method: 'POST', path: '/customers', after: true, status: 502, times: 1 });
	const created = await call('POST', 'customers', { email: 'lost.answer@example.com' });
	expect(created).toMatchObject({ email: 'lost.answer@example.com' });
	expect(sent('POST', /\/customers$/)).toHaveLength(1);
});

it('an order create (no unique key) whose answer was lost is not sent again and is reported as possibly applied', async () => {
	sb.faults.add({ method: 'POST', path: '/orders', after: true, status: 504, times: 1 });
	const before = sb.store.orders.size;
	const error = await call('POST', 'orders', { status: 'pending' }).then(
		() => undefined,
		(e: any) => e,
	);
	expect(error.description).toContain('The store may have applied this POST orders');
	expect(error.description).not.toMatch(/try again/i);
	expect(sent('POST', /\/orders$/)).toHaveLength(1);
	expect(sb.store.orders.size).toBe(before + 1);
});

it.each([
	['503 with Retry-After (maintenance mode)', { status: 503, headers: { 'Retry-After': '0' } }],
	['429 (rate limited)', { status: 429, headers: { 'Retry-After': '0' } }],
])('a write the store cannot have run, %s, is sent again and applied once', async (_label, fault) => {
	const order = await call('POST', 'orders', { line_items: [{ product_id: productId, quantity: 1 }] });
	sb.requests.length = 0;
	sb.faults.add({ method: 'PUT', path: new RegExp(`^/orders/${String(order.id)}$`), times: 1, body: { code: 'busy', message: 'Busy' }, ...fault });
	const updated = await call('PUT', `orders/${String(order.id)}`, { line_items: [{ product_id: productId, quantity: 3 }] });
	expect(updated.line_items as IDataObject[]).toHaveLength(2);
	expect(sent('PUT', /\/orders\/\d+$/)).toHaveLength(2);
});

it.each([
	['answered 502 after the store deleted it', { after: true, status: 502 }],
	['whose connection dropped after the store deleted it', { after: true, reset: true }],
])('a DELETE %s is sent again; the 404/410 that follows means it went through', async (_label, fault) => {
	const product = await call('POST', 'products', { name: 'To delete' });
	sb.requests.length = 0;
	sb.faults.add({ method: 'DELETE', path: new RegExp(`^/products/${String(product.id)}$`), times: 1, ...fault });
	const deleted = await call('DELETE', `products/${String(product.id)}?force=true`);
	expect(deleted).toEqual({ id: product.id });
	expect(sent('DELETE', /\/products\/\d+$/)).toHaveLength(2);
	expect(sb.store.products.has(product.id)).toBe(false);
});

it('a DELETE of a record that does not exist still fails with WooCommerce\'s 404 (nothing was lost before it)', async () => {
	const error = await call('DELETE', 'products/999999?force=true').then(
		() => undefined,
		(e: any) => e,
	);
	expect(error.httpCode).toBe('404');
	expect(sent('DELETE', /\/products\/\d+$/)).toHaveLength(1);
});

it('a write answered 200 with an HTML page (a theme page at a wrong address) is a wrong address, not an unknown outcome', async () => {
	sb.faults.add({ method: 'POST', path: '/products', status: 200, html: '<html><head><title>Shop – My Store</title></head><body>Welcome</body></html>', times: 1 });
	const error = await call('POST', 'products', { name: 'Nowhere' }).then(
		() => undefined,
		(e: any) => e,
	);
	expect(error).toBeDefined();
	expect(error.message).not.toMatch(/unknown/i);
	expect(error.description).not.toMatch(/may have applied/);
});

it('a lost product create is not claimed by an older product with the same SKU', async () => {
	const old = await call('POST', 'products', { name: 'Old', sku: 'OLD-SKU' });
	sb.store.products.get(old.id).date_created = new Date(Date.now() - 3600_000);
	sb.faults.add({ method: 'POST', path: '/products', status: 504, times: 1 });
	const error = await call('POST', 'products', { name: 'New', sku: 'OLD-SKU' }).then(
		() => undefined,
		(e: any) => e,
	);
	expect(error?.description).toContain('The store may have applied this POST products');
});
