/**
 * listSearch and loadOptions of the sales resources, called with a real n8n execute context (n8n-core's request
 * helpers and our credential) against the sandbox store over real HTTP.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { IExecuteFunctions } from 'n8n-workflow';

import { salesResources } from '../../nodes/WooCommerce/actions/groups/sales';
import { listSearch, loadOptions } from '../../nodes/WooCommerce/methods';
import { salesListSearch, salesLoadOptions } from '../../nodes/WooCommerce/methods/sales';
import { runInNodeContext } from '../helpers/n8n';
import { credentialsFor, useStore } from './sales.helpers';

const sb = useStore('demo', { preloadNode: true, clearFaults: true });

/** The execute context plus what a load-options context adds (the values of the node being edited). */
function asLoadOptions(ctx: IExecuteFunctions, current: Record<string, unknown> = {}): any {
	return new Proxy(ctx, {
		get(target, property, receiver) {
			if (property === 'getCurrentNodeParameter') return (path: string) => current[path];
			return Reflect.get(target, property, receiver);
		},
	});
}

async function call<T>(fn: (ctx: any) => Promise<T>, current: Record<string, unknown> = {}): Promise<T> {
	return await runInNodeContext(credentialsFor(sb), async function () {
		return await fn(asLoadOptions(this, current));
	});
}

function apiRequests(from: number) {
	return sb.requests.slice(from).filter((r: any) => r.path.startsWith('/wp-json/wc/v3/'));
}

describe('listSearch', () => {
	it('finds orders by customer email or by number', async () => {
		const start = sb.requests.length;
		const byEmail = await call((ctx) => salesListSearch.searchOrders.call(ctx, 'carol@'));
		const [request] = apiRequests(start);
		expect(request.path).toBe('/wp-json/wc/v3/orders');
		expect(request.query).toMatchObject({ search: 'carol@', per_page: '50', page: '1', _fields: 'id,number,status,total,currency,billing' });
		expect(byEmail.results.length).toBeGreaterThan(0);
		expect(byEmail.results.every((result) => /<carol@example\.com>/.test(result.name))).toBe(true);

		const id = [...sb.store.orders.values()].find((o: any) => o.type === 'order').id;
		const byNumber = await call((ctx) => salesListSearch.searchOrders.call(ctx, `#${id}`));
		expect(byNumber.results.map((result) => result.value)).toContain(String(id));
		expect(byNumber.results.find((result) => result.value === String(id))!.name).toMatch(new RegExp(`^#${id} · `));
	});

	it('finds customers of every role by email or name, and coupons by code', async () => {
		const start = sb.requests.length;
		const customers = await call((ctx) => salesListSearch.searchCustomers.call(ctx, 'admin'));
		expect(apiRequests(start)[0].query).toMatchObject({ search: 'admin', role: 'all' });
		expect(customers.results).toEqual([{ name: 'admin@example.com', value: '1' }]);

		const alice = await call((ctx) => salesListSearch.searchCustomers.call(ctx, 'Smith'));
		expect(alice.results.map((result) => result.name)).toContain('Alice Smith <alice@example.com>');

		const coupons = await call((ctx) => salesListSearch.searchCoupons.call(ctx, 'summer'));
		expect(coupons.results.map((result) => result.name)).toEqual(['summer10']);
	});
});

describe('loadOptions', () => {
	it('lists order statuses: core ones, plus the store\'s custom ones from OPTIONS /orders', async () => {
		const core = await call((ctx) => salesLoadOptions.getOrderStatuses.call(ctx));
		expect(core.map((option) => option.value)).toEqual(
			expect.arrayContaining(['pending', 'processing', 'on-hold', 'completed', 'cancelled', 'refunded', 'failed', 'checkout-draft']),
		);
		expect(core.find((option) => option.value === 'on-hold')!.name).toBe('On Hold');

		sb.faults.add({
			method: 'OPTIONS',
			path: '/orders',
			status: 200,
			body: { namespace: 'wc/v3', endpoints: [], schema: { properties: { status: { type: 'string', enum: ['pending', 'processing', 'awaiting-shipment'] } } } },
		});
		const start = sb.requests.length;
		const custom = await call((ctx) => salesLoadOptions.getOrderStatusFilters.call(ctx));
		expect(apiRequests(start).map((r: any) => `${r.method} ${r.path}`)).toEqual(['OPTIONS /wp-json/wc/v3/orders']);
		expect(custom.slice(0, 2).map((option) => option.value)).toEqual(['any', 'trash']);
		expect(custom).toContainEqual({ name: 'Awaiting Shipment', value: 'awaiting-shipment' });
	});

	it('offers, for order and customer fields, the payment gateways, currencies, countries and the chosen country\'s states', async () => {
		const gateways = await call((ctx) => loadOptions.getPaymentGateways.call(ctx));
		expect(gateways.map((option) => option.value)).toContain('bacs');

		const currencies = await call((ctx) => loadOptions.getCurrencies.call(ctx));
		expect(currencies.map((option) => option.value)).toContain('USD');

		const countries = await call((ctx) => loadOptions.getCountries.call(ctx));
		expect(countries).toContainEqual({ name: expect.stringMatching(/United States/), value: 'US' });

		// In the editor, State sits next to Country inside Billing Address: "&country" is that sibling.
		const states = await call((ctx) => loadOptions.getStates.call(ctx), { '&country': 'US' });
		expect(states).toContainEqual({ name: 'California', value: 'CA' });
	});

	it('every loadOptions and listSearch method the sales resources name exists', () => {
		const wanted = { loadOptionsMethod: new Set<string>(), searchListMethod: new Set<string>() };
		const walk = (value: unknown) => {
			if (Array.isArray(value)) return value.forEach(walk);
			if (!value || typeof value !== 'object') return;
			for (const [key, entry] of Object.entries(value)) {
				if ((key === 'loadOptionsMethod' || key === 'searchListMethod') && typeof entry === 'string') wanted[key].add(entry);
				else walk(entry);
			}
		};
		for (const entry of salesResources) walk((entry.module as { description: unknown }).description);
		expect([...wanted.loadOptionsMethod].sort()).toEqual(['getCountries', 'getCurrencies', 'getOrderStatusFilters', 'getOrderStatuses', 'getPaymentGateways', 'getStates']);
		expect([...wanted.searchListMethod].sort()).toEqual(['searchCoupons', 'searchCustomers', 'searchOrders']);
		for (const name of wanted.loadOptionsMethod) expect(typeof (loadOptions as Record<string, unknown>)[name]).toBe('function');
		for (const name of wanted.searchListMethod) expect(typeof (listSearch as Record<string, unknown>)[name]).toBe('function');
	});
});
