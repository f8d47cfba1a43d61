/**
 * Values checked and converted for the API (prices, integers, options, JSON, key/value settings, money strings).
 */
import { deepCopy, type IDataObject, type IExecuteFunctions, type INodeProperties, jsonParse } from 'n8n-workflow';

import { type ItemOperation, type ItemResult } from './contract';
import { itemLabel, operationError } from './errors';

/** `={{ $json }}` or `={{ $json.<name> }}`: the input item itself, or one of its top-level fields. */
const ITEM_JSON = /^=\{\{\s*\$json(?:\.([A-Za-z_$][\w$]*))?\s*\}\}$/;

/**
 * A per-item parameter, read straight from the input item when it is `={{ $json }}` or `={{ $json.<name> }}` (what
 * Batch's ID and Data default to): n8n's expression engine spends about 0.45 ms per item on such an expression,
 * most of a 1,000-item batch's time, for the same value. Any other value goes through getNodeParameter.
 */
export function itemParameter(ctx: IExecuteFunctions, name: string, itemIndex: number): unknown {
	const raw = ctx.getNode().parameters[name];
	const match = typeof raw === 'string' ? ITEM_JSON.exec(raw) : null;
	const item = match ? ctx.getInputData()[itemIndex] : undefined;
	if (!match || !item) return ctx.getNodeParameter(name, itemIndex);
	const value = match[1] === undefined ? item.json : item.json[match[1]];
	return value !== null && typeof value === 'object' ? deepCopy(value) : value;
}

/** Parses a JSON parameter (string or already an object), naming the field and the item when it is invalid. */
export function parseJsonParameter(
	ctx: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	fieldName: string,
): IDataObject | IDataObject[] {
	if (value === undefined || value === null || value === '') return {};
	if (typeof value === 'object') return value as IDataObject;
	try {
		return jsonParse<IDataObject | IDataObject[]>(String(value));
	} catch (error) {
		throw operationError(
			ctx,
			itemIndex,
			`The field "${fieldName}" in ${itemLabel(itemIndex)} is not valid JSON`,
			`${(error as Error).message}. Check quotes and commas, e.g. {"key": "value"}.`,
		);
	}
}

/** Unwraps n8n fixedCollection values ({ values: [...] } or { values: {...} }) and resource locators into plain API values. */
export function toApiValue(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(toApiValue);
	if (value && typeof value === 'object') {
		const object = value as IDataObject;
		if ('__rl' in object) return object.value;
		const keys = Object.keys(object);
		if (keys.length === 1 && keys[0] === 'values') return toApiValue(object.values);
		const result: IDataObject = {};
		for (const key of keys) result[key] = toApiValue(object[key]) as IDataObject[keyof IDataObject];
		return result;
	}
	return value;
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

/** Runs `validate` (which throws a NodeOperationError naming the field and the item) before the operation sends anything. */
export function validated(
	module: ItemOperation,
	validate: (ctx: IExecuteFunctions, itemIndex: number) => void | Promise<void>,
): ItemOperation {
	const execute = module.execute;
	return {
		description: module.description,
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
			await validate(this, itemIndex);
			return await execute.call(this, itemIndex);
		},
	};
}

/** Replaces the description of one parameter (e.g. Simplify, to document the resource's compact shape). */
export function describeParameter(
	properties: INodeProperties[],
	name: string,
	description: string,
): INodeProperties[] {
	return properties.map((property) => (property.name === name ? { ...property, description } : property));
}

const PRICE = /^\d+(?:\.\d+)?$/;

/** WooCommerce prices are strings with a dot as decimal separator; a number from an expression is turned into one. */
export function checkPrice(ctx: IExecuteFunctions, itemIndex: number, field: string, value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return value === '' ? '' : undefined;
	const text = typeof value === 'number' ? String(value) : String(value).trim();
	if (!PRICE.test(text)) {
		throw operationError(
			ctx,
			itemIndex,
			`The field "${field}" in ${itemLabel(itemIndex)} is not a valid price: "${text.slice(0, 40)}"`,
			'Use digits with a dot as decimal separator and no currency sign, e.g. 19.99.',
		);
	}
	return text;
}

/** A whole number >= 0 (numbers or numeric strings from expressions). */
export function checkNonNegativeInteger(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
): number {
	const text = typeof value === 'number' ? String(value) : String(value ?? '').trim();
	if (!/^\d+$/.test(text)) {
		throw operationError(
			ctx,
			itemIndex,
			`The field "${field}" in ${itemLabel(itemIndex)} must be a whole number of 0 or more, got "${text.slice(0, 40)}"`,
			'Enter a quantity such as 0, 5 or 120, without decimals or a minus sign.',
		);
	}
	return Number(text);
}

/** A whole number (possibly negative): used where WooCommerce accepts negative values, e.g. stock with backorders. */
export function checkInteger(ctx: IExecuteFunctions, itemIndex: number, field: string, value: unknown): number {
	const text = typeof value === 'number' ? String(value) : String(value ?? '').trim();
	if (!/^-?\d+$/.test(text)) {
		throw operationError(
			ctx,
			itemIndex,
			`The field "${field}" in ${itemLabel(itemIndex)} must be a whole number, got "${text.slice(0, 40)}"`,
		);
	}
	return Number(text);
}

export function checkOption(
	ctx: IExecuteFunctions,
	itemIndex: number,
	field: string,
	value: unknown,
	allowed: string[],
): void {
	if (value === undefined || value === '') return;
	if (!allowed.includes(String(value))) {
		throw operationError(
			ctx,
			itemIndex,
			`The field "${field}" in ${itemLabel(itemIndex)} has an unknown value "${String(value).slice(0, 40)}"`,
			`Use one of: ${allowed.join(', ')}.`,
		);
	}
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

export function moneyString(
	ctx: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
	field: string,
): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const text = String(value).trim();
	if (!DECIMAL.test(text)) {
		throw operationError(
			ctx,
			itemIndex,
			`The field "${field}" in ${itemLabel(itemIndex)} is not an amount: "${text.slice(0, 40)}"`,
			'Use a decimal number with a dot, e.g. 19.90 (no currency sign, no thousands separator).',
		);
	}
	return text;
}

/** A fixedCollection with several values arrives as an array; a single entry or an empty one is normalised. */
export function listOf(value: unknown): IDataObject[] {
	if (Array.isArray(value)) return value.filter((entry) => entry && typeof entry === 'object') as IDataObject[];
	if (value && typeof value === 'object' && Object.keys(value).length) return [value as IDataObject];
	return [];
}
