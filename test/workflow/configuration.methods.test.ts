/**
 * loadOptions and listSearch of the store group, called with a real execution context over real HTTP.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { configurationListSearch, configurationLoadOptions } from '../../nodes/WooCommerce/methods/configuration';
import { byId, callMethod, runNode, useStore } from './store.helpers';

const sb = useStore('demo');

describe('loadOptions (store)', () => {
	it('getTaxClasses lists slugs', async () => {
		const { result, requests } = await callMethod(sb, configurationLoadOptions.getTaxClasses);
		expect(requests).toEqual([{ method: 'GET', path: 'taxes/classes', query: {}, body: undefined }]);
		expect(result).toEqual([
			{ name: 'Standard rate', value: 'standard' },
			{ name: 'Reduced rate', value: 'reduced-rate' },
			{ name: 'Zero rate', value: 'zero-rate' },
		]);
	});

	it('getShippingMethods, getPaymentGateways, getSystemTools and getCurrencies list IDs by name', async () => {
		const methods = await callMethod(sb, configurationLoadOptions.getShippingMethods);
		expect(methods.requests.map((r) => r.path)).toEqual(['shipping_methods']);
		expect(methods.result.map((o) => o.value)).toEqual(['flat_rate', 'free_shipping', 'local_pickup']);
		expect(methods.result[0].description).not.toMatch(/<p>/);

		const gateways = await callMethod(sb, configurationLoadOptions.getPaymentGateways);
		expect(gateways.requests.map((r) => r.path)).toEqual(['payment_gateways']);
		expect(gateways.result.map((o) => o.value).sort()).toEqual(['bacs', 'cheque', 'cod']);
		expect(gateways.result.find((o) => o.value === 'bacs')?.name).toBe('Direct bank transfer (disabled)');

		const tools = await callMethod(sb, configurationLoadOptions.getSystemTools);
		expect(tools.requests.map((r) => r.path)).toEqual(['system_status/tools']);
		expect(tools.result.find((o) => o.value === 'clear_transients')).toMatchObject({ name: 'WooCommerce transients: Clear transients' });
		expect(tools.result.every((o) => !/<[a-z]/.test(String(o.description)))).toBe(true);

		const currencies = await callMethod(sb, configurationLoadOptions.getCurrencies);
		expect(currencies.result).toEqual(expect.arrayContaining([{ name: 'Euro (EUR)', value: 'EUR' }]));
	});

	it('getSettingGroups decodes labels; getGroupSettings lists the settings of the chosen group', async () => {
		const groups = await callMethod(sb, configurationLoadOptions.getSettingGroups);
		expect(groups.requests.map((r) => r.path)).toEqual(['settings']);
		expect(groups.result.find((o) => o.value === 'account')?.name).toBe('Accounts & Privacy');

		const settings = await callMethod(sb, configurationLoadOptions.getGroupSettings, { group: 'general' });
		expect(settings.requests.map((r) => r.path)).toEqual(['settings/general']);
		expect(settings.result).toEqual(expect.arrayContaining([{ name: 'Currency position', value: 'woocommerce_currency_pos', description: 'woocommerce_currency_pos' }]));

		const none = await callMethod(sb, configurationLoadOptions.getGroupSettings, { group: '={{ $json.group }}' });
		expect(none.result).toEqual([]);
		expect(none.requests).toHaveLength(0);
	});

	it('getCountries asks only for code and name; getStates follows the country next to the field', async () => {
		const countries = await callMethod(sb, configurationLoadOptions.getCountries);
		expect(countries.requests).toEqual([{ method: 'GET', path: 'data/countries', query: { _fields: 'code,name' }, body: undefined }]);
		expect(countries.result).toEqual(expect.arrayContaining([{ name: 'United States (US)', value: 'US' }]));

		const states = await callMethod(sb, configurationLoadOptions.getStates, { additionalFields: { country: 'us' } }, [], 'parameters.additionalFields.state');
		expect(states.requests.map((r) => r.path)).toEqual(['data/countries/US']);
		expect(states.result).toEqual([
			{ name: 'California', value: 'CA' },
			{ name: 'New York', value: 'NY' },
		]);

		// An address collection (e.g. a customer's billing address, as the sales resources reuse it).
		const billing = await callMethod(
			sb,
			configurationLoadOptions.getStates,
			{ additionalFields: { billing: { country: 'US' }, shipping: { country: 'PT' } } },
			[],
			'parameters.additionalFields.billing.state',
		);
		expect(billing.requests.map((r) => r.path)).toEqual(['data/countries/US']);

		const topLevel = await callMethod(sb, configurationLoadOptions.getStates, { country: 'US' }, [], 'parameters.state');
		expect(topLevel.result).toHaveLength(2);

		const noCountry = await callMethod(sb, configurationLoadOptions.getStates, { additionalFields: {} }, [], 'parameters.additionalFields.state');
		expect(noCountry.result).toEqual([]);
		expect(noCountry.requests).toHaveLength(0);
	});
});

describe('listSearch (store)', () => {
	it('searchWebhooks asks the store to search', async () => {
		await runNode(sb, { resource: 'webhook', operation: 'create', topic: 'order.created', delivery_url: 'http://127.0.0.1:5678/webhook/a', additionalFields: { name: 'Orders hook' } });
		const { result, requests } = await callMethod(sb, configurationListSearch.searchWebhooks, {}, ['Orders']);
		expect(requests).toEqual([{ method: 'GET', path: 'webhooks', query: { per_page: '50', page: '1', search: 'Orders' }, body: undefined }]);
		expect(result.results).toEqual([{ name: 'Orders hook (order.created, active)', value: expect.any(String) }]);
	});

	it('searchTaxRates and searchShippingZones filter by name on the node side', async () => {
		const rates = await callMethod(sb, configurationListSearch.searchTaxRates, {}, ['ca tax']);
		expect(rates.requests[0]).toMatchObject({ path: 'taxes', query: { per_page: '50', page: '1', orderby: 'id', order: 'asc' } });
		expect(rates.result.results).toEqual([{ name: 'CA Tax 8.6250% (US:CA, standard)', value: '1' }]);

		const zones = await callMethod(sb, configurationListSearch.searchShippingZones, {}, ['continental']);
		expect(zones.requests.map((r) => r.path)).toEqual(['shipping/zones']);
		expect(zones.result.results).toEqual([{ name: 'Continental US', value: '1' }]);
	});

	it('searchZoneMethods lists the methods of the chosen zone', async () => {
		const { result, requests } = await callMethod(sb, configurationListSearch.searchZoneMethods, { zoneId: byId(1) });
		expect(requests.map((r) => r.path)).toEqual(['shipping/zones/1/methods']);
		expect(result.results).toEqual([{ name: 'Flat rate (flat_rate)', value: '1' }]);
		const none = await callMethod(sb, configurationListSearch.searchZoneMethods, { zoneId: byId('') });
		expect(none.result.results).toEqual([]);
	});
});
