/**
 * Finds records by a key the list endpoint filters on (`sku`), up to 100 keys per request, requests sent a few at a
 * time. WooCommerce splits such a parameter on commas and also matches the whole string when it was split
 * (WC_REST_Products_V2_Controller::prepare_objects_query), so a key containing a comma cannot share a list: it is
 * looked up on its own (`sku=a,b` then matches "a", "b" and "a,b"). Only exact matches are kept.
 */
import type { IDataObject } from 'n8n-workflow';

import { clampBatchConcurrency } from './batchWindow';
import { MAX_PER_PAGE, listFromBody, readPagingHeaders } from './pagination';
import { runPool } from './pool';
import type { WooFullResponse, WooFunctions } from './request';
import { wooApiRequest } from './request';

export const MAX_LOOKUP_KEYS = 100;

/** The key lists to send: commas-free keys 100 at a time, each key with a comma alone. */
export function lookupLists(keys: string[], size: number = MAX_LOOKUP_KEYS): string[][] {
	const unique = [...new Set(keys.filter((key) => key !== ''))];
	const plain = unique.filter((key) => !key.includes(','));
	const lists: string[][] = [];
	for (let i = 0; i < plain.length; i += size) lists.push(plain.slice(i, i + size));
	for (const key of unique) if (key.includes(',')) lists.push([key]);
	return lists;
}

export interface LookupOptions {
	/** The list parameter, e.g. 'sku'. */
	param: string;
	/** The record field holding the key (default: the parameter name). */
	field?: string;
	/** Other filters and `_fields` (the key field is added to `_fields`). */
	qs?: IDataObject;
	concurrency?: number;
	itemIndex?: number;
}

/** Every record whose key is one of `keys`, grouped by key (a key nobody has maps to an empty list). */
export async function wooApiLookup(
	this: WooFunctions,
	endpoint: string,
	keys: string[],
	options: LookupOptions,
): Promise<Map<string, IDataObject[]>> {
	const field = options.field ?? options.param;
	const qs: IDataObject = { ...(options.qs ?? {}), per_page: MAX_PER_PAGE, orderby: 'id', order: 'asc' };
	if (typeof qs._fields === 'string' && !qs._fields.split(',').includes(field)) qs._fields = `${qs._fields},${field}`;

	const readList = async (list: string[]): Promise<IDataObject[]> => {
		const read = async (page: number) =>
			(await wooApiRequest.call(this, 'GET', endpoint, {
				qs: { ...qs, [options.param]: list.join(','), page },
				itemIndex: options.itemIndex,
				returnFullResponse: true,
			})) as WooFullResponse;
		const first = await read(1);
		const records = [...(listFromBody(first.body) ?? [])];
		// More pages only when keys are shared by several records (100 keys, more than 100 matches).
		const pages = readPagingHeaders(first.headers).totalPages ?? 1;
		for (let page = 2; page <= pages; page++) records.push(...(listFromBody((await read(page)).body) ?? []));
		return records;
	};

	const lists = lookupLists(keys);
	const answers = await runPool(
		lists.map((list) => async () => await readList(list)),
		clampBatchConcurrency(options.concurrency),
	);
	const found = new Map<string, IDataObject[]>(keys.map((key) => [key, []]));
	const seen = new Set<unknown>();
	answers.flat().forEach((record) => {
		const key = String(record[field] ?? '');
		const bucket = found.get(key);
		// A record can come back from two lists (a comma key also matches its parts): keep it once.
		if (!bucket || seen.has(record.id)) return;
		seen.add(record.id);
		bucket.push(record);
	});
	return found;
}

/**
 * For filters that take one value (customers `email`, coupons `code`): one request per key, a few at a time.
 * Returns each key's records as the store answered them (the caller decides what an exact match is).
 */
export async function wooApiLookupEach(
	this: WooFunctions,
	endpoint: string,
	keys: Array<{ key: string; itemIndex: number }>,
	options: LookupOptions,
): Promise<IDataObject[][]> {
	return await runPool(
		keys.map(({ key, itemIndex }) => async () => {
			const body = (await wooApiRequest.call(this, 'GET', endpoint, {
				qs: { ...(options.qs ?? {}), [options.param]: key },
				itemIndex,
			})) as unknown;
			return listFromBody(body) ?? [];
		}),
		clampBatchConcurrency(options.concurrency),
	);
}
