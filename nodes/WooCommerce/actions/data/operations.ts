import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { type ItemOperation } from '../shared/contract';
import { singleGetOperation, unpaginatedListOperation } from '../shared/factories';
import { getTextId } from '../shared/ids';

const RESOURCE = 'data';

const continentCode: INodeProperties = {
	displayName: 'Continent',
	name: 'continentCode',
	type: 'options',
	options: [
		{ name: 'Africa', value: 'AF' },
		{ name: 'Antarctica', value: 'AN' },
		{ name: 'Asia', value: 'AS' },
		{ name: 'Europe', value: 'EU' },
		{ name: 'North America', value: 'NA' },
		{ name: 'Oceania', value: 'OC' },
		{ name: 'South America', value: 'SA' },
	],
	default: 'EU',
};

const countryCode: INodeProperties = {
	displayName: 'Country Name or ID',
	name: 'countryCode',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getCountries' },
	required: true,
	default: '',
	description: 'ISO 3166 code of the country, e.g. US. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

const currencyCode: INodeProperties = {
	displayName: 'Currency Name or ID',
	name: 'currencyCode',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getCurrencies' },
	required: true,
	default: '',
	description: 'ISO 4217 code of the currency, e.g. EUR. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

function code(ctx: IExecuteFunctions, parameter: string, itemIndex: number, fieldName: string, length: number): string {
	return getTextId(ctx, parameter, itemIndex, fieldName, {
		upperCase: true,
		pattern: new RegExp(`^[A-Z]{${length}}$`),
		hint: `Use a ${length}-letter code, e.g. ${length === 3 ? 'EUR' : 'US'}.`,
	});
}

const list = (operation: string, endpoint: string): ItemOperation =>
	unpaginatedListOperation({ resource: RESOURCE, operation, limit: false, endpoint: () => endpoint });

export const getContinents = list('getContinents', 'data/continents');
export const getCountries = list('getCountries', 'data/countries');
export const getCurrencies = list('getCurrencies', 'data/currencies');

export const getContinent = singleGetOperation({
	resource: RESOURCE,
	operation: 'getContinent',
	properties: [continentCode],
	endpoint(itemIndex) {
		return `data/continents/${code(this, 'continentCode', itemIndex, 'Continent', 2)}`;
	},
});

export const getCountry = singleGetOperation({
	resource: RESOURCE,
	operation: 'getCountry',
	properties: [countryCode],
	endpoint(itemIndex) {
		return `data/countries/${code(this, 'countryCode', itemIndex, 'Country', 2)}`;
	},
});

export const getCurrency = singleGetOperation({
	resource: RESOURCE,
	operation: 'getCurrency',
	properties: [currencyCode],
	endpoint(itemIndex) {
		return `data/currencies/${code(this, 'currencyCode', itemIndex, 'Currency', 3)}`;
	},
});

export const getCurrentCurrency = singleGetOperation({
	resource: RESOURCE,
	operation: 'getCurrentCurrency',
	endpoint: () => 'data/currencies/current',
});
