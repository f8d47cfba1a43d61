import type { INodeProperties } from 'n8n-workflow';

import { type OperationModule } from '../shared/contract';
import { operationProperty } from '../shared/descriptions';
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
	getContinent,
	getContinents,
	getCountries,
	getCountry,
	getCurrencies,
	getCurrency,
	getCurrentCurrency,
} satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	operationProperty(
		'data',
		[
			{ name: 'Get Continent', value: 'getContinent', description: 'Get a continent with its countries and states', action: 'Get a continent' },
			{ name: 'Get Continents', value: 'getContinents', description: 'Get every continent with its countries', action: 'Get continents' },
			{ name: 'Get Countries', value: 'getCountries', description: 'Get every country with its states', action: 'Get countries' },
			{ name: 'Get Country', value: 'getCountry', description: 'Get a country with its states', action: 'Get a country' },
			{ name: 'Get Currencies', value: 'getCurrencies', description: 'Get every currency WooCommerce knows', action: 'Get currencies' },
			{ name: 'Get Currency', value: 'getCurrency', description: 'Get a currency (name and symbol)', action: 'Get a currency' },
			{ name: 'Get Current Currency', value: 'getCurrentCurrency', description: 'Get the store’s currency', action: 'Get the current currency' },
		],
		'getCountries',
	),
	...getContinent.description,
	...getContinents.description,
	...getCountries.description,
	...getCountry.description,
	...getCurrencies.description,
	...getCurrency.description,
	...getCurrentCurrency.description,
];
