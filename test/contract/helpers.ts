import { send, Res } from './captures';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSandbox } = require('../sandbox');

export type Sandbox = any;

export async function start(options: Record<string, unknown> = {}): Promise<Sandbox> {
	return startSandbox({ tls: true, ...options });
}

/** A Basic-auth JSON client against the sandbox (HTTPS). */
export function client(sb: Sandbox, which: 'readWrite' | 'readOnly' = 'readWrite') {
	const { key, secret } = sb.keys[which];
	const auth = 'Basic ' + Buffer.from(`${key}:${secret}`).toString('base64');
	const call = (method: string, route: string, body?: unknown): Promise<Res> =>
		send(method, `${sb.url}/wp-json/wc/v3/${route}`, { Authorization: auth, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) }, body !== undefined ? JSON.stringify(body) : undefined);
	return {
		get: (r: string) => call('GET', r),
		post: (r: string, b: unknown) => call('POST', r, b),
		put: (r: string, b: unknown) => call('PUT', r, b),
		del: (r: string) => call('DELETE', r),
		auth,
	};
}

/** The catalogue the captures were made with: categories, tags, attribute, 7 products incl. a variable one. */
export async function seedCatalogue(sb: Sandbox) {
	const c = client(sb);
	const clothing = (await c.post('products/categories', { name: 'Clothing', description: 'All clothing' })).body.id;
	const tshirts = (await c.post('products/categories', { name: 'T-Shirts', parent: clothing })).body.id;
	const accessories = (await c.post('products/categories', { name: 'Accessories' })).body.id;
	const summer = (await c.post('products/tags', { name: 'summer' })).body.id;
	const color = (await c.post('products/attributes', { name: 'Color', slug: 'color', type: 'select', order_by: 'menu_order', has_archives: false })).body.id;
	await c.post(`products/attributes/${color}/terms`, { name: 'Red' });
	await c.post(`products/attributes/${color}/terms`, { name: 'Blue' });
	const tee = (await c.post('products', { name: 'Basic Tee', type: 'simple', regular_price: '19.99', sku: 'WOO-TEE-1', categories: [{ id: tshirts }], tags: [{ id: summer }], manage_stock: true, stock_quantity: 25, attributes: [{ id: color, options: ['Red', 'Blue'], visible: true }] })).body;
	const tote = (await c.post('products', { name: 'Canvas Tote', regular_price: '12.00', sku: 'WOO-TOTE-1', categories: [{ id: accessories }] })).body;
	const mug = (await c.post('products', { name: 'Coffee Mug', regular_price: '9.50', sku: 'WOO-MUG-1', categories: [{ id: accessories }] })).body;
	const poster = (await c.post('products', { name: 'Draft Poster', regular_price: '5.00', sku: 'WOO-POSTER-1', status: 'draft' })).body;
	const trash = (await c.post('products', { name: 'Trash Me', regular_price: '1.00' })).body;
	const gone = (await c.post('products', { name: 'Delete Me', regular_price: '1.00' })).body;
	const hoodie = (await c.post('products', { name: 'Logo Hoodie', type: 'variable', sku: 'WOO-HOODIE', categories: [{ id: clothing }], attributes: [{ name: 'Size', options: ['S', 'M'], visible: true, variation: true }, { id: color, options: ['Red'], visible: true }], default_attributes: [{ id: 0, name: 'Size', option: 'S' }] })).body;
	const v1 = (await c.post(`products/${hoodie.id}/variations`, { regular_price: '45.00', sku: 'WOO-HOODIE-S', attributes: [{ name: 'Size', option: 'S' }], manage_stock: true, stock_quantity: 5 })).body;
	const v2 = (await c.post(`products/${hoodie.id}/variations`, { regular_price: '47.00', sale_price: '40.00', sku: 'WOO-HOODIE-M', attributes: [{ name: 'Size', option: 'M' }] })).body;
	return { clothing, tshirts, accessories, summer, color, tee, tote, mug, poster, trash, gone, hoodie, v1, v2 };
}

export const ORDER_BODY = {
	payment_method: 'bacs', payment_method_title: 'Direct bank transfer', set_paid: false,
	billing: { first_name: 'Jane', last_name: 'Doe', company: '', address_1: '1 Market St', address_2: 'Suite 5', city: 'San Francisco', state: 'CA', postcode: '94105', country: 'US', email: 'jane.doe@example.com', phone: '+1 415 555 0100' },
};
