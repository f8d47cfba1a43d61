import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { type OperationLabel } from '../shared/contract';
import { showFor } from '../shared/descriptions';
import { itemLabel, operationError } from '../shared/errors';
import { asList, withoutLinks } from '../shared/records';
import { parseJsonParameter, toApiValue } from '../shared/values';
import { assertEditableZone, getZoneId, RESOURCE, zoneIdParameter } from './fields';
import { zoneLocationsPath } from './paths';

const LOCATION_TYPES = ['continent', 'country', 'state', 'postcode'];

const properties: INodeProperties[] = [
	zoneIdParameter,
	{
		displayName: 'Define Locations',
		name: 'locationsInput',
		type: 'options',
		options: [
			{ name: 'Using Fields Below', value: 'fields' },
			{ name: 'Using JSON', value: 'json' },
		],
		default: 'fields',
	},
	{
		displayName: 'Locations',
		name: 'locations',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Location',
		description:
			'The zone’s locations. WooCommerce replaces the whole list: locations not given here are removed (see "Keep Existing Locations").',
		displayOptions: { show: { locationsInput: ['fields'] } },
		options: [
			{
				displayName: 'Location',
				name: 'values',
				values: [
					{
						displayName: 'Type',
						name: 'type',
						type: 'options',
						options: [
							{ name: 'Continent', value: 'continent' },
							{ name: 'Country', value: 'country' },
							{ name: 'Postcode', value: 'postcode' },
							{ name: 'State', value: 'state' },
						],
						default: 'country',
					},
					{
						displayName: 'Code',
						name: 'code',
						type: 'string',
						default: '',
						placeholder: 'e.g. US',
						description:
							'Continent code (e.g. EU), country code (e.g. US), country:state (e.g. US:CA) or postcode (ranges 90210...99000 and wildcards CB* work)',
					},
				],
			},
		],
	},
	{
		displayName: 'Locations (JSON)',
		name: 'locationsJson',
		type: 'json',
		default: '[{"type": "country", "code": "US"}]',
		description:
			'The zone’s locations as a JSON array of {"type", "code"} objects; type is continent, country, state or postcode. WooCommerce replaces the whole list.',
		displayOptions: { show: { locationsInput: ['json'] } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Keep Existing Locations',
				name: 'keepExisting',
				type: 'boolean',
				default: false,
				description:
					'Whether to add the locations to those the zone already has instead of replacing them. WooCommerce has no "add" call, so the node reads the list first and then writes it back.',
			},
		],
	},
];

export const description = showFor(RESOURCE, 'updateLocations', properties);

function normalizeLocation(ctx: IExecuteFunctions, itemIndex: number, entry: unknown, position: number): IDataObject {
	const where = `location ${position + 1} of ${itemLabel(itemIndex)}`;
	if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
		throw operationError(ctx, itemIndex, `The ${where} must be an object with "type" and "code"`, 'e.g. {"type": "country", "code": "US"}');
	}
	const location = entry as IDataObject;
	const type = String(location.type ?? '').trim().toLowerCase();
	let code = String(location.code ?? '').trim();
	if (!LOCATION_TYPES.includes(type)) {
		throw operationError(
			ctx,
			itemIndex,
			`The type "${type.slice(0, 30)}" of ${where} is not a location type`,
			'Use continent, country, state or postcode.',
		);
	}
	if (code === '') {
		throw operationError(ctx, itemIndex, `The code of ${where} is empty`, 'Enter e.g. US for a country, US:CA for a state, EU for a continent.');
	}
	if (type === 'country' || type === 'continent') {
		code = code.toUpperCase();
		if (!/^[A-Z]{2}$/.test(code)) {
			throw operationError(
				ctx,
				itemIndex,
				`The ${type} code "${code.slice(0, 30)}" of ${where} is not a two-letter code`,
				type === 'country' ? 'Use an ISO 3166 country code such as US or DE.' : 'Use AF, AN, AS, EU, NA, OC or SA.',
			);
		}
	} else if (type === 'state') {
		const [country, ...rest] = code.split(':');
		const state = rest.join(':');
		if (!/^[A-Za-z]{2}$/.test(country) || state === '' || /\s/.test(state)) {
			throw operationError(
				ctx,
				itemIndex,
				`The state code "${code.slice(0, 30)}" of ${where} must be written country:state`,
				'e.g. US:CA or DE:BY.',
			);
		}
		code = `${country.toUpperCase()}:${state.toUpperCase()}`;
	}
	return { code, type };
}

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const zoneId = getZoneId(this, itemIndex);
	const input = this.getNodeParameter('locationsInput', itemIndex, 'fields') as string;
	let raw: unknown;
	if (input === 'json') {
		raw = parseJsonParameter(this, this.getNodeParameter('locationsJson', itemIndex, '[]'), itemIndex, 'Locations (JSON)');
		if (!Array.isArray(raw)) {
			throw operationError(
				this,
				itemIndex,
				`The field "Locations (JSON)" in ${itemLabel(itemIndex)} must be a JSON array`,
				'e.g. [{"type": "country", "code": "US"}, {"type": "state", "code": "CA:QC"}]',
			);
		}
	} else {
		raw = toApiValue(this.getNodeParameter('locations', itemIndex, {}));
		if (!Array.isArray(raw)) raw = raw && typeof raw === 'object' && Object.keys(raw).length ? [raw] : [];
	}
	let locations = (raw as unknown[]).map((entry, position) => normalizeLocation(this, itemIndex, entry, position));
	assertEditableZone(this, itemIndex, zoneId, 'have locations');
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const endpoint = zoneLocationsPath(zoneId);
	if (options.keepExisting) {
		const existing = asList(await wooApiRequest.call(this, 'GET', endpoint, { itemIndex })).map((location) => ({
			code: location.code,
			type: location.type,
		}));
		const seen = new Set(existing.map((location) => `${location.type}|${location.code}`));
		locations = [...existing, ...locations.filter((location) => !seen.has(`${location.type}|${location.code}`))];
	}
	const response = await wooApiRequest.call(this, 'PUT', endpoint, { body: locations, itemIndex });
	return { zone_id: zoneId, locations: asList(response).map(withoutLinks) };
}

export const option: OperationLabel = { name: 'Update Locations', description: 'Replace (or add to) the locations of a zone', action: 'Update the locations of a shipping zone' };
