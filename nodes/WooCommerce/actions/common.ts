import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, jsonParse } from 'n8n-workflow';

/** A community package keeps its own copy of nodes-base's helper: it scopes an operation's parameters to it. */
export function updateDisplayOptions(
	displayOptions: { show: Record<string, string[]> },
	properties: INodeProperties[],
): INodeProperties[] {
	return properties.map((property) => ({
		...property,
		displayOptions: {
			...property.displayOptions,
			show: { ...displayOptions.show, ...(property.displayOptions?.show ?? {}) },
		},
	}));
}

/** "item 3" in messages is 1-based like the editor shows it; n8n's itemIndex stays 0-based. */
export function itemLabel(itemIndex: number): string {
	return `item ${itemIndex + 1}`;
}

export function operationError(
	ctx: IExecuteFunctions,
	itemIndex: number,
	message: string,
	description?: string,
): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), message, { itemIndex, description });
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

/**
 * Builds a request body from parameters whose names are WooCommerce field names.
 * `extraFieldsJson` (the JSON escape hatch) is merged last so users can send anything the UI lacks.
 */
export function buildBody(ctx: IExecuteFunctions, itemIndex: number, ...parts: IDataObject[]): IDataObject {
	const body: IDataObject = {};
	for (const part of parts) {
		for (const [key, value] of Object.entries(part)) {
			if (key === 'extraFieldsJson') continue;
			if (value === undefined || value === '') continue;
			body[key] = toApiValue(value) as IDataObject[keyof IDataObject];
		}
	}
	for (const part of parts) {
		if (part.extraFieldsJson !== undefined && part.extraFieldsJson !== '') {
			const extra = parseJsonParameter(ctx, part.extraFieldsJson, itemIndex, 'Extra Fields (JSON)');
			if (Array.isArray(extra)) {
				throw operationError(
					ctx,
					itemIndex,
					`The field "Extra Fields (JSON)" in ${itemLabel(itemIndex)} must be a JSON object, not an array`,
				);
			}
			Object.assign(body, extra);
		}
	}
	return body;
}

/** Turns a list of IDs (multi-options or comma text) into WooCommerce's [{ id }] shape. */
export function idObjects(value: unknown): IDataObject[] {
	const list = Array.isArray(value) ? value : String(value ?? '').split(',');
	return list
		.map((entry) => String(entry).trim())
		.filter((entry) => entry !== '')
		.map((entry) => ({ id: Number(entry) }));
}

/** Splits "id, name, billing.email" into the field paths the user asked for. */
export function parseFieldList(value: unknown): string[] {
	const list = Array.isArray(value) ? value : String(value ?? '').split(',');
	return list.map((field) => String(field).trim()).filter((field) => field !== '');
}

/** WooCommerce honours only top-level names in `_fields` everywhere (nested ones are dropped on products). */
export function topLevelFields(paths: string[]): string[] {
	return [...new Set(paths.map((path) => path.split('.')[0]))];
}

function mergeInto(target: IDataObject, source: IDataObject): void {
	for (const [key, value] of Object.entries(source)) {
		const existing = target[key];
		if (Array.isArray(existing) && Array.isArray(value)) {
			target[key] = existing.map((entry, index) =>
				entry && typeof entry === 'object' && value[index] && typeof value[index] === 'object'
					? { ...(entry as IDataObject), ...(value[index] as IDataObject) }
					: entry,
			) as IDataObject[];
		} else if (existing && typeof existing === 'object' && value && typeof value === 'object') {
			mergeInto(existing as IDataObject, value as IDataObject);
		} else {
			target[key] = value;
		}
	}
}

function buildNested(path: string[], value: unknown): unknown {
	if (path.length === 0) return value;
	if (Array.isArray(value)) return value.map((entry) => buildNested(path, entry));
	if (!value || typeof value !== 'object') return undefined;
	const [head, ...rest] = path;
	const inner = (value as IDataObject)[head];
	if (inner === undefined) return {};
	return { [head]: buildNested(rest, inner) };
}

/** Keeps only the requested field paths, dot notation reaching into objects and arrays of objects. */
export function selectFields(object: IDataObject, paths: string[]): IDataObject {
	if (paths.length === 0) return object;
	const result: IDataObject = {};
	for (const path of paths) {
		const [head, ...rest] = path.split('.');
		if (!(head in object)) continue;
		if (rest.length === 0) {
			result[head] = object[head];
			continue;
		}
		const nested = buildNested(rest, object[head]);
		mergeInto(result, { [head]: nested as IDataObject });
	}
	return result;
}

/** Reads one value by dot path, e.g. "billing.email". */
export function valueAtPath(object: IDataObject, path: string): unknown {
	let current: unknown = object;
	for (const key of path.split('.')) {
		if (!current || typeof current !== 'object') return undefined;
		current = (current as IDataObject)[key];
	}
	return current;
}

export function toItems(ctx: IExecuteFunctions, data: IDataObject | IDataObject[], itemIndex: number): INodeExecutionData[] {
	return ctx.helpers.constructExecutionMetaData(ctx.helpers.returnJsonArray(data), {
		itemData: { item: itemIndex },
	});
}
