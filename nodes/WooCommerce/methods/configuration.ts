import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { wooApiRequest } from '../transport';
import { searchList } from './searchHelpers';

/**
 * listSearch and loadOptions for taxes, shipping, payment gateways, settings, system status and store data.
 * getCountries, getStates and getPaymentGateways are meant to be reused by other resources (billing/shipping
 * addresses, orders): getStates reads the `country` parameter next to the field being loaded.
 */

/** WooCommerce labels carry HTML entities (e.g. "Accounts &amp; Privacy", "&#36;"). */
export function decodeEntities(text: string): string {
	const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
		if (body[0] === '#') {
			const codePoint = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
			return Number.isFinite(codePoint) && codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
		}
		return named[body.toLowerCase()] ?? entity;
	});
}

/** Lists WooCommerce answers whole (no pages): one GET, no page walk. */
async function wholeList(ctx: ILoadOptionsFunctions, endpoint: string, qs: IDataObject = {}): Promise<IDataObject[]> {
	const response = (await wooApiRequest.call(ctx, 'GET', endpoint, { qs })) as unknown;
	return Array.isArray(response) ? (response as IDataObject[]) : [];
}

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

function text(value: unknown): string {
	return decodeEntities(String(value ?? ''));
}

/** Finds the country code the states belong to: the sibling `country` field first, then the usual places. */
function countryParameter(ctx: ILoadOptionsFunctions): string {
	const candidates = ['&country', 'country', 'additionalFields.country', 'updateFields.country', 'filters.country', 'countryCode'];
	for (const path of candidates) {
		let value: unknown;
		try {
			value = ctx.getCurrentNodeParameter(path);
		} catch {
			continue;
		}
		if (value && typeof value === 'object' && '__rl' in (value as IDataObject)) value = (value as IDataObject).value;
		if (typeof value === 'string' && /^[A-Za-z]{2}$/.test(value.trim())) return value.trim().toUpperCase();
	}
	return '';
}

export const configurationListSearch = {
	async searchWebhooks(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		return await searchList(this, 'webhooks', filter, paginationToken, (webhook) => ({
			name: `${text(webhook.name) || `Webhook ${webhook.id}`} (${String(webhook.topic)}, ${String(webhook.status)})`,
			value: String(webhook.id),
		}));
	},

	/** Tax rates have no search parameter: the page is filtered here by name, country, state or class. */
	async searchTaxRates(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const page = await searchList(
			this,
			'taxes',
			undefined,
			paginationToken,
			(rate) => {
				const where = [rate.country, rate.state].filter((part) => part).join(':') || 'Everywhere';
				return {
					name: `${text(rate.name) || 'Tax'} ${String(rate.rate)}% (${where}, ${String(rate.class)})`,
					value: String(rate.id),
				};
			},
			{ orderby: 'id', order: 'asc' },
		);
		const needle = (filter ?? '').trim().toLowerCase();
		if (needle) page.results = page.results.filter((result) => result.name.toLowerCase().includes(needle));
		return page;
	},

	/** Zones come in one response (zone 0 included); filtered here by name. */
	async searchShippingZones(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const needle = (filter ?? '').trim().toLowerCase();
		const zones = await wholeList(this, 'shipping/zones');
		return {
			results: zones
				.map((zone) => ({ name: text(zone.name), value: String(zone.id) }))
				.filter((zone) => !needle || zone.name.toLowerCase().includes(needle)),
		};
	},

	/** The methods of the zone chosen in the Shipping Zone parameter. */
	async searchZoneMethods(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		let zone: unknown = this.getCurrentNodeParameter('zoneId');
		if (zone && typeof zone === 'object' && '__rl' in (zone as IDataObject)) zone = (zone as IDataObject).value;
		const zoneId = String(zone ?? '').trim();
		if (!/^\d+$/.test(zoneId)) return { results: [] };
		const needle = (filter ?? '').trim().toLowerCase();
		const methods = await wholeList(this, `shipping/zones/${zoneId}/methods`);
		return {
			results: methods
				.map((method) => ({
					name: `${text(method.title)} (${String(method.method_id)}${method.enabled === false ? ', disabled' : ''})`,
					value: String(method.instance_id ?? method.id),
				}))
				.filter((method) => !needle || method.name.toLowerCase().includes(needle)),
		};
	},
};

export const configurationLoadOptions = {
	/** Tax classes by slug, "standard" included. */
	async getTaxClasses(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const classes = await wholeList(this, 'taxes/classes');
		return classes.map((taxClass) => ({ name: text(taxClass.name), value: String(taxClass.slug) }));
	},

	/** Shipping method types (flat_rate, free_shipping, local_pickup...). */
	async getShippingMethods(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const methods = await wholeList(this, 'shipping_methods');
		return methods
			.map((method) => ({ name: text(method.title), value: String(method.id), description: text(method.description).replace(/<[^>]*>/g, '') }))
			.sort(byName);
	},

	async getPaymentGateways(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const gateways = await wholeList(this, 'payment_gateways');
		return gateways
			.map((gateway) => ({
				name: `${text(gateway.method_title || gateway.title)}${gateway.enabled === false ? ' (disabled)' : ''}`,
				value: String(gateway.id),
			}))
			.sort(byName);
	},

	/** Settings groups, sub-groups (e.g. email_new_order) included. */
	async getSettingGroups(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const groups = await wholeList(this, 'settings');
		return groups
			.map((group) => ({
				name: group.parent_id ? `${text(group.label)} (${text(group.parent_id)})` : text(group.label),
				value: String(group.id),
				description: text(group.description) || undefined,
			}))
			.sort(byName);
	},

	/** The settings of the group chosen in the Group parameter. */
	async getGroupSettings(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const group = String(this.getCurrentNodeParameter('group') ?? '').trim();
		if (!/^[\w-]+$/.test(group)) return [];
		const settings = await wholeList(this, `settings/${group}`);
		return settings
			.map((setting) => ({
				name: text(setting.label) || String(setting.id),
				value: String(setting.id),
				description: String(setting.id),
			}))
			.sort(byName);
	},

	async getSystemTools(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const tools = await wholeList(this, 'system_status/tools');
		return tools
			.map((tool) => ({
				name: `${text(tool.name)}: ${text(tool.action)}`,
				value: String(tool.id),
				description: text(tool.description).replace(/<[^>]*>/g, ''),
			}))
			.sort(byName);
	},

	async getCountries(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const countries = await wholeList(this, 'data/countries', { _fields: 'code,name' });
		return countries.map((country) => ({ name: text(country.name), value: String(country.code) })).sort(byName);
	},

	/** States of the country in the `country` parameter (bare codes, e.g. CA); empty when the country has none. */
	async getStates(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const country = countryParameter(this);
		if (!country) return [];
		const response = (await wooApiRequest.call(this, 'GET', `data/countries/${country}`)) as IDataObject;
		const states = Array.isArray(response?.states) ? (response.states as IDataObject[]) : [];
		return states.map((state) => ({ name: text(state.name), value: String(state.code) })).sort(byName);
	},

	async getCurrencies(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const currencies = await wholeList(this, 'data/currencies');
		return currencies
			.map((currency) => ({ name: `${text(currency.name)} (${String(currency.code)})`, value: String(currency.code) }))
			.sort(byName);
	},
};
