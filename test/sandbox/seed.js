'use strict';
// Demo data for `npm run sandbox` / `seed: 'demo'`: categories, tags, an attribute, ~30 products incl. a variable one,
// customers, orders in various statuses and coupons. Goes through the REST handlers so objects are complete.

function seedDemo(sb) {
	const call = (method, route, body) => {
		const m = sb.router.match(route, method);
		if (!m || !m.def) throw new Error(`seed: no route ${method} ${route}`);
		const ctx = { sb, method, query: {}, queryMap: new Map(), body, home: sb.url, user: sb.keyRecords[0] };
		return m.def.handler(ctx, m.params);
	};
	const q = [];
	const run = async () => {
		const cat = async (name, parent = 0) => (await call('POST', 'products/categories', { name, parent })).body.id;
		const clothing = await cat('Clothing');
		const tshirts = await cat('T-Shirts', clothing);
		const hoodies = await cat('Hoodies', clothing);
		const accessories = await cat('Accessories');
		const decor = await cat('Decor');
		const summer = (await call('POST', 'products/tags', { name: 'summer' })).body.id;
		const sale = (await call('POST', 'products/tags', { name: 'sale' })).body.id;
		const color = (await call('POST', 'products/attributes', { name: 'Color', slug: 'color' })).body.id;
		for (const c of ['Red', 'Blue', 'Green']) await call('POST', `products/attributes/${color}/terms`, { name: c });
		const products = [];
		const names = ['Basic Tee', 'Striped Tee', 'Pocket Tee', 'V-Neck Tee', 'Long Sleeve Tee', 'Zip Hoodie', 'Pullover Hoodie', 'Canvas Tote', 'Coffee Mug',
			'Travel Mug', 'Water Bottle', 'Baseball Cap', 'Beanie', 'Wool Scarf', 'Sunglasses', 'Keychain', 'Sticker Pack', 'Poster', 'Wall Clock', 'Desk Lamp',
			'Notebook', 'Pen Set', 'Phone Case', 'Laptop Sleeve', 'Backpack', 'Socks'];
		for (let i = 0; i < names.length; i++) {
			const n = names[i];
			const category = /Tee/.test(n) ? tshirts : /Hoodie/.test(n) ? hoodies : /Poster|Clock|Lamp/.test(n) ? decor : accessories;
			const price = (9 + ((i * 7) % 40) + 0.99).toFixed(2);
			const body = {
				name: n, type: 'simple', regular_price: price, sku: `DEMO-${String(i + 1).padStart(3, '0')}`, categories: [{ id: category }],
				tags: i % 3 === 0 ? [{ id: summer }] : i % 5 === 0 ? [{ id: sale }] : [], description: `${n} from the demo catalogue.`, short_description: n,
				manage_stock: i % 2 === 0, stock_quantity: i % 2 === 0 ? 5 + i : undefined, status: i === 17 ? 'draft' : 'publish', featured: i % 8 === 0,
			};
			if (i % 4 === 1) body.sale_price = (Number(price) - 2).toFixed(2);
			if (/Tee/.test(n)) body.attributes = [{ id: color, options: ['Red', 'Blue'], visible: true, variation: false }];
			products.push((await call('POST', 'products', body)).body);
		}
		const hoodie = (await call('POST', 'products', {
			name: 'Logo Hoodie', type: 'variable', sku: 'DEMO-HOODIE', categories: [{ id: hoodies }],
			attributes: [{ name: 'Size', options: ['S', 'M', 'L'], visible: true, variation: true }], default_attributes: [{ id: 0, name: 'Size', option: 'S' }],
		})).body;
		await call('POST', `products/${hoodie.id}/variations`, { regular_price: '45.00', sku: 'DEMO-HOODIE-S', attributes: [{ name: 'Size', option: 'S' }], manage_stock: true, stock_quantity: 5 });
		await call('POST', `products/${hoodie.id}/variations`, { regular_price: '47.00', sale_price: '40.00', sku: 'DEMO-HOODIE-M', attributes: [{ name: 'Size', option: 'M' }] });
		const varL = (await call('POST', `products/${hoodie.id}/variations`, { regular_price: '49.00', sku: 'DEMO-HOODIE-L', attributes: [{ name: 'Size', option: 'L' }] })).body;
		const people = [['alice', 'Alice', 'Smith'], ['bob', 'Bob', 'Jones'], ['carol', 'Carol', 'White'], ['dave', 'Dave', 'Brown'], ['erin', 'Erin', 'Green']];
		const customers = [];
		for (const [u, f, l] of people) {
			const addr = { first_name: f, last_name: l, company: '', address_1: '1 Market St', address_2: '', city: 'San Francisco', state: 'CA', postcode: '94105', country: 'US' };
			customers.push((await call('POST', 'customers', { email: `${u}@example.com`, username: u, first_name: f, last_name: l, billing: { ...addr, email: `${u}@example.com`, phone: '555-0100' }, shipping: addr })).body);
		}
		const statuses = ['pending', 'processing', 'on-hold', 'completed', 'completed', 'cancelled', 'processing', 'failed', 'refunded', 'pending', 'completed', 'processing'];
		for (let i = 0; i < statuses.length; i++) {
			const c = customers[i % customers.length];
			const p1 = products[i % products.length];
			const items = [{ product_id: p1.id, quantity: 1 + (i % 3) }];
			if (i % 4 === 0) items.push({ product_id: hoodie.id, variation_id: varL.id, quantity: 1 });
			await call('POST', 'orders', {
				customer_id: c.id, status: statuses[i], payment_method: 'bacs', payment_method_title: 'Direct bank transfer', billing: c.billing, shipping: c.shipping,
				line_items: items, shipping_lines: [{ method_id: 'flat_rate', method_title: 'Flat rate', total: '5.00' }],
			});
		}
		await call('POST', 'coupons', { code: 'SUMMER10', discount_type: 'percent', amount: '10', individual_use: true, minimum_amount: '20.00' });
		await call('POST', 'coupons', { code: 'FREESHIP', discount_type: 'fixed_cart', amount: '0', free_shipping: true });
		await call('POST', 'coupons', { code: 'WELCOME5', discount_type: 'fixed_cart', amount: '5' });
		const zone = (await call('POST', 'shipping/zones', { name: 'Continental US', order: 1 })).body;
		await call('PUT', `shipping/zones/${zone.id}/locations`, [{ code: 'US', type: 'country' }]);
		await call('POST', `shipping/zones/${zone.id}/methods`, { method_id: 'flat_rate', settings: { cost: '5.00', title: 'Flat rate' } });
		await call('POST', 'taxes', { country: 'US', state: 'CA', rate: '8.625', name: 'CA Tax', priority: 1, shipping: true });
		sb.webhooks.queue.length = 0;
	};
	q.push(run());
	return q[0];
}

module.exports = { seedDemo };
