/**
 * Sandbox gaps closed after review: payment gateway settings, more settings groups, report period/date validation,
 * the HTTP Date header, the firewall fault page, stripped Authorization headers.
 */
import { send } from './captures';
import { start, client, Sandbox } from './helpers';

describe('sandbox gaps: gateways, settings, reports, Date header, faults, stripped Authorization', () => {
	let sb: Sandbox;
	beforeAll(async () => {
		sb = await start();
	});
	afterAll(async () => sb && sb.close());

	test('payment gateway update applies settings, validated by field type (invalid value: 400, nothing saved)', async () => {
		const c = client(sb);
		const res = await c.put('payment_gateways/cod', { settings: { instructions: '  Pay at the door.  ', enable_for_virtual: 'no', title: 'Cash' }, enabled: true });
		expect(res.status).toBe(200);
		expect(res.body.settings.instructions.value).toBe('Pay at the door.');
		expect(res.body.settings.enable_for_virtual.value).toBe('no');
		expect(res.body.settings.title.value).toBe('Cash');
		expect(res.body.title).toBe('Cash');
		expect(res.body.enabled).toBe(true);
		const got = (await c.get('payment_gateways/cod')).body;
		expect(got.settings.instructions.value).toBe('Pay at the door.');
		const bad = await c.put('payment_gateways/cod', { settings: { instructions: 'Changed', enable_for_virtual: 'maybe' } });
		expect(bad.status).toBe(400);
		expect(bad.body).toEqual({ code: 'rest_setting_value_invalid', message: 'An invalid setting value was passed.', data: { status: 400 } });
		expect((await c.get('payment_gateways/cod')).body.settings.instructions.value).toBe('Pay at the door.');
		// Unknown keys are ignored; the title field follows the top-level title.
		const t = await c.put('payment_gateways/bacs', { title: 'Bank', settings: { no_such_field: 'x' } });
		expect(t.status).toBe(200);
		expect(t.body.title).toBe('Bank');
		expect(t.body.settings.title.value).toBe('Bank');
		expect(t.body.settings.no_such_field).toBeUndefined();
	});

	test('settings groups products, tax, shipping, advanced, email: options shaped like capture 121, updatable, validated', async () => {
		const c = client(sb);
		for (const g of ['products', 'tax', 'shipping', 'advanced', 'email']) {
			const res = await c.get(`settings/${g}`);
			expect(res.status).toBe(200);
			expect(res.body.length).toBeGreaterThanOrEqual(4);
			for (const s of res.body) {
				expect(Object.keys(s).filter((k) => !['options', 'placeholder'].includes(k))).toEqual(['id', 'label', 'description', 'type', 'default', 'tip', 'value', '_links']);
				expect(s._links.self[0].href).toBe(`${sb.url}/wp-json/wc/v3/settings/${g}/${s.id}`);
			}
		}
		const w = await c.put('settings/products/woocommerce_weight_unit', { value: 'lbs' });
		expect(w.status).toBe(200);
		expect(w.body).toMatchObject({ id: 'woocommerce_weight_unit', type: 'select', default: 'kg', value: 'lbs', group_id: 'products', options: { kg: 'kg', g: 'g', lbs: 'lbs', oz: 'oz' } });
		expect((await c.get('settings/products/woocommerce_weight_unit')).body.value).toBe('lbs');
		expect((await c.put('settings/products/woocommerce_weight_unit', { value: 'stone' })).body).toEqual({ code: 'rest_setting_value_invalid', message: 'An invalid setting value was passed.', data: { status: 400 } });
		expect((await c.put('settings/products/woocommerce_manage_stock', { value: 'maybe' })).status).toBe(400);
		expect((await c.put('settings/products/woocommerce_manage_stock', { value: 'no' })).body.value).toBe('no');
		expect((await c.put('settings/tax/woocommerce_prices_include_tax', { value: 'yes' })).body.value).toBe('yes');
		const batch = await c.post('settings/shipping/batch', { update: [{ id: 'woocommerce_ship_to_destination', value: 'shipping' }, { id: 'woocommerce_ship_to_destination', value: 'moon' }] });
		expect(batch.body.update[0].value).toBe('shipping');
		expect(batch.body.update[1].error.code).toBe('rest_setting_value_invalid');
		expect((await c.put('settings/email/woocommerce_email_from_name', { value: ' Shop ' })).body.value).toBe('Shop');
		expect((await c.get('settings/advanced/woocommerce_checkout_page_id')).body.value).toBe('8');
		expect((await c.get('settings/tax/nope')).status).toBe(404);
	});

	test('reports sales/top_sellers validate period and date_min/date_max like the real store', async () => {
		const c = client(sb);
		const bad = await c.get('reports/sales?period=decade');
		expect(bad.status).toBe(400);
		expect(bad.body).toEqual({
			code: 'rest_invalid_param',
			message: 'Invalid parameter(s): period',
			data: { status: 400, params: { period: 'period is not one of week, month, last_month, and year.' }, details: { period: { code: 'rest_not_in_enum', message: 'period is not one of week, month, last_month, and year.', data: null } } },
		});
		const dates = await c.get('reports/top_sellers?date_min=2026/01/01&date_max=2026-01-31T00:00:00');
		expect(dates.status).toBe(400);
		expect(dates.body.message).toBe('Invalid parameter(s): date_min, date_max');
		expect(dates.body.data.params).toEqual({ date_min: 'The date you provided is invalid.', date_max: 'The date you provided is invalid.' });
		expect(dates.body.data.details.date_min).toEqual({ code: 'woocommerce_rest_invalid_date', message: 'The date you provided is invalid.', data: null });
		// Validation happens before the permission check.
		expect((await send('GET', `${sb.url}/wp-json/wc/v3/reports/sales?period=decade`)).status).toBe(400);

		const range = (await c.get('reports/sales?date_min=2026-01-30&date_max=2026-02-02')).body[0];
		expect(range.totals_grouped_by).toBe('day');
		expect(Object.keys(range.totals)).toEqual(['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02']);
		expect(range.totals['2026-01-30']).toEqual({ sales: '0.00', orders: 0, items: 0, tax: '0.00', shipping: '0.00', discount: '0.00', customers: 0 });
		const long = (await c.get('reports/sales?date_min=2025-01-15&date_max=2025-06-01')).body[0];
		expect(long.totals_grouped_by).toBe('month');
		expect(Object.keys(long.totals)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
		const now = sb.store.now();
		const year = (await c.get('reports/sales?period=year')).body[0];
		expect(year.totals_grouped_by).toBe('month');
		expect(Object.keys(year.totals)).toHaveLength(now.getUTCMonth() + 1);
		const week = (await c.get('reports/sales?period=week')).body[0];
		expect(Object.keys(week.totals)).toHaveLength(7);
		const lastMonth = (await c.get('reports/sales?period=last_month')).body[0];
		const lm = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0));
		expect(Object.keys(lastMonth.totals)).toHaveLength(lm.getUTCDate());
		expect((await c.get('reports/top_sellers?period=month')).body).toEqual([]);
	});

	test('the HTTP Date header follows settings.clockSkewSeconds (frontDate: a proxy stamps its own)', async () => {
		const c = client(sb);
		sb.settings.clockSkewSeconds = 7200;
		try {
			const skewed = Date.parse(String((await c.get('products')).headers.date));
			expect(Math.abs(skewed - Date.now() - 7200 * 1000)).toBeLessThan(60 * 1000);
			sb.settings.frontDate = true;
			const front = Date.parse(String((await c.get('products')).headers.date));
			expect(Math.abs(front - Date.now())).toBeLessThan(60 * 1000);
		} finally {
			sb.settings.clockSkewSeconds = 0;
			sb.settings.frontDate = false;
		}
		sb.faults.add({ path: '/coupons', headers: { Date: 'Mon, 01 Jan 2001 00:00:00 GMT' }, body: [], times: 1 });
		expect((await c.get('coupons')).headers.date).toBe('Mon, 01 Jan 2001 00:00:00 GMT');
	});

	test("faults html: 'firewall' sends the firewall page (with or without a status); maintenanceHtml accepts the same names", async () => {
		const c = client(sb);
		sb.faults.add({ path: '/customers', html: 'firewall', times: 1 });
		const page = await c.get('customers');
		expect(page.status).toBe(200);
		expect(String(page.headers['content-type'])).toMatch(/^text\/html/);
		expect(page.text).toContain('<title>Attention Required! | Cloudflare</title>');
		expect(page.text).not.toBe('firewall');
		sb.faults.add({ path: '/customers', status: 503, html: 'maintenance', times: 1 });
		expect((await c.get('customers')).text).toContain('Briefly unavailable for scheduled maintenance.');
		sb.faults.add({ path: '/customers', status: 403, html: '<p>custom</p>', times: 1 });
		expect((await c.get('customers')).text).toBe('<p>custom</p>');
		sb.settings.maintenanceHtml = 'firewall';
		try {
			const m = await c.get('products');
			expect(m.status).toBe(503);
			expect(m.text).toContain('Attention Required! | Cloudflare');
		} finally {
			sb.settings.maintenanceHtml = false;
		}
	});

	test('stripAuthorization: WooCommerce never reports "Consumer key is missing." (not in WC_REST_Authentication): generic 401', async () => {
		const c = client(sb);
		sb.settings.stripAuthorization = true;
		try {
			const res = await c.get('products');
			expect(res.status).toBe(401);
			expect(res.body).toEqual({ code: 'woocommerce_rest_cannot_view', message: 'Sorry, you cannot list resources.', data: { status: 401 } });
			const { key, secret } = sb.keys.readWrite;
			expect((await send('GET', `${sb.url}/wp-json/wc/v3/products?consumer_key=${key}&consumer_secret=${secret}`)).status).toBe(200);
		} finally {
			sb.settings.stripAuthorization = false;
		}
	});
});
