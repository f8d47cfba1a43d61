import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { idLocator } from '../../descriptions/common.descriptions';
import { keyValueSettingsField } from '../shared/descriptions';
import { itemLabel, operationError } from '../shared/errors';
import { getId, idTooLarge, isSafeWholeNumber, locatorText } from '../shared/ids';
import { keyValueObject } from '../shared/values';
import { zoneMethodsPath } from './paths';

export const RESOURCE = 'shippingZone';

/** Zone IDs start at 0: zone 0 is "Locations not covered by your other zones". */
export const zoneIdParameter: INodeProperties = {
	displayName: 'Shipping Zone',
	name: 'zoneId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The shipping zone to use. Zone 0 is "Locations not covered by your other zones".',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchShippingZones', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 1',
			validation: [{ type: 'regex', properties: { regex: '^\\s*\\d+\\s*$', errorMessage: 'Enter a numeric ID' } }],
		},
		{
			displayName: 'By URL',
			name: 'url',
			type: 'string',
			placeholder: 'e.g. https://shop.example/wp-admin/admin.php?page=wc-settings&tab=shipping&zone_id=1',
			validation: [
				{
					type: 'regex',
					properties: {
						regex: '^https?://.+(?:[?&]zone_id=\\d+|/shipping/zones/\\d+)',
						errorMessage: 'Enter the zone’s wp-admin URL (with zone_id=) or its REST API URL',
					},
				},
			],
		},
	],
};

export const instanceIdParameter: INodeProperties = {
	...idLocator({
		name: 'instanceId',
		displayName: 'Method',
		label: 'shipping method instance',
		searchListMethod: 'searchZoneMethods',
		description: 'The shipping method of the zone (its instance ID, not the method type such as flat_rate)',
	}),
};

const ZONE_FROM_URL = [/[?&]zone_id=(\d+)/i, /\/shipping\/zones\/(\d+)/i];

export function getZoneId(ctx: IExecuteFunctions, itemIndex: number): number {
	const locator = locatorText(ctx.getNodeParameter('zoneId', itemIndex, '') as unknown);
	let text = locator.text;
	if (locator.isUrl) {
		const match = ZONE_FROM_URL.map((regex) => regex.exec(text)).find((found) => found);
		if (!match) {
			throw operationError(
				ctx,
				itemIndex,
				`The shipping zone URL in ${itemLabel(itemIndex)} does not contain a zone ID`,
				'Paste the address of the zone in wp-admin (…&tab=shipping&zone_id=1) or its REST URL, or switch to "By ID".',
			);
		}
		text = match[1];
	}
	if (text === '') {
		throw operationError(
			ctx,
			itemIndex,
			`The shipping zone ID is empty in ${itemLabel(itemIndex)}`,
			'Choose a zone from the list or enter its numeric ID. If it comes from an expression, check that the previous node provides it for every item.',
		);
	}
	if (!/^\d+$/.test(text)) {
		throw operationError(
			ctx,
			itemIndex,
			`The shipping zone ID "${text.slice(0, 60)}" in ${itemLabel(itemIndex)} is not a whole number`,
			'Shipping zone IDs are numbers such as 1 (0 is "Locations not covered by your other zones").',
		);
	}
	if (!isSafeWholeNumber(text)) throw idTooLarge(ctx, itemIndex, 'shipping zone', text);
	return Number(text);
}

/** Zone 0 ("Locations not covered by your other zones") exists but WooCommerce refuses to change it. */
export function assertEditableZone(ctx: IExecuteFunctions, itemIndex: number, zoneId: number, what: string) {
	if (zoneId === 0) {
		throw operationError(
			ctx,
			itemIndex,
			`Zone 0 ("Locations not covered by your other zones") cannot ${what} (${itemLabel(itemIndex)})`,
			'WooCommerce only lets you manage the methods of that zone. Pick another zone or create one.',
		);
	}
}

export function getInstanceId(ctx: IExecuteFunctions, itemIndex: number): number {
	return getId(ctx, 'instanceId', itemIndex, 'shipping method instance');
}

export const zoneFields: INodeProperties[] = [
	{
		displayName: 'Order',
		name: 'order',
		type: 'number',
		default: 0,
		description: 'Position of the zone: WooCommerce matches a customer to the first zone (lowest order) that fits',
	},
];

export const zoneNameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Continental US',
};

export const methodFields: INodeProperties[] = [
	{
		displayName: 'Enabled',
		name: 'enabled',
		type: 'boolean',
		default: true,
		description: 'Whether customers can choose the method',
	},
	{
		displayName: 'Order',
		name: 'order',
		type: 'number',
		default: 0,
		description: 'Position of the method in the zone (lower first)',
	},
	keyValueSettingsField(
		'Settings of the method, by ID: flat_rate has title, tax_status and cost; free_shipping has title, requires and min_amount',
		'e.g. cost',
	),
];

export function methodPath(zoneId: number, instanceId?: number): string {
	return zoneMethodsPath(zoneId, instanceId);
}

/** The key/value list of the UI becomes the `{ key: value }` map WooCommerce expects. */
export function methodBody(ctx: IExecuteFunctions, itemIndex: number, body: IDataObject): IDataObject {
	const result = { ...body };
	if (Array.isArray(result.settings)) result.settings = keyValueObject(ctx, itemIndex, result.settings, 'Settings');
	return result;
}
