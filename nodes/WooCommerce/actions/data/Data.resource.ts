import type { INodeProperties } from 'n8n-workflow';

import { type LabelledOperation } from '../shared/contract';
import { resourceDescription } from '../shared/descriptions';
import {
	getContinent,
	getContinents,
	getCountries,
	getCountry,
	getCurrencies,
	getCurrency,
	getCurrentCurrency,
} from './operations';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	getContinent: { ...getContinent, option: { name: 'Get Continent', description: 'Get a continent with its countries and states', action: 'Get a continent' } },
	getContinents: { ...getContinents, option: { name: 'Get Continents', description: 'Get every continent with its countries', action: 'Get continents' } },
	getCountries: { ...getCountries, option: { name: 'Get Countries', description: 'Get every country with its states', action: 'Get countries' } },
	getCountry: { ...getCountry, option: { name: 'Get Country', description: 'Get a country with its states', action: 'Get a country' } },
	getCurrencies: { ...getCurrencies, option: { name: 'Get Currencies', description: 'Get every currency WooCommerce knows', action: 'Get currencies' } },
	getCurrency: { ...getCurrency, option: { name: 'Get Currency', description: 'Get a currency (name and symbol)', action: 'Get a currency' } },
	getCurrentCurrency: { ...getCurrentCurrency, option: { name: 'Get Current Currency', description: 'Get the store’s currency', action: 'Get the current currency' } },
} satisfies Record<string, LabelledOperation>;

export const description: INodeProperties[] = resourceDescription('data', operations, 'getCountries');
