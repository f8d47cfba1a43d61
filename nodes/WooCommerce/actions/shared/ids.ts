/**
 * IDs from parameters (numbers, resource locators, wp-admin and REST URLs, text IDs), refused with the field and item named when unusable.
 */
import { type IDataObject, type IExecuteFunctions, NodeOperationError } from 'n8n-workflow';

import { type ResourceConfig } from './contract';
import { itemLabel, operationError } from './errors';
import { toApiValue } from './values';

export function recordId(ctx: IExecuteFunctions, config: ResourceConfig, itemIndex: number): number {
	return getId(ctx, config.idParameter.name, itemIndex, config.label);
}

const ID_FROM_URL = [
	// REST URL: .../wp-json/wc/v3/products/123 or .../wc-api/v3/orders/123
	/\/(?:wp-json\/wc\/v\d|wc-api\/v\d)\/(?:[a-z0-9_]+\/)*?([a-z_]+)\/(\d+)\/?(?:[?#].*)?$/i,
	// wp-admin: post.php?post=123, admin.php?page=wc-orders&id=123, user-edit.php?user_id=5, term.php?tag_ID=7
	/[?&](?:post|id|user_id|tag_ID)=(\d+)/i,
];

/** Reads an ID given as a number, a string, or a resource locator (list, ID, URL), and refuses anything else. */
export function getId(ctx: IExecuteFunctions, parameter: string, itemIndex: number, label: string): number {
	const raw = ctx.getNodeParameter(parameter, itemIndex, '') as unknown;
	return parseId(ctx, raw, itemIndex, label);
}

/**
 * An ID parameter's raw value (a resource locator, a number or a string) as trimmed text, with whether it is a URL
 * (the locator's "By URL" mode, or text that starts with http(s)://). Anything else is empty text.
 */
export function locatorText(raw: unknown): { text: string; isUrl: boolean; value: unknown } {
	let value: unknown = raw;
	let mode = 'id';
	if (value && typeof value === 'object' && '__rl' in (value as IDataObject)) {
		mode = String((value as IDataObject).mode ?? 'id');
		value = (value as IDataObject).value;
	}
	const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	return { text, isUrl: mode === 'url' || /^https?:\/\//i.test(text), value };
}

export function parseId(ctx: IExecuteFunctions, raw: unknown, itemIndex: number, label: string): number {
	const locator = locatorText(raw);
	let text = locator.text;
	if (locator.isUrl) {
		const restMatch = ID_FROM_URL[0].exec(text);
		const adminMatch = ID_FROM_URL[1].exec(text);
		const found = restMatch ? restMatch[2] : adminMatch ? adminMatch[1] : undefined;
		if (!found) {
			throw operationError(
				ctx,
				itemIndex,
				`The ${label} URL in ${itemLabel(itemIndex)} does not contain an ID`,
				'Paste the address of the edit page in wp-admin (e.g. https://shop.example/wp-admin/post.php?post=123&action=edit) or of the REST resource, or switch to "By ID".',
			);
		}
		text = found;
	}
	if (text === '') {
		throw operationError(
			ctx,
			itemIndex,
			`The ${label} ID is empty in ${itemLabel(itemIndex)}`,
			`Choose a ${label} from the list or enter its numeric ID. If it comes from an expression, check that the previous node provides it for every item.`,
		);
	}
	if (typeof locator.value === 'number' && !Number.isSafeInteger(locator.value) && Number.isInteger(locator.value)) {
		throw idTooLarge(ctx, itemIndex, label, text);
	}
	if (!/^\d+$/.test(text) || Number(text) <= 0) {
		throw operationError(
			ctx,
			itemIndex,
			`The ${label} ID "${text.slice(0, 60)}" in ${itemLabel(itemIndex)} is not a positive whole number`,
			`WooCommerce IDs are numbers such as 123. Use the ${label}'s ID, not its name, slug or SKU.`,
		);
	}
	if (!isSafeWholeNumber(text)) throw idTooLarge(ctx, itemIndex, label, text);
	return Number(text);
}

/** Digits that a JavaScript number holds exactly (above 2^53 - 1, 9007199254740993 would become ...992). */
export function isSafeWholeNumber(text: string): boolean {
	return /^\d+$/.test(text) && Number.isSafeInteger(Number(text));
}

/** An ID beyond what a number holds exactly: refused, never rounded to another record's ID. */
export function idTooLarge(ctx: IExecuteFunctions, itemIndex: number, label: string, text: string): NodeOperationError {
	return operationError(
		ctx,
		itemIndex,
		`The ${label} ID "${text.slice(0, 60)}" in ${itemLabel(itemIndex)} is too large to be a WooCommerce ID`,
		`IDs above ${Number.MAX_SAFE_INTEGER} cannot be sent exactly (they would be rounded to another record's ID), and WooCommerce IDs are far smaller. Check that the expression gives the ${label}'s ID and not another number.`,
	);
}

/** Turns a list of IDs (multi-options or comma text) into WooCommerce's [{ id }] shape. */
export function idObjects(value: unknown): IDataObject[] {
	const list = Array.isArray(value) ? value : String(value ?? '').split(',');
	return list
		.map((entry) => String(entry).trim())
		.filter((entry) => entry !== '')
		.map((entry) => ({ id: Number(entry) }));
}

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

/** Multi-options or comma text of IDs → [{ id }], refusing anything that is not a positive whole number. */
export function checkIdObjects(
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	value: unknown,
): IDataObject[] {
	const list = Array.isArray(value) ? value : String(value ?? '').split(',');
	return list
		.map((entry) => String(entry).trim())
		.filter((entry) => entry !== '')
		.map((entry) => ({ id: parseId(ctx, entry, itemIndex, label) }));
}

/** Comma text or a list of IDs → [1, 2] (upsell_ids, cross_sell_ids, grouped_products). */
export function checkIdList(ctx: IExecuteFunctions, itemIndex: number, label: string, value: unknown): number[] {
	return checkIdObjects(ctx, itemIndex, label, value).map((entry) => entry.id as number);
}
