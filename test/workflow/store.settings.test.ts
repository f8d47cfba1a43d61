/**
 * Setting, System Status, Report and Data: the real node in n8n-core's engine against the sandbox store over
 * real HTTP, checking the requests sent and the output items.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { pairs, runNode, useStore } from './store.helpers';

const sb = useStore('demo');

describe('Setting', () => {
	it('gets the settings groups', async () => {
		const run = await runNode(sb, { resource: 'setting', operation: 'getGroups', options: { fields: 'id,label' } });
		expect(run.requests).toEqual([{ method: 'GET', path: 'settings', query: { _fields: 'id,label' }, body: undefined }]);
		expect(run.json).toEqual(expect.arrayContaining([{ id: 'general', label: 'General' }, { id: 'tax', label: 'Tax' }]));
		expect(run.json.every((group) => Object.keys(group).length === 2)).toBe(true);
	});

	it('gets the settings of a group, with a limit', async () => {
		const run = await runNode(sb, { resource: 'setting', operation: 'getAll', group: 'general', limit: 3, options: { fields: 'id,value' } });
		expect(run.requests).toEqual([{ method: 'GET', path: 'settings/general', query: { _fields: 'id,value' }, body: undefined }]);
		expect(run.json).toEqual([
			{ id: 'woocommerce_store_address', value: '1 Test Street' },
			{ id: 'woocommerce_store_address_2', value: '' },
			{ id: 'woocommerce_store_city', value: 'San Francisco' },
		]);
	});

	it('gets and updates one setting', async () => {
		const got = await runNode(sb, { resource: 'setting', operation: 'get', group: 'general', settingId: 'woocommerce_currency_pos' });
		expect(got.requests).toEqual([{ method: 'GET', path: 'settings/general/woocommerce_currency_pos', query: {}, body: undefined }]);
		expect(got.json[0]).toMatchObject({ id: 'woocommerce_currency_pos', type: 'select' });

		const updated = await runNode(sb, { resource: 'setting', operation: 'update', group: 'general', settingId: 'woocommerce_currency_pos', settingValue: 'left_space' });
		expect(updated.requests).toEqual([{ method: 'PUT', path: 'settings/general/woocommerce_currency_pos', query: {}, body: { value: 'left_space' } }]);
		expect(updated.json[0]).toMatchObject({ id: 'woocommerce_currency_pos', value: 'left_space', group_id: 'general' });
	});

	it('sends a JSON list for a multiselect setting when "Value Is JSON" is on', async () => {
		const run = await runNode(sb, {
			resource: 'setting',
			operation: 'update',
			group: 'general',
			settingId: 'woocommerce_specific_allowed_countries',
			settingValue: '["US", "CA"]',
			options: { valueIsJson: true },
		});
		expect(run.requests).toEqual([
			{ method: 'PUT', path: 'settings/general/woocommerce_specific_allowed_countries', query: {}, body: { value: ['US', 'CA'] } },
		]);
		expect(run.json[0].value).toEqual(['US', 'CA']);
	});

	it('refuses invalid JSON, a bad group and a bad setting ID before sending anything', async () => {
		const badJson = await runNode(sb, {
			resource: 'setting',
			operation: 'update',
			group: 'general',
			settingId: 'woocommerce_specific_allowed_countries',
			settingValue: '["US", ',
			options: { valueIsJson: true },
		});
		expect(badJson.error.message).toMatch(/"Value" in item 1 is not valid JSON/);
		const badGroup = await runNode(sb, { resource: 'setting', operation: 'getAll', group: '={{ $json.g }}', returnAll: true }, { items: [{ g: 'general' }, { g: 'gen eral' }] });
		expect(badGroup.error.message).toMatch(/"Group" in item 2 has an invalid value: "gen eral"/);
		const badId = await runNode(sb, { resource: 'setting', operation: 'get', group: 'general', settingId: '={{ "woocommerce/currency" }}' });
		expect(badId.error.message).toMatch(/"Setting" in item 1 has an invalid value/);
		expect([...badJson.requests, ...badId.requests]).toHaveLength(0);
		expect(badGroup.requests).toHaveLength(1); // item 1 only
	});

	it('batch updates settings of a group from items; an unknown setting fails on its own item', async () => {
		const run = await runNode(
			sb,
			{ resource: 'setting', operation: 'batch', group: 'general' },
			{
				items: [
					{ id: 'woocommerce_currency_pos', value: 'right' },
					{ id: 'woocommerce_nope', value: 'x' },
					{ id: 'woocommerce_specific_allowed_countries', value: ['PT', 'DE'] },
				],
			},
		);
		expect(run.error).toBeUndefined();
		expect(run.requests).toEqual([
			{
				method: 'POST',
				path: 'settings/general/batch',
				query: {},
				body: {
					update: [
						{ id: 'woocommerce_currency_pos', value: 'right' },
						{ id: 'woocommerce_nope', value: 'x' },
						{ id: 'woocommerce_specific_allowed_countries', value: ['PT', 'DE'] },
					],
				},
			},
		]);
		expect(run.json[0]).toMatchObject({ id: 'woocommerce_currency_pos', value: 'right' });
		expect(run.json[1]).toMatchObject({ success: false, id: 'woocommerce_nope', code: 'rest_setting_setting_invalid' });
		expect(run.json[2]).toMatchObject({ id: 'woocommerce_specific_allowed_countries', value: ['PT', 'DE'] });
		expect(pairs(run.items)).toEqual([0, 1, 2]);
	});

	it('batch: a bad setting ID stops the batch (or becomes an error item with continueOnFail)', async () => {
		const items = [{ id: 'woocommerce_currency_pos', value: 'left' }, { id: 'bad id', value: 'x' }];
		const stop = await runNode(sb, { resource: 'setting', operation: 'batch', group: 'general' }, { items });
		expect(stop.error.message).toMatch(/"Setting ID" in item 2 has an invalid value: "bad id"/);
		expect(stop.requests).toHaveLength(0);
		const go = await runNode(sb, { resource: 'setting', operation: 'batch', group: 'general' }, { items, continueOnFail: true });
		expect(go.requests).toHaveLength(1);
		expect(go.requests[0].body).toEqual({ update: [{ id: 'woocommerce_currency_pos', value: 'left' }] });
		expect(go.json[0]).toMatchObject({ id: 'woocommerce_currency_pos', value: 'left' });
		expect(go.json[1].error).toMatch(/item 2/);
		expect(pairs(go.items)).toEqual([0, 1]);
	});

	it('batch: a failed request becomes error items with continueOnFail, paired with their items', async () => {
		sb.faults.add({ method: 'POST', path: '/settings/general/batch', status: 502, times: 1 });
		const items = [{ id: 'woocommerce_currency_pos', value: 'right' }, { id: 'woocommerce_price_num_decimals', value: '3' }];
		const run = await runNode(sb, { resource: 'setting', operation: 'batch', group: 'general' }, { items, continueOnFail: true });
		sb.faults.clear();
		expect(run.error).toBeUndefined();
		expect(run.requests).toHaveLength(1);
		expect(run.json).toHaveLength(2);
		for (const json of run.json) {
			expect(json).toMatchObject({ success: false, httpCode: '502' });
			expect(json.error).toMatch(/^Batch request 1 of 1/);
		}
		expect(pairs(run.items)).toEqual([0, 1]);
	});
});

describe('System Status', () => {
	it('gets the report, only the asked parts', async () => {
		const run = await runNode(sb, { resource: 'systemStatus', operation: 'get', options: { fields: 'environment.version,settings.currency,security' } });
		expect(run.requests).toEqual([{ method: 'GET', path: 'system_status', query: { _fields: 'environment,settings,security' }, body: undefined }]);
		expect(run.json).toEqual([{ environment: { version: '10.0.2' }, settings: { currency: 'USD' }, security: { secure_connection: true, hide_errors: true } }]);
	});

	it('gets the whole report', async () => {
		const run = await runNode(sb, { resource: 'systemStatus', operation: 'get' });
		expect(run.requests[0].query).toEqual({});
		expect(Object.keys(run.json[0])).toEqual(expect.arrayContaining(['environment', 'database', 'active_plugins', 'theme', 'settings', 'pages']));
	});

	it('lists, gets and runs tools (PUT with confirm=true)', async () => {
		const tools = await runNode(sb, { resource: 'systemStatus', operation: 'getTools' });
		expect(tools.requests).toEqual([{ method: 'GET', path: 'system_status/tools', query: {}, body: undefined }]);
		expect(tools.json.map((t) => t.id)).toEqual(expect.arrayContaining(['clear_transients', 'recount_terms', 'delete_taxes']));

		const tool = await runNode(sb, { resource: 'systemStatus', operation: 'getTool', toolId: 'recount_terms' });
		expect(tool.requests).toEqual([{ method: 'GET', path: 'system_status/tools/recount_terms', query: {}, body: undefined }]);
		expect(tool.json[0]).toMatchObject({ id: 'recount_terms', action: 'Recount terms' });

		const ran = await runNode(sb, { resource: 'systemStatus', operation: 'runTool', toolId: 'clear_transients' });
		expect(ran.requests).toEqual([{ method: 'PUT', path: 'system_status/tools/clear_transients', query: {}, body: { confirm: true } }]);
		expect(ran.json[0]).toMatchObject({ id: 'clear_transients', success: true });
	});

	it('runs a tool per item, an unknown tool failing in place with continueOnFail', async () => {
		const run = await runNode(
			sb,
			{ resource: 'systemStatus', operation: 'runTool', toolId: '={{ $json.tool }}' },
			{ items: [{ tool: 'clear_transients' }, { tool: 'no_such_tool' }, { tool: 'drop table' }], continueOnFail: true },
		);
		expect(run.requests.map((r) => r.path)).toEqual(['system_status/tools/clear_transients', 'system_status/tools/no_such_tool']);
		expect(run.json[0]).toMatchObject({ success: true });
		expect(run.json[1]).toMatchObject({ httpCode: '404' });
		expect(run.json[2].error).toMatch(/"Tool" in item 3 has an invalid value/);
		expect(pairs(run.items)).toEqual([0, 1, 2]);
	});
});

describe('Report', () => {
	it('lists the reports', async () => {
		const run = await runNode(sb, { resource: 'report', operation: 'getAll' });
		expect(run.requests).toEqual([{ method: 'GET', path: 'reports', query: {}, body: undefined }]);
		expect(run.json.map((r) => r.slug)).toEqual(expect.arrayContaining(['sales', 'top_sellers', 'orders/totals']));
	});

	it('gets sales for a period and for a custom range, one request per item', async () => {
		const run = await runNode(
			sb,
			{ resource: 'report', operation: 'getSales', period: '={{ $json.period }}', date_min: '={{ $json.from }}', date_max: '={{ $json.to }}' },
			{ items: [{ period: 'month' }, { period: 'custom', from: '2026-11-01T00:00:00.000Z', to: '2026-11-22' }, { period: 'custom', from: '2026-01-01' }] },
		);
		expect(run.error).toBeUndefined();
		expect(run.requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', 'reports/sales', { period: 'month' }],
			['GET', 'reports/sales', { date_min: '2026-11-01', date_max: '2026-11-22' }],
			['GET', 'reports/sales', { date_min: '2026-01-01' }],
		]);
		expect(run.json).toHaveLength(3);
		expect(run.json[0]).toMatchObject({ total_sales: expect.any(String), totals_grouped_by: expect.any(String) });
		expect(pairs(run.items)).toEqual([0, 1, 2]);
	});

	it('gets top sellers (no items when nothing sold)', async () => {
		const run = await runNode(sb, { resource: 'report', operation: 'getTopSellers', period: 'last_month' });
		expect(run.requests).toEqual([{ method: 'GET', path: 'reports/top_sellers', query: { period: 'last_month' }, body: undefined }]);
		expect(run.json).toEqual([]);
	});

	it('gets totals of orders, products, customers, coupons and reviews', async () => {
		for (const totals of ['orders', 'products', 'customers', 'coupons', 'reviews']) {
			const run = await runNode(sb, { resource: 'report', operation: 'getTotals', totals });
			expect(run.requests).toEqual([{ method: 'GET', path: `reports/${totals}/totals`, query: {}, body: undefined }]);
			expect(run.json.length).toBeGreaterThan(0);
			expect(Object.keys(run.json[0]).sort()).toEqual(['name', 'slug', 'total']);
		}
		const orders = await runNode(sb, { resource: 'report', operation: 'getTotals', totals: 'orders' });
		const completed = [...sb.store.orders.values()].filter((o: any) => o.type === 'order' && o.status === 'completed').length;
		expect(orders.json.find((row) => row.slug === 'completed')).toMatchObject({ total: completed });
	});

	it('refuses a bad period or date before sending anything, naming the field and the item', async () => {
		const cases: Array<[Record<string, unknown>, RegExp]> = [
			[{ operation: 'getSales', period: '={{ "decade" }}' }, /"Period" in item 1 has an unknown value: "decade"/],
			[{ operation: 'getSales', period: 'custom', date_min: '={{ "2026-13-01" }}' }, /"Start Date" in item 1 is not a valid date: "2026-13-01"/],
			[{ operation: 'getTopSellers', period: 'custom', date_min: '2026-11-01', date_max: '={{ "yesterday" }}' }, /"End Date" in item 1 is not a valid date/],
			[{ operation: 'getSales', period: 'custom', date_min: '2026-11-20', date_max: '2026-11-01' }, /"End Date" \(2026-11-01\) is before the "Start Date" \(2026-11-20\) in item 1/],
			[{ operation: 'getSales', period: 'custom', date_min: '={{ "" }}' }, /"Start Date" is empty in item 1/],
			[{ operation: 'getTotals', totals: '={{ "taxes" }}' }, /"Totals Of" in item 1 has an unknown value: "taxes"/],
		];
		for (const [parameters, message] of cases) {
			const run = await runNode(sb, { resource: 'report', ...parameters });
			expect(run.error?.message).toMatch(message);
			expect(run.requests).toHaveLength(0);
		}
	});
});

describe('Data', () => {
	it('gets continents, countries and currencies', async () => {
		const cases: Array<[Record<string, unknown>, string, (json: any[]) => void]> = [
			[{ operation: 'getContinents' }, 'data/continents', (json) => expect(json.map((c) => c.code)).toEqual(expect.arrayContaining(['EU', 'NA']))],
			[{ operation: 'getContinent', continentCode: 'EU' }, 'data/continents/EU', (json) => expect(json[0]).toMatchObject({ code: 'EU', name: 'Europe' })],
			[{ operation: 'getCountries' }, 'data/countries', (json) => expect(json.map((c) => c.code)).toEqual(expect.arrayContaining(['US', 'PT']))],
			[{ operation: 'getCountry', countryCode: 'US' }, 'data/countries/US', (json) => expect(json[0].states).toEqual(expect.arrayContaining([{ code: 'CA', name: 'California' }]))],
			[{ operation: 'getCurrencies' }, 'data/currencies', (json) => expect(json.map((c) => c.code)).toEqual(expect.arrayContaining(['USD', 'EUR']))],
			[{ operation: 'getCurrency', currencyCode: 'EUR' }, 'data/currencies/EUR', (json) => expect(json[0]).toMatchObject({ code: 'EUR', name: 'Euro' })],
			[{ operation: 'getCurrentCurrency' }, 'data/currencies/current', (json) => expect(json[0]).toMatchObject({ code: 'USD', symbol: '&#36;' })],
		];
		for (const [parameters, path, check] of cases) {
			const run = await runNode(sb, { resource: 'data', ...parameters });
			expect(run.error).toBeUndefined();
			expect(run.requests).toEqual([{ method: 'GET', path, query: {}, body: undefined }]);
			check(run.json);
		}
	});

	it('upper-cases codes from expressions, per item, and refuses malformed ones', async () => {
		const run = await runNode(
			sb,
			{ resource: 'data', operation: 'getCountry', countryCode: '={{ $json.country }}', options: { fields: 'code,name' } },
			{ items: [{ country: 'pt' }, { country: 'USA' }, { country: 'de' }], continueOnFail: true },
		);
		expect(run.requests.map((r) => [r.path, r.query])).toEqual([
			['data/countries/PT', { _fields: 'code,name' }],
			['data/countries/DE', { _fields: 'code,name' }],
		]);
		expect(run.json[0]).toEqual({ code: 'PT', name: 'Portugal' });
		expect(run.json[1].error).toMatch(/"Country" in item 2 has an invalid value: "USA"/);
		expect(run.json[2]).toEqual({ code: 'DE', name: 'Germany' });
		expect(pairs(run.items)).toEqual([0, 1, 2]);
	});
});
