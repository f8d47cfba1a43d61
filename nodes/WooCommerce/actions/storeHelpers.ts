/**
 * Helpers shared by the store resources (taxes, shipping, payment gateways, settings, system status, reports,
 * webhooks, data).
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../descriptions/common.descriptions';
import { wooApiRequest } from '../transport';
import type { ItemOperation, ItemResult } from './crud';
import { fieldSelection, optionsWithFields, readLimit, showFor } from './crud';
import { itemLabel, operationError, selectFields, toApiValue } from './common';

/**
 * Reads a text identifier (a gateway ID, a setting ID, a country code...): trimmed, not empty, made only of the
 * characters WooCommerce uses in such IDs, so nothing odd ends up in the request path.
 */
export function getTextId(
	ctx: IExecuteFunctions,
	parameter: string,
	itemIndex: number,
	fieldName: string,
	options: { pattern?: RegExp; hint?: string; upperCase?: boolean } = {},
): string {
	const raw = toApiValue(ctx.getNodeParameter(parameter, itemIndex, '')) as unknown;
	return parseTextId(ctx, raw, itemIndex, fieldName, options);
}

export function parseTextId(
	ctx: IExecuteFunctions,
	raw: unknown,
	itemIndex: number,
	fieldName: string,
	options: { pattern?: RegExp; hint?: string; upperCase?: boolean } = {},
): string {
	let text = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
	if (options.upperCase) text = text.toUpperCase();
	const pattern = options.pattern ?? /^[A-Za-z0-9_-]+$/;
	if (text === '') {
		throw operationError(
			ctx,
			itemIndex,
			`The field "${fieldName}" is empty in ${itemLabel(itemIndex)}`,
			options.hint ?? `Choose a value from the list or enter one. If it comes from an expression, check that the previous node provides it for every item.`,
		);
	}
	if (!pattern.test(text)) {
		throw operationError(
			ctx,
			itemIndex,
			`The field "${fieldName}" in ${itemLabel(itemIndex)} has an invalid value: "${text.slice(0, 60)}"`,
			options.hint ?? 'Use the identifier WooCommerce shows for it (letters, digits, "_" and "-"), e.g. from the list.',
		);
	}
	return text;
}

/** Turns a key/value fixedCollection (`[{ key, value }]`) into WooCommerce's `{ key: value }` settings map. */
export function keyValueObject(
	ctx: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
	fieldName: string,
): IDataObject {
	const list = toApiValue(value);
	const entries = Array.isArray(list) ? (list as IDataObject[]) : list && typeof list === 'object' ? [list as IDataObject] : [];
	const result: IDataObject = {};
	for (const entry of entries) {
		const key = String(entry.key ?? '').trim();
		if (key === '') {
			throw operationError(
				ctx,
				itemIndex,
				`A key is empty in the field "${fieldName}" in ${itemLabel(itemIndex)}`,
				'Give every setting the ID WooCommerce uses for it, e.g. "cost" or "title".',
			);
		}
		result[key] = (entry.value ?? '') as IDataObject[keyof IDataObject];
	}
	return result;
}

export const keyValueSettingsField = (description: string, placeholder: string): INodeProperties => ({
	displayName: 'Settings',
	name: 'settings',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add Setting',
	description,
	options: [
		{
			displayName: 'Setting',
			name: 'values',
			values: [
				{
					displayName: 'Key',
					name: 'key',
					type: 'string',
					default: '',
					placeholder,
					description: 'ID of the setting, as in the "settings" map of the API object',
				},
				{ displayName: 'Value', name: 'value', type: 'string', default: '' },
			],
		},
	],
});

/**
 * "Get Many" over a list WooCommerce returns whole (shipping zones, gateways, tax classes...): one GET,
 * Return All / Limit applied here, Options > Fields applied here too (and sent as `_fields` to keep it small).
 */
export function unpaginatedListOperation(options: {
	resource: string;
	operation: string;
	endpoint: (this: IExecuteFunctions, itemIndex: number) => string;
	properties?: INodeProperties[];
	limit?: boolean;
	query?: (this: IExecuteFunctions, itemIndex: number) => IDataObject;
	transform?: (records: IDataObject[]) => IDataObject[];
}): ItemOperation {
	const withLimit = options.limit ?? true;
	const properties: INodeProperties[] = [
		...(options.properties ?? []),
		...(withLimit ? returnAllOrLimit : []),
		optionsWithFields,
	];
	return {
		description: showFor(options.resource, options.operation, properties),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
			const endpoint = options.endpoint.call(this, itemIndex);
			const limit = withLimit ? readLimit(this, itemIndex) : undefined;
			const { paths, query } = fieldSelection(this, itemIndex);
			const qs = { ...(options.query ? options.query.call(this, itemIndex) : {}), ...query };
			const response = (await wooApiRequest.call(this, 'GET', endpoint, { qs, itemIndex })) as unknown;
			let records = asList(response);
			if (options.transform) records = options.transform(records);
			if (limit !== undefined) records = records.slice(0, limit);
			return paths.length ? records.map((record) => selectFields(record, paths)) : records;
		},
	};
}

/** One GET of a single object, with Options > Fields. */
export function singleGetOperation(options: {
	resource: string;
	operation: string;
	endpoint: (this: IExecuteFunctions, itemIndex: number) => string;
	properties?: INodeProperties[];
	fields?: boolean;
}): ItemOperation {
	const withFields = options.fields ?? true;
	return {
		description: showFor(options.resource, options.operation, [
			...(options.properties ?? []),
			...(withFields ? [optionsWithFields] : []),
		]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
			const endpoint = options.endpoint.call(this, itemIndex);
			const { paths, query } = withFields ? fieldSelection(this, itemIndex) : { paths: [], query: {} };
			const response = (await wooApiRequest.call(this, 'GET', endpoint, { qs: query, itemIndex })) as IDataObject;
			return paths.length ? selectFields(response, paths) : response;
		},
	};
}

export function asList(response: unknown): IDataObject[] {
	if (Array.isArray(response)) return response as IDataObject[];
	if (response && typeof response === 'object') return [response as IDataObject];
	return [];
}

/** Removes `_links` (navigation for the REST API, noise in a workflow) from a shallow copy. */
export function withoutLinks(record: IDataObject): IDataObject {
	const copy = { ...record };
	delete copy._links;
	return copy;
}
