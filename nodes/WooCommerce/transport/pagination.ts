/**
 * "Return All" and "Limit" over WooCommerce lists: every record once, whatever the store does meanwhile.
 *
 * The walk reads the list in ID order (a total order) with `offset`, 100 records a page, each page starting
 * one record before the end of what is already covered (offsets 0, 99, 198…), so consecutive pages share
 * a record. Why that cannot lose a record that exists from the first request to the last (R below):
 * - A page is one query, so it is a contiguous slice of the list as it was when that page was read: every
 *   record then in the list with an ID between the page's first and last ID is on it, R included.
 * - We keep a frontier F: every ID <= F is covered. The page at offset 0 covers everything up to its last ID.
 *   A page whose first ID is <= F extends the cover to its last ID (no ID between F and its first can be
 *   missing); a page like that which is short (fewer than per_page records) was the list's end at its time,
 *   so it covers everything after its first ID: the walk is complete. Read times do not matter, so this
 *   holds at any concurrency.
 * - Records created or moving in ahead of F (a filter now matching) push later records back: pages overlap
 *   more, nothing is lost. Records leaving ahead of F pull later ones forward: the next page starts after
 *   F, the gap shows at that boundary, and only it is read again, from an offset stepping back 99, 198, 396…
 *   (offset 0 always joins). Pages read ahead of a gap are kept and join once it is filled.
 * - Records are merged by ID (first copy kept), so none is returned twice.
 * Cost on a quiet store: one record in 100 is read twice (pages of 99 new records), the last page is never
 * empty. The plan never runs past X-WP-Total (a lying X-WP-TotalPages is ignored), at most `concurrency`
 * pages are in flight, and the walk ends at the first short page that joins; missing or unreadable totals
 * mean one page at a time until that short page.
 *
 * Non-ID orders (date, title, price…) have no tie-breaker in WooCommerce: records sharing a value repeat and
 * vanish across pages. Return All and a Limit above one page therefore walk in ID order and sort here
 * (listOrder.ts); a Limit within one page is one query, which is a true first N.
 *
 * Every page is a new request built and signed by us: `Link` headers are never followed (they echo stale
 * OAuth values and, with query-string auth, the consumer secret). Lists without paging (order notes,
 * shipping zones) come back as they are. The legacy wc-api/v3 pages by page number, without the overlap.
 */
import type { IDataObject } from 'n8n-workflow';

import { buildApiError } from './errors';
import type { ApiVersion } from './credentials';
import { explainMissingLegacyOrders, isLegacy, isLegacyOrderPath } from './legacy';
import { defaultOrderFor, sortFieldsFor, sortRecords } from './listOrder';
import { runPool } from './pool';
import type { WooFullResponse, WooFunctions } from './request';
import { getStoreCredentials, getStoreSecrets, wooApiRequest } from './request';

export const MAX_PER_PAGE = 100;
export const DEFAULT_CONCURRENCY = 4;
export const MAX_CONCURRENCY = 10;

export interface PagingStyle {
	pageParam: string;
	perPageParam: string;
	orderbyParam: string;
	orderParam: string;
	totalHeader: string;
	totalPagesHeader: string;
	/** The offset parameter; without one pages are read by number and trusted to be contiguous. */
	offsetParam?: string;
}

export const REST_PAGING: PagingStyle = {
	pageParam: 'page',
	perPageParam: 'per_page',
	orderbyParam: 'orderby',
	orderParam: 'order',
	totalHeader: 'x-wp-total',
	totalPagesHeader: 'x-wp-totalpages',
	offsetParam: 'offset',
};

/**
 * The legacy `wc-api/v3` API: `X-WC-Total*`, bodies wrapped as `{"products":[…]}`, no offset. The walk keeps the REST
 * names (per_page, orderby, order), which the transport translates to `filter[...]` (legacy.ts) like every option.
 */
export const LEGACY_PAGING: PagingStyle = {
	...REST_PAGING,
	totalHeader: 'x-wc-total',
	totalPagesHeader: 'x-wc-totalpages',
	offsetParam: undefined,
};

export function pagingStyle(apiVersion: string | undefined): PagingStyle {
	return apiVersion === 'wc-api/v3' ? LEGACY_PAGING : REST_PAGING;
}

export interface PageRequestOptions {
	returnAll: boolean;
	limit?: number;
}

export function normalizeLimit(limit: number | undefined): number {
	const value = Math.floor(Number(limit ?? 50));
	return Number.isFinite(value) && value > 0 ? value : 1;
}

/** Items per page: 100 for Return All; for a Limit the fewest pages, i.e. min(limit, 100). */
export function perPageFor(options: PageRequestOptions): number {
	if (options.returnAll) return MAX_PER_PAGE;
	return Math.min(normalizeLimit(options.limit), MAX_PER_PAGE);
}

export function clampConcurrency(value: number | undefined): number {
	const n = Math.floor(Number(value ?? DEFAULT_CONCURRENCY));
	if (!Number.isFinite(n) || n < 1) return n < 1 ? 1 : DEFAULT_CONCURRENCY;
	return Math.min(n, MAX_CONCURRENCY);
}

function given(value: unknown): boolean {
	return value !== undefined && value !== null && value !== '';
}

/**
 * The query of every page: the caller's filters, a stable order unless one was chosen, and per_page.
 * `page` / `offset` is added per request.
 */
export function pageQuery(qs: IDataObject, perPage: number, style: PagingStyle = REST_PAGING, stableOrder = true): IDataObject {
	const query: IDataObject = { ...qs };
	delete query[style.pageParam];
	if (style.offsetParam) delete query[style.offsetParam];
	if (stableOrder) {
		const hasOrderby = given(query[style.orderbyParam]);
		if (!hasOrderby) {
			query[style.orderbyParam] = 'id';
			if (!given(query[style.orderParam])) query[style.orderParam] = 'asc';
		}
	}
	query[style.perPageParam] = perPage;
	return query;
}

function headerOf(headers: Record<string, unknown> | undefined, name: string): string | undefined {
	if (!headers) return undefined;
	for (const [key, value] of Object.entries(headers)) {
		if (key.toLowerCase() === name) return Array.isArray(value) ? String(value[0]) : value === undefined ? undefined : String(value);
	}
	return undefined;
}

export interface PagingHeaders {
	total?: number;
	totalPages?: number;
}

export function readPagingHeaders(headers: Record<string, unknown> | undefined, style: PagingStyle = REST_PAGING): PagingHeaders {
	const toNumber = (value: string | undefined): number | undefined => {
		if (value === undefined || value.trim() === '') return undefined;
		const n = Number(value);
		return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
	};
	return {
		total: toNumber(headerOf(headers, style.totalHeader)),
		totalPages: toNumber(headerOf(headers, style.totalPagesHeader)),
	};
}

/** The records of a list answer: the array itself, or the one array inside a legacy `{"products":[…]}`. */
export function listFromBody(body: unknown): IDataObject[] | undefined {
	if (Array.isArray(body)) return body as IDataObject[];
	if (body && typeof body === 'object') {
		const arrays = Object.values(body as IDataObject).filter(Array.isArray);
		if (arrays.length === 1) return arrays[0] as IDataObject[];
	}
	return undefined;
}

// ---------------------------------------------------------------------------------------------
// The walk in ID order (see the comment at the top for why it is complete)
// ---------------------------------------------------------------------------------------------

export interface FetchedPage {
	offset: number;
	list: IDataObject[];
	paging: PagingHeaders;
	headers: Record<string, unknown>;
}

export interface IdWalkPlan {
	perPage: number;
	/** 1: ascending IDs, -1: descending. */
	direction: 1 | -1;
	concurrency: number;
	limit?: number;
	/** Pages without IDs, or a store without `offset`: trust that pages follow one another. */
	trustOffsets?: boolean;
}

export interface IdWalkResult {
	records: IDataObject[];
	first: FetchedPage;
	requests: number;
	/** 'unpaginated': the endpoint ignored paging (one answer held the whole list). */
	end: 'complete' | 'limit' | 'unpaginated' | 'repeated';
}

/** Reads that make no progress before the walk gives up (a store changing faster than it can be read). */
const MAX_STALLED_ROUNDS = 40;

function pageIds(list: IDataObject[]): number[] | undefined {
	const ids: number[] = [];
	for (const record of list) {
		const id = record && typeof record === 'object' ? Number(record.id) : Number.NaN;
		if (!Number.isSafeInteger(id)) return undefined;
		ids.push(id);
	}
	return ids;
}

/**
 * The walk itself, over any `fetchAt(offset)`: returns the records in ID order (each once) and how it ended.
 * Pure apart from `fetchAt`, so the planning is tested without a network.
 */
export async function walkInIdOrder(fetchAt: (offset: number) => Promise<FetchedPage>, plan: IdWalkPlan): Promise<IdWalkResult> {
	const { perPage, direction, limit } = plan;
	// Consecutive pages share one record, unless the pages are trusted to follow one another.
	const overlap = plan.trustOffsets ? 0 : 1;
	const step = Math.max(1, perPage - overlap);
	const atOrBefore = (a: number, b: number) => (a - b) * direction <= 0;
	const byId = new Map<number, IDataObject>();
	const withoutId: IDataObject[] = [];
	const absorb = (page: FetchedPage): number => {
		let added = 0;
		for (const record of page.list) {
			const id = record && typeof record === 'object' ? Number(record.id) : Number.NaN;
			if (!Number.isSafeInteger(id)) withoutId.push(record);
			else if (!byId.has(id)) {
				byId.set(id, record);
				added++;
			}
		}
		return added;
	};

	let frontier: number | undefined;
	/** How many records were at or before the frontier when it was last seen: where the next page starts. */
	let position = 0;
	let complete = false;
	let requests = 1;
	const first = await fetchAt(0);
	absorb(first);
	const finish = (end: IdWalkResult['end']): IdWalkResult => {
		const ordered = [...byId.entries()].sort((a, b) => (a[0] - b[0]) * direction).map(([, record]) => record);
		// An endpoint without paging keeps its own order (order notes: newest first).
		const records = end === 'unpaginated' ? first.list : [...ordered, ...withoutId];
		return { records: limit === undefined ? records : records.slice(0, limit), first, requests, end };
	};
	const unpaginated = first.paging.totalPages === undefined && first.list.length < perPage;
	if (first.list.length > perPage || unpaginated) return finish('unpaginated');

	/** Joins a page to the covered range if it touches it; returns whether it did. */
	const join = (page: FetchedPage): boolean => {
		const ids = plan.trustOffsets ? undefined : pageIds(page.list);
		const touches =
			page.offset === 0 ||
			(ids === undefined
				? page.offset <= position
				: ids.length > 0 && frontier !== undefined && atOrBefore(ids[0], frontier));
		if (!touches) return false;
		const last = ids?.[ids.length - 1];
		if (ids === undefined) position = Math.max(position, page.offset + page.list.length);
		else if (last !== undefined && (frontier === undefined || !atOrBefore(last, frontier))) {
			frontier = last;
			position = page.offset + page.list.length;
		}
		if (page.list.length < perPage) complete = true;
		return true;
	};
	const coveredCount = (): number => {
		// Pages trusted to follow one another (no IDs compared): the records joined so far.
		if (frontier === undefined) return Math.max(position, withoutId.length);
		let n = withoutId.length;
		for (const id of byId.keys()) if (atOrBefore(id, frontier)) n++;
		return n;
	};
	const limitReached = () => limit !== undefined && coveredCount() >= limit;

	join(first);
	let parked: FetchedPage[] = [];
	let back = 0;
	let stalled = 0;
	let total = first.paging.total;
	while (!complete && !limitReached()) {
		const start = Math.max(0, position - overlap - back);
		let ahead = Math.max(1, plan.concurrency);
		if (total === undefined) ahead = 1;
		else ahead = Math.min(ahead, Math.max(1, Math.floor((total - 1 - start) / step) + 1));
		if (limit !== undefined) ahead = Math.min(ahead, Math.max(1, Math.ceil((limit - 1 - start) / step)));
		const offsets = Array.from({ length: ahead }, (_, i) => start + i * step);
		const pages = await runPool(
			offsets.map((offset) => async () => await fetchAt(offset)),
			plan.concurrency,
		);
		requests += pages.length;
		const frontierBefore = frontier;
		let firstAdded = 0;
		pages.forEach((page, i) => {
			const added = absorb(page);
			if (i === 0) firstAdded = added;
			if (page.paging.total !== undefined) total = page.paging.total;
			if (page.list.length > 0) parked.push(page);
		});
		const leader = pages[0];
		if (leader.list.length > perPage) return finish('unpaginated');
		let leaderJoined = false;
		for (let joined = true; joined && !complete; ) {
			joined = false;
			parked = parked.filter((page) => {
				if (complete || !join(page)) return true;
				if (page === leader) leaderJoined = true;
				joined = true;
				return false;
			});
		}
		// An empty page right after the covered range ends the walk: at offset 0 the list is empty; without overlap
		// (page numbers, the legacy API) the list ended exactly on a full page.
		if (leader.list.length === 0 && (leader.offset === 0 || (overlap === 0 && leader.offset <= position))) complete = true;
		if (complete) break;
		if (back === 0 && leaderJoined && leader.list.length >= perPage && firstAdded === 0 && frontier === frontierBefore) {
			// A full page right after the covered range brought nothing new: the store ignores `offset`.
			return finish(first.paging.totalPages === undefined ? 'unpaginated' : 'repeated');
		}
		back = leaderJoined ? 0 : Math.max(step, back * 2);
		stalled = frontier === frontierBefore ? stalled + 1 : 0;
		if (stalled > MAX_STALLED_ROUNDS) return finish('repeated');
	}
	return finish(limitReached() && !complete ? 'limit' : 'complete');
}

// ---------------------------------------------------------------------------------------------
// The walk over HTTP
// ---------------------------------------------------------------------------------------------

export interface AllItemsOptions {
	returnAll: boolean;
	limit?: number;
	/** Pages fetched at once (1..10, default 4). */
	concurrency?: number;
	itemIndex?: number;
	/** Add `orderby=id&order=asc` when the caller gave no order (default true). */
	stableOrder?: boolean;
	/** Another API root of the store than the credential's (see WooRequestOptions.apiVersion). */
	apiVersion?: ApiVersion;
}

export interface ListWalk {
	items: IDataObject[];
	/** The headers of the first answer (e.g. `Date`: the store's clock). */
	headers: Record<string, unknown>;
}

/** Adds fields the walk needs to a `_fields` selection; returns those that were not asked for. */
function requireFields(query: IDataObject, fields: string[]): string[] {
	if (!given(query._fields)) return [];
	const asked = String(query._fields)
		.split(',')
		.map((f) => f.trim())
		.filter(Boolean);
	const missing = fields.filter((f) => !asked.includes(f));
	if (missing.length) query._fields = [...asked, ...missing].join(',');
	return missing;
}

function dropFields(records: IDataObject[], fields: string[]): IDataObject[] {
	if (!fields.length) return records;
	return records.map((record) => {
		const copy = { ...record };
		for (const field of fields) delete copy[field];
		return copy;
	});
}

function includeList(value: unknown): number[] | undefined {
	if (!given(value)) return undefined;
	const parts = Array.isArray(value) ? value : String(value).split(',');
	return parts.map((v) => Number(v)).filter((n) => Number.isSafeInteger(n));
}

/**
 * Every record of a list (Return All) or the first `limit`, each record once, and the first answer's headers.
 * `endpoint` is relative to the API root ('products', `orders/${id}/notes`); `qs` holds the filters.
 */
export async function wooApiWalk(this: WooFunctions, endpoint: string, qs: IDataObject, options: AllItemsOptions): Promise<ListWalk> {
	const { itemIndex } = options;
	const creds = await getStoreCredentials.call(this);
	const style = pagingStyle(options.apiVersion ?? creds.apiVersion);
	const limit = options.returnAll ? undefined : normalizeLimit(options.limit);
	const concurrency = clampConcurrency(options.concurrency);
	const stableOrder = options.stableOrder !== false;
	const asked: IDataObject = { ...(qs ?? {}) };
	const orderby = given(asked[style.orderbyParam]) ? String(asked[style.orderbyParam]) : undefined;
	const askedOrder = given(asked[style.orderParam]) ? String(asked[style.orderParam]).toLowerCase() : undefined;

	const fetchWith = (query: IDataObject) => async (offset: number): Promise<FetchedPage> => {
		const perPage = Number(query[style.perPageParam]);
		const position = style.offsetParam
			? { [style.offsetParam]: offset }
			: { [style.pageParam]: Math.floor(offset / perPage) + 1 };
		const response = (await wooApiRequest.call(this, 'GET', endpoint, {
			qs: { ...query, ...position },
			itemIndex,
			returnFullResponse: true,
			apiVersion: options.apiVersion,
		})) as WooFullResponse;
		const list = listFromBody(response.body);
		const records = list ?? (response.body && typeof response.body === 'object' ? [response.body as IDataObject] : []);
		const headers = (response.headers ?? {}) as Record<string, unknown>;
		return { offset, list: records, paging: readPagingHeaders(headers, style), headers };
	};
	const walk = async (query: IDataObject, walkLimit: number | undefined, direction: 1 | -1, trustOffsets: boolean) => {
		const perPage = Number(query[style.perPageParam]);
		const result = await walkInIdOrder(fetchWith(query), {
			perPage,
			direction,
			concurrency,
			limit: walkLimit,
			// Without an offset parameter pages cannot overlap: page numbers are trusted to follow one another.
			trustOffsets: trustOffsets || !style.offsetParam,
		});
		if (result.end === 'repeated') await repeatedPages.call(this, endpoint, itemIndex);
		return result;
	};

	const sortedHere = orderby !== undefined && orderby !== 'id' && stableOrder;
	if (sortedHere && limit !== undefined && limit <= MAX_PER_PAGE) {
		// One query is one consistent order: its first N are the true first N.
		const query = pageQuery(asked, limit, style, false);
		const page = await fetchWith(query)(0);
		return { items: page.list.slice(0, limit), headers: page.headers };
	}
	if (sortedHere) {
		// Walk in ID order (complete, no repeats), then sort here by the chosen field with the ID as tie-breaker.
		const query: IDataObject = { ...asked, [style.orderbyParam]: 'id', [style.orderParam]: 'asc' };
		const extra = requireFields(query, ['id', ...sortFieldsFor(orderby)]);
		const result = await walk(pageQuery(query, MAX_PER_PAGE, style), undefined, 1, false);
		const order = askedOrder === 'asc' || askedOrder === 'desc' ? askedOrder : defaultOrderFor(endpoint);
		const sorted = sortRecords(result.records, orderby, order, includeList(asked.include));
		return { items: dropFields(limit === undefined ? sorted : sorted.slice(0, limit), extra), headers: result.first.headers };
	}

	const query: IDataObject = { ...asked };
	if (stableOrder && orderby === undefined) query[style.orderbyParam] = 'id';
	if (stableOrder && askedOrder === undefined) query[style.orderParam] = 'asc';
	const extra = stableOrder ? requireFields(query, ['id']) : [];
	const direction = String(query[style.orderParam] ?? 'asc').toLowerCase() === 'desc' ? -1 : 1;
	const result = await walk(pageQuery(query, perPageFor(options), style, false), limit, direction, !stableOrder);
	return { items: dropFields(result.records, extra), headers: result.first.headers };
}

async function repeatedPages(this: WooFunctions, endpoint: string, itemIndex: number | undefined): Promise<never> {
	const secrets = await getStoreSecrets.call(this);
	throw buildApiError(
		this.getNode(),
		{
			httpCode: null,
			code: 'pagination_ignored',
			message: 'The store returned the same records for different pages',
			description: `Later pages of ${endpoint} only repeated records already received, so the store (often a caching or security plugin) ignores the paging parameters: exclude /wp-json/ from page caching. No records were returned to avoid an incomplete list.`,
		},
		{ secrets, itemIndex },
	);
}

/**
 * Every record of a list (Return All) or the first `limit`, in a stable order, each record once.
 * `endpoint` is relative to the API root ('products', `orders/${id}/notes`); `qs` holds the filters.
 */
export async function wooApiRequestAllItems(
	this: WooFunctions,
	endpoint: string,
	qs: IDataObject,
	options: AllItemsOptions,
): Promise<IDataObject[]> {
	const { items } = await wooApiWalk.call(this, endpoint, qs, options);
	const creds = await getStoreCredentials.call(this);
	if (items.length === 0 && isLegacyOrderPath(endpoint) && isLegacy({ apiVersion: options.apiVersion ?? creds.apiVersion })) {
		// No order through the legacy API: an HPOS store's orders are invisible to it (explained, not returned empty).
		await explainMissingLegacyOrders(
			this,
			async (apiVersion, path, query) => await wooApiRequest.call(this, 'GET', path, { qs: query, itemIndex: options.itemIndex, apiVersion }),
			options.itemIndex,
		);
	}
	return items;
}
