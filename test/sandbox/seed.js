'use strict';
// Demo data for `npm run sandbox` / `seed: 'demo'`, shaped like a small live store: categories, tags, a global
// attribute, ~30 products incl. two variable ones, five customers with order history over the last weeks, paid
// orders (card payments with a payment date and transaction ID; completed ones with a completion date), bank
// transfers waiting on hold, and coupons in use. Goes through the REST handlers so objects are complete; only the
// dates (which the API does not let a client set) and what a checkout would have recorded are written directly.

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
		const paid = (status) => ['processing', 'completed', 'refunded'].includes(status);
		// Cards pay at checkout; bank transfers wait on hold (and are cancelled when the money never comes).
		const card = { payment_method: 'stripe', payment_method_title: 'Credit Card (Stripe)' };
		const transfer = { payment_method: 'bacs', payment_method_title: 'Direct bank transfer' };
		const couponOf = { 3: 'summer10', 6: 'welcome5', 10: 'summer10' };
		const orders = [];
		for (let i = 0; i < statuses.length; i++) {
			const c = customers[i % customers.length];
			const p1 = products[i % products.length];
			const items = [{ product_id: p1.id, quantity: 1 + (i % 3) }];
			if (i % 4 === 0) items.push({ product_id: hoodie.id, variation_id: varL.id, quantity: 1 });
			const body = {
				customer_id: c.id, ...(['on-hold', 'cancelled'].includes(statuses[i]) ? transfer : card), billing: c.billing, shipping: c.shipping,
				line_items: items, shipping_lines: [{ method_id: 'flat_rate', method_title: 'Flat rate', total: '5.00' }],
				coupon_lines: couponOf[i] ? [{ code: couponOf[i] }] : undefined,
			};
			// set_paid is how a paid checkout arrives: processing, with a payment date; then it moves on.
			const order = paid(statuses[i])
				? (await call('POST', 'orders', { ...body, set_paid: true, transaction_id: `ch_demo${String(i + 1).padStart(4, '0')}` })).body
				: (await call('POST', 'orders', { ...body, status: statuses[i] })).body;
			if (paid(statuses[i]) && statuses[i] !== 'processing') await call('PUT', `orders/${order.id}`, { status: statuses[i] });
			orders.push(order.id);
		}
		await call('POST', 'coupons', { code: 'SUMMER10', discount_type: 'percent', amount: '10', individual_use: true, minimum_amount: '20.00' });
		await call('POST', 'coupons', { code: 'FREESHIP', discount_type: 'fixed_cart', amount: '0', free_shipping: true });
		await call('POST', 'coupons', { code: 'WELCOME5', discount_type: 'fixed_cart', amount: '5' });
		const zone = (await call('POST', 'shipping/zones', { name: 'Continental US', order: 1 })).body;
		await call('PUT', `shipping/zones/${zone.id}/locations`, [{ code: 'US', type: 'country' }]);
		await call('POST', `shipping/zones/${zone.id}/methods`, { method_id: 'flat_rate', settings: { cost: '5.00', title: 'Flat rate' } });
		await call('POST', 'taxes', { country: 'US', state: 'CA', rate: '8.625', name: 'CA Tax', priority: 1, shipping: true });
		// A second variable product, on the global Color attribute and a local Size.
		const classic = (await call('POST', 'products', {
			name: 'Classic Tee', type: 'variable', sku: 'DEMO-CLASSIC', categories: [{ id: tshirts }], tags: [{ id: summer }],
			attributes: [{ id: color, options: ['Red', 'Blue'], visible: true, variation: true }, { name: 'Size', options: ['S', 'M'], visible: true, variation: true }],
			default_attributes: [{ id: color, option: 'Blue' }, { id: 0, name: 'Size', option: 'M' }],
		})).body;
		for (const [colour, size, stock] of [['Red', 'S', 4], ['Red', 'M', 0], ['Blue', 'S', 9], ['Blue', 'M', 12]]) {
			await call('POST', `products/${classic.id}/variations`, {
				regular_price: '24.00', sku: `DEMO-CLASSIC-${colour[0]}${size}`, manage_stock: true, stock_quantity: stock,
				attributes: [{ id: color, option: colour }, { name: 'Size', option: size }],
			});
		}
		backdate(sb.store, orders);
		sb.webhooks.queue.length = 0;
	};
	q.push(run());
	return q[0];
}

const DAY = 86400000;
const MINUTE = 60000;

/**
 * What weeks of trading leave behind and the REST API cannot write: catalogue and customers older than their orders,
 * orders spread over the last six weeks (paid minutes after checkout, completed two days later), coupon discounts and
 * usage counts, and paying customers.
 */
function backdate(store, orderIds) {
	const now = store.now().getTime();
	const ago = (days) => new Date(now - days * DAY);
	const records = (map) => [...map.values()].sort((a, b) => a.id - b.id);
	records(store.products).forEach((p, i) => {
		p.date_created = ago(200 - i);
		p.date_modified = ago(100 - i);
	});
	records(store.customers).filter((c) => c.role === 'customer').forEach((c, i) => {
		c.date_created = c.date_modified = ago(90 - i * 7);
	});
	records(store.coupons).forEach((c) => {
		c.date_created = c.date_modified = ago(60);
	});
	const coupons = new Map(records(store.coupons).map((c) => [c.code, c]));
	orderIds.forEach((id, i) => {
		const o = store.orders.get(id);
		const created = ago(42 - i * 3.5 + (i % 3) * 0.1);
		o.date_created = created;
		if (o.date_paid) o.date_paid = new Date(created.getTime() + 4 * MINUTE);
		if (o.date_completed) o.date_completed = new Date(created.getTime() + 2 * DAY);
		o.date_modified = o.date_completed || o.date_paid || created;
		for (const note of store.comments.values()) if (note.order_id === id) note.date_created = o.date_modified;
		for (const line of o.coupon_lines) {
			const coupon = coupons.get(line.code);
			const items = o.line_items.reduce((sum, li) => sum + Number(li.subtotal), 0);
			const discount = coupon.discount_type === 'percent' ? (items * Number(coupon.amount)) / 100 : Math.min(items, Number(coupon.amount));
			line.discount = discount.toFixed(2);
			o.discount_total = (Number(o.discount_total) + discount).toFixed(2);
			o.total = (Number(o.total) - discount).toFixed(2);
			if (o.date_paid) coupon.usage_count += 1;
		}
		const customer = store.customers.get(o.customer_id);
		if (o.date_paid && customer) customer.is_paying_customer = true;
	});
}

module.exports = { seedDemo };
