import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { itemLabel, operationError } from '../shared/errors';

export const rateField: INodeProperties = {
	displayName: 'Rate',
	name: 'rate',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 8.625',
	description: 'Tax rate in percent, as a decimal number (WooCommerce stores it with 4 decimals)',
};

/** Everything a tax rate has besides its rate; the names are WooCommerce's. */
export const taxRateFields: INodeProperties[] = [
	{
		displayName: 'Country Name or ID',
		name: 'country',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getCountries' },
		default: '',
		description: 'Country the rate applies to (ISO 3166 code). Leave empty for every country. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'State Name or ID',
		name: 'state',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getStates', loadOptionsDependsOn: ['&country'] },
		default: '',
		description: 'State the rate applies to (the code without the country, e.g. CA). Leave empty for the whole country. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Postcodes',
		name: 'postcodes',
		type: 'string',
		default: '',
		placeholder: 'e.g. 94105; 90210...99000; CB*',
		description: 'Postcodes the rate applies to, separated by semicolons or commas; ranges (…) and wildcards (*) work',
	},
	{
		displayName: 'Cities',
		name: 'cities',
		type: 'string',
		default: '',
		placeholder: 'e.g. San Francisco; Oakland',
		description: 'Cities the rate applies to, separated by semicolons or commas',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'e.g. CA Tax',
		description: 'Name shown to customers, e.g. "VAT"',
	},
	{
		displayName: 'Priority',
		name: 'priority',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'Only one matching rate per priority is used; give rates for different taxes different priorities',
	},
	{
		displayName: 'Compound',
		name: 'compound',
		type: 'boolean',
		default: false,
		description: 'Whether the rate is compound, i.e. applied on top of the other taxes.',
	},
	{
		displayName: 'Shipping',
		name: 'shipping',
		type: 'boolean',
		default: true,
		description: 'Whether the rate also applies to shipping',
	},
	{
		displayName: 'Order',
		name: 'order',
		type: 'number',
		default: 0,
		description: 'Position of the rate in the list (lower first)',
	},
	{
		displayName: 'Tax Class Name or ID',
		name: 'class',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTaxClasses' },
		default: 'standard',
		description: 'Tax class the rate belongs to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
];

const RATE = /^\d+(?:\.\d+)?$/;

function splitList(value: unknown): string[] {
	if (Array.isArray(value)) return value.map((entry) => String(entry).trim()).filter((entry) => entry !== '');
	return String(value ?? '')
		.split(/[;,\n]/)
		.map((entry) => entry.trim())
		.filter((entry) => entry !== '');
}

/** Checks the rate and turns the postcode/city text into WooCommerce's arrays. */
export function taxRateBody(ctx: IExecuteFunctions, itemIndex: number, body: IDataObject): IDataObject {
	const result = { ...body };
	if (result.rate !== undefined) {
		const rate = String(result.rate).trim().replace(',', '.');
		if (!RATE.test(rate)) {
			throw operationError(
				ctx,
				itemIndex,
				`The field "Rate" in ${itemLabel(itemIndex)} must be a decimal number, not "${String(result.rate).slice(0, 40)}"`,
				'Enter the percentage without the % sign, e.g. 8.625 or 20.',
			);
		}
		result.rate = rate;
	}
	for (const key of ['postcodes', 'cities']) {
		if (result[key] !== undefined) result[key] = splitList(result[key]);
	}
	if (typeof result.state === 'string' && result.state.includes(':')) {
		// getStates lists "US:CA" elsewhere; a tax rate stores the bare state code.
		result.state = result.state.split(':').pop();
	}
	return result;
}
