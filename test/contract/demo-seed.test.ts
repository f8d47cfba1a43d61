// The demo store (`npm run sandbox`, `npm run dev`) reads like a small live store through the REST API.
import { client, Sandbox, start } from './helpers';

describe('demo store', () => {
	let sb: Sandbox;
	let orders: any[];
	beforeAll(async () => {
		sb = await start({ seed: 'demo' });
		orders = (await client(sb).get('orders?per_page=100')).body;
	});
	afterAll(async () => sb && sb.close());

	const paid = () => orders.filter((o) => ['processing', 'completed', 'refunded'].includes(o.status));

	test('paid orders carry a payment date and a transaction ID; completed ones a completion date after payment', () => {
		expect(paid().length).toBeGreaterThanOrEqual(6);
		for (const o of paid()) {
			expect({ id: o.id, paid: typeof o.date_paid, transaction: o.transaction_id }).toEqual({ id: o.id, paid: 'string', transaction: expect.stringMatching(/^ch_/) });
			expect(Date.parse(o.date_paid)).toBeGreaterThanOrEqual(Date.parse(o.date_created));
		}
		for (const o of orders.filter((x) => x.status === 'completed')) {
			expect(Date.parse(o.date_completed)).toBeGreaterThan(Date.parse(o.date_paid));
		}
		for (const o of orders.filter((x) => ['pending', 'on-hold', 'failed', 'cancelled'].includes(x.status))) {
			expect({ id: o.id, date_paid: o.date_paid }).toEqual({ id: o.id, date_paid: null });
		}
		expect(orders.filter((o) => o.status === 'on-hold').every((o) => o.payment_method === 'bacs')).toBe(true);
	});

	test('orders spread over weeks, after the customers and the catalogue they refer to', async () => {
		const created = orders.map((o) => Date.parse(o.date_created));
		expect(Math.max(...created) - Math.min(...created)).toBeGreaterThan(28 * 86400000);
		expect(Math.max(...created)).toBeLessThanOrEqual(Date.now());
		const customers = (await client(sb).get('customers')).body;
		const products = (await client(sb).get('products?per_page=100')).body;
		const oldestOrder = Math.min(...created);
		expect(customers.every((c: any) => Date.parse(c.date_created) < oldestOrder)).toBe(true);
		expect(products.every((p: any) => Date.parse(p.date_created) < oldestOrder)).toBe(true);
	});

	test('customers with history: repeat buyers are paying customers, one never paid', async () => {
		const customers = (await client(sb).get('customers')).body;
		const paidBy = (id: number) => paid().filter((o) => o.customer_id === id).length;
		expect(customers.filter((c: any) => paidBy(c.id) >= 2).length).toBeGreaterThanOrEqual(2);
		for (const c of customers) expect({ id: c.id, paying: c.is_paying_customer }).toEqual({ id: c.id, paying: paidBy(c.id) > 0 });
		expect(customers.some((c: any) => !c.is_paying_customer)).toBe(true);
	});

	test('coupons in use: discounted orders and usage counts', async () => {
		const withCoupon = paid().filter((o) => o.coupon_lines.length > 0);
		expect(withCoupon.length).toBeGreaterThanOrEqual(2);
		for (const o of withCoupon) {
			expect(Number(o.discount_total)).toBeGreaterThan(0);
			expect(o.coupon_lines.reduce((sum: number, l: any) => sum + Number(l.discount), 0).toFixed(2)).toBe(o.discount_total);
			const items = o.line_items.reduce((sum: number, li: any) => sum + Number(li.total), 0);
			const shipping = Number(o.shipping_total);
			expect(o.total).toBe((items + shipping - Number(o.discount_total)).toFixed(2));
		}
		const coupons = (await client(sb).get('coupons')).body;
		for (const c of coupons) {
			expect({ code: c.code, usage_count: c.usage_count }).toEqual({
				code: c.code,
				usage_count: withCoupon.filter((o) => o.coupon_lines.some((l: any) => l.code === c.code)).length,
			});
		}
		expect(coupons.some((c: any) => c.usage_count > 0)).toBe(true);
	});

	test('two variable products with their variations and stock', async () => {
		const products = (await client(sb).get('products?per_page=100&type=variable')).body;
		expect(products.map((p: any) => p.name).sort()).toEqual(['Classic Tee', 'Logo Hoodie']);
		const classic = products.find((p: any) => p.name === 'Classic Tee');
		const variations = (await client(sb).get(`products/${classic.id}/variations`)).body;
		expect(variations.map((v: any) => v.sku).sort()).toEqual(['DEMO-CLASSIC-BM', 'DEMO-CLASSIC-BS', 'DEMO-CLASSIC-RM', 'DEMO-CLASSIC-RS']);
		expect(variations.find((v: any) => v.sku === 'DEMO-CLASSIC-RM').stock_status).toBe('outofstock');
	});
});
