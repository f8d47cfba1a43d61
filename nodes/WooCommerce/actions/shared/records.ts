/**
 * What comes back: Fields selection, Simplify, filters to query strings, Limit, and records to n8n items.
 */
import { type IDataObject, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import { ResourceConfig } from './contract';
import { itemLabel, operationError } from './errors';
import { toApiValue } from './values';

/** Reads Options > Fields and returns the `_fields` query plus the paths to keep. */
export function fieldSelection(ctx: IExecuteFunctions, itemIndex: number) {
	const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const paths = parseFieldList(options.fields);
	return { paths, query: paths.length ? { _fields: topLevelFields(paths).join(',') } : {} };
}

/** Applies Simplify (when the resource has it and no explicit fields were asked) and Fields. */
export function shapeRecords(
	ctx: IExecuteFunctions,
	config: ResourceConfig,
	itemIndex: number,
	records: IDataObject[],
	paths: string[],
): IDataObject[] {
	if (paths.length) return records.map((record) => selectFields(record, paths));
	if (config.simplify && (ctx.getNodeParameter('simplify', itemIndex, true) as boolean)) {
		return records.map(config.simplify);
	}
	return records;
}

const WOO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?$/;

/** WooCommerce wants ISO 8601 dates; values with a zone are sent in UTC with dates_are_gmt. */
export function filtersToQuery(
	ctx: IExecuteFunctions,
	itemIndex: number,
	filters: IDataObject,
	dateFields: string[] = [],
): IDataObject {
	const query: IDataObject = {};
	for (const [key, raw] of Object.entries(filters)) {
		const value = toApiValue(raw) as IDataObject[keyof IDataObject];
		if (value === undefined || value === null || value === '') continue;
		if (Array.isArray(value) && value.length === 0) continue;
		if (dateFields.includes(key)) {
			const text = String(value).trim();
			if (WOO_DATE.test(text)) {
				// WooCommerce's date-time args need the seconds: 2026-11-22 and 2026-11-22T10:00 get 400 rest_invalid_date.
				const [day, time = '00:00:00'] = text.split(/[T ]/);
				query[key] = `${day}T${time.length === 5 ? `${time}:00` : time}`;
				continue;
			}
			const date = new Date(text);
			if (Number.isNaN(date.getTime())) {
				throw operationError(
					ctx,
					itemIndex,
					`The filter "${key}" in ${itemLabel(itemIndex)} is not a valid date: "${text.slice(0, 40)}"`,
					'Use a date such as 2026-11-22 or 2026-11-22T10:00:00, or pick one with the date picker.',
				);
			}
			query[key] = date.toISOString().slice(0, 19);
			query.dates_are_gmt = true;
			continue;
		}
		query[key] = value;
	}
	return query;
}

/** Reads Return All / Limit: undefined for Return All, else a limit of at least 1 (or an error naming the item). */
export function readLimit(ctx: IExecuteFunctions, itemIndex: number): number | undefined {
	const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
	if (returnAll) return undefined;
	const limit = ctx.getNodeParameter('limit', itemIndex, 50) as number;
	if (!Number.isInteger(limit) || limit < 1) {
		throw operationError(
			ctx,
			itemIndex,
			`The field "Limit" in ${itemLabel(itemIndex)} must be a whole number of at least 1`,
			'Set Limit to how many records you want, or turn on Return All.',
		);
	}
	return limit;
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
