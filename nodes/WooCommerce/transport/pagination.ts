/**
 * "Return All" and "Limit" over WooCommerce lists, without duplicates or gaps.
 *
 * - Stable order: `orderby=id&order=asc` unless the caller chose an order (the default date order is not
 *   a total order: items created in the same second repeat and vanish across pages).
 * - Page 1 tells X-WP-TotalPages; the other pages are fetched concurrently (a small pool).
 * - Every page is a new request built and signed by us: `Link` headers are never followed (they echo
 *   stale OAuth values and, with query-string auth, the consumer secret).
 * - Records created during the walk land after the last page (ids grow): when the last page was full or
 *   X-WP-Total grew, the walk goes on page by page until a short page.
 * - Records that leave the list during the walk (trashed, or no longer matching a filter) move later records
 *   onto pages already read: when X-WP-Total shrank, the pages are read once more and that pass is the result.
 * - Lists without pagination headers (order notes, shipping zones, payment gateways) come back as they are.
 */
import type { IDataObject } from 'n8n-workflow';

import { buildApiError } from './errors';
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
}

export const REST_PAGING: PagingStyle = {
	pageParam: 'page',
	perPageParam: 'per_page',
	orderbyParam: 'orderby',
	orderParam: 'order',
	totalHeader: 'x-wp-total',
	totalPagesHeader: 'x-wp-totalpages',
};

/** The legacy `wc-api/v3` API: `filter[limit]`, `X-WC-Total*`, bodies wrapped as `{"products":[…]}`. */
export const LEGACY_PAGING: PagingStyle = {
	pageParam: 'page',
	perPageParam: 'filter[limit]',
	orderbyParam: 'filter[orderby]',
	orderParam: 'filter[order]',
	totalHeader: 'x-wc-total',
	totalPagesHeader: 'x-wc-totalpages',
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

/** How many pages a Limit needs at most (Infinity for Return All). */
export function pagesWanted(options: PageRequestOptions, perPage = perPageFor(options)): number {
	if (options.returnAll) return Number.POSITIVE_INFINITY;
	return Math.ceil(normalizeLimit(options.limit) / perPage);
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
 * `page` is added per request.
 */
export function pageQuery(qs: IDataObject, perPage: number, style: PagingStyle = REST_PAGING, stableOrder = true): IDataObject {
	const query: IDataObject = { ...qs };
	delete query[style.pageParam];
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

/**
 * The last page worth requesting up front: what X-WP-TotalPages claims, never more than X-WP-Total can fill,
 * nor more than the Limit needs. Headers only bound the plan (a page past the end costs one request, never memory):
 * the walk stops at the first short page either way, and goes on past the plan while pages come back full.
 */
export function lastPlannedPage(headers: PagingHeaders, perPage: number, wanted: number): number {
	const bounds = [wanted];
	if (headers.totalPages !== undefined) bounds.push(Math.floor(headers.totalPages));
	if (headers.total !== undefined) bounds.push(Math.ceil(headers.total / perPage));
	if (bounds.length === 1) return 1;
	return Math.max(1, Math.min(...bounds));
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

function idKey(item: IDataObject): string | undefined {
	if (!item || typeof item !== 'object') return undefined;
	const id = item.id;
	if (id === undefined || id === null || id === '') return undefined;
	return `${typeof id}:${String(id)}`;
}

/** Accumulates pages in page order, keeping the first copy of each id (items without id are all kept). */
export class PageMerger {
	private readonly seen = new Set<string>();
	readonly items: IDataObject[] = [];

	/** Adds a page; returns how many of its items were new. */
	add(page: IDataObject[]): number {
		let added = 0;
		for (const item of page) {
			const key = idKey(item);
			if (key !== undefined) {
				if (this.seen.has(key)) continue;
				this.seen.add(key);
			}
			this.items.push(item);
			added++;
		}
		return added;
	}
}

/** De-duplicates pages by id, keeping first-seen order (page order, then order within the page). */
export function mergePages(pages: IDataObject[][], limit?: number): IDataObject[] {
	const merger = new PageMerger();
	for (const page of pages) merger.add(page);
	return limit === undefined ? merger.items : merger.items.slice(0, limit);
}

export interface TailState {
	returnAll: boolean;
	limit?: number;
	collected: number;
	perPage: number;
	/** Length of the last page fetched (the highest page number). */
	lastPageLength: number;
	/** X-WP-Total as the last page saw it, and the largest seen on any page. */
	lastPageTotal?: number;
	maxTotal?: number;
}

/**
 * After the planned pages: whether to walk on, and from which page.
 * 'next' = the page after the last one; 'again' = re-read the last page (it was short but the total grew,
 * so records may have been added to it after it was read); undefined = done.
 */
export function tailStep(state: TailState): 'next' | 'again' | undefined {
	if (!state.returnAll && state.collected >= normalizeLimit(state.limit)) return undefined;
	// The total grew after the (short) last page was read: records may have been appended to it since.
	const grew = state.lastPageTotal !== undefined && state.maxTotal !== undefined && state.maxTotal > state.lastPageTotal;
	if (state.lastPageLength >= state.perPage) return 'next';
	if (grew) return 'again';
	return undefined;
}

/**
 * The record field behind each WooCommerce `orderby` value we can sort on ourselves. WooCommerce's orders other than
 * ID have no tie-breaker, so records sharing a value (a creation second, a price) repeat and vanish across pages.
 */
const SORT_FIELDS: Record<string, (record: IDataObject) => unknown> = {
	id: (r) => r.id,
	term_id: (r) => r.id,
	date: (r) => r.date_created_gmt ?? r.date_created,
	date_gmt: (r) => r.date_created_gmt ?? r.date_created,
	registered_date: (r) => r.date_created_gmt ?? r.date_created,
	modified: (r) => r.date_modified_gmt ?? r.date_modified,
	title: (r) => r.name ?? r.code ?? r.title,
	slug: (r) => r.slug,
	menu_order: (r) => r.menu_order,
	popularity: (r) => r.total_sales,
	price: (r) => (r.price === '' || r.price === undefined ? undefined : Number(r.price)),
	rating: (r) => (r.average_rating === undefined ? undefined : Number(r.average_rating)),
	count: (r) => r.count,
	product: (r) => r.product_id,
	priority: (r) => r.priority,
	order: (r) => r.order,
};
const SORT_SOURCE_FIELDS: Record<string, string[]> = {
	date: ['date_created_gmt', 'date_created'],
	date_gmt: ['date_created_gmt', 'date_created'],
	registered_date: ['date_created_gmt', 'date_created'],
	modified: ['date_modified_gmt', 'date_modified'],
	title: ['name', 'code', 'title'],
	popularity: ['total_sales'],
	rating: ['average_rating'],
	product: ['product_id'],
};

function compareValues(a: unknown, b: unknown): number {
	if (a === b) return 0;
	if (a === undefined || a === null) return -1;
	if (b === undefined || b === null) return 1;
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

/** Records in the chosen order, ties broken by ID in the same direction (`include` keeps the list's order). */
export function sortRecords(records: IDataObject[], orderby: string, order: string, include?: unknown): IDataObject[] {
	const sign = String(order).toLowerCase() === 'desc' ? -1 : 1;
	if (orderby === 'include') {
		const wanted = String(include ?? '').split(',').map((id) => id.trim());
		const rank = (r: IDataObject) => {
			const at = wanted.indexOf(String(r.id));
			return at === -1 ? Number.MAX_SAFE_INTEGER : at;
		};
		return [...records].sort((a, b) => rank(a) - rank(b));
	}
	const key = SORT_FIELDS[orderby];
	return [...records].sort((a, b) => sign * (compareValues(key(a), key(b)) || compareValues(a.id, b.id)));
}

// ---------------------------------------------------------------------------------------------
// The walk
// ---------------------------------------------------------------------------------------------

export interface AllItemsOptions {
	returnAll: boolean;
	limit?: number;
	/** Pages fetched at once after the first (1..10, default 4). */
	concurrency?: number;
	itemIndex?: number;
	/** Add `orderby=id&order=asc` when the caller gave no order (default true). */
	stableOrder?: boolean;
}

interface FetchedPage {
	list: IDataObject[];
	headers: PagingHeaders;
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
	const { itemIndex } = options;
	const creds = await getStoreCredentials.call(this);
	const style = pagingStyle(creds.apiVersion);

	// Another order than ID over more than one page: walk in ID order (stable) and sort here, so nothing repeats or
	// goes missing at page boundaries and a Limit gets the true first N.
	const orderby = String((qs ?? {})[style.orderbyParam] ?? '');
	const overOnePage = options.returnAll || normalizeLimit(options.limit) > MAX_PER_PAGE;
	if (options.stableOrder !== false && overOnePage && orderby !== '' && orderby !== 'id' && (orderby === 'include' || SORT_FIELDS[orderby])) {
		const byId: IDataObject = { ...qs };
		const order = String(byId[style.orderParam] ?? 'desc');
		delete byId[style.orderbyParam];
		delete byId[style.orderParam];
		if (typeof byId._fields === 'string' && byId._fields !== '') {
			byId._fields = [byId._fields, ...(SORT_SOURCE_FIELDS[orderby] ?? [orderby])].join(',');
		}
		const all = await wooApiRequestAllItems.call(this, endpoint, byId, { ...options, returnAll: true });
		const sorted = sortRecords(all, orderby, order, qs.include);
		return options.returnAll ? sorted : sorted.slice(0, normalizeLimit(options.limit));
	}

	const perPage = perPageFor(options);
	const wanted = pagesWanted(options, perPage);
	const limit = options.returnAll ? undefined : normalizeLimit(options.limit);
	const stableOrder = options.stableOrder !== false;
	const query = pageQuery(qs ?? {}, perPage, style, stableOrder);

	const fetchPage = async (page: number): Promise<FetchedPage> => {
		const response = (await wooApiRequest.call(this, 'GET', endpoint, {
			qs: { ...query, [style.pageParam]: page },
			itemIndex,
			returnFullResponse: true,
		})) as WooFullResponse;
		const list = listFromBody(response.body);
		const records = list ?? (response.body && typeof response.body === 'object' ? [response.body as IDataObject] : []);
		return { list: records, headers: readPagingHeaders(response.headers, style) };
	};

	const first = await fetchPage(1);
	// No (readable) paging headers: an unpaginated list (order notes, shipping zones, payment gateways) or a proxy
	// that strips them. A full first page means there may be more: read on until a short page or nothing new.
	const headersKnown = first.headers.totalPages !== undefined || first.headers.total !== undefined;
	if (!headersKnown && first.list.length < perPage) {
		return limit === undefined ? first.list : first.list.slice(0, limit);
	}

	const merger = new PageMerger();
	merger.add(first.list);
	let maxTotal = first.headers.total;
	let minTotal = first.headers.total;
	let lastPageTotal = first.headers.total;
	const noteTotal = (headers: PagingHeaders) => {
		if (headers.total === undefined) return;
		maxTotal = Math.max(maxTotal ?? 0, headers.total);
		minTotal = Math.min(minTotal ?? headers.total, headers.total);
	};
	const repeatedPage = async (page: number): Promise<never> => {
		const secrets = await getStoreSecrets.call(this);
		throw buildApiError(
			this.getNode(),
			{
				httpCode: null,
				code: 'pagination_ignored',
				message: 'The store returned the same records for different pages',
				description: `Page ${page} of ${endpoint} only repeated records already received, so the store (often a caching or security plugin) ignores the page parameter: exclude /wp-json/ from page caching. No records were returned to avoid an incomplete list.`,
			},
			{ secrets, itemIndex },
		);
	};

	// Pages 2..plan, a few at a time; no new request starts once a page came back short (a header that claims
	// more pages than there are costs at most `concurrency - 1` requests, and nothing is allocated per claimed page).
	const plan = first.list.length < perPage ? 1 : lastPlannedPage(first.headers, perPage, wanted);
	const fetched = new Map<number, FetchedPage>();
	let nextPage = 2;
	let shortSeen = false;
	const worker = async (): Promise<void> => {
		while (!shortSeen && nextPage <= plan) {
			const page = nextPage++;
			const result = await fetchPage(page);
			fetched.set(page, result);
			if (result.list.length < perPage) shortSeen = true;
		}
	};
	await Promise.all(Array.from({ length: Math.min(clampConcurrency(options.concurrency), Math.max(plan - 1, 0)) }, worker));
	let lastPage = 1;
	let lastLength = first.list.length;
	for (const page of [...fetched.keys()].sort((a, b) => a - b)) {
		const { list, headers } = fetched.get(page)!;
		const added = merger.add(list);
		noteTotal(headers);
		if (headersKnown && stableOrder && list.length > 0 && added === 0) await repeatedPage(page);
		lastPage = page;
		lastLength = list.length;
		lastPageTotal = headers.total;
	}

	for (;;) {
		const step = tailStep({
			returnAll: options.returnAll,
			limit,
			collected: merger.items.length,
			perPage,
			lastPageLength: lastLength,
			lastPageTotal,
			maxTotal,
		});
		if (!step) break;
		// A full last page that ends exactly where an unchanged X-WP-Total says the list ends: nothing follows it.
		const endsAtTotal =
			headersKnown &&
			lastPageTotal !== undefined &&
			lastPageTotal === maxTotal &&
			lastPage * perPage >= lastPageTotal &&
			merger.items.length >= lastPageTotal;
		if (step === 'next' && endsAtTotal) break;
		const page = step === 'next' ? lastPage + 1 : lastPage;
		const { list, headers } = await fetchPage(page);
		const added = merger.add(list);
		noteTotal(headers);
		if (step === 'next' && list.length > 0 && added === 0) {
			// Without paging headers this is an unpaginated list answering every page alike: it is complete.
			if (stableOrder && headersKnown) await repeatedPage(page);
			break;
		}
		// A re-read that brings nothing new ends the walk: the total differs for another reason (records left).
		if (step === 'again' && added === 0) break;
		lastPage = page;
		lastLength = list.length;
		lastPageTotal = headers.total;
	}

	const shrank = minTotal !== undefined && first.headers.total !== undefined && minTotal < first.headers.total;
	if (shrank && stableOrder) {
		// Records left the list during the walk, so later ones moved onto pages already read: read them once more.
		const total = Math.max(minTotal ?? 0, lastPageTotal ?? 0);
		const pages: number[] = [];
		// Bounded by the pages this walk read: a lying X-WP-Total must not plan more.
		for (let page = 1; page <= Math.min(Math.ceil(total / perPage), wanted, lastPage); page++) pages.push(page);
		const again = await runPool(
			pages.map((page) => async () => await fetchPage(page)),
			clampConcurrency(options.concurrency),
		);
		// The second pass is the list as it is now, in order; what left the list is no longer in it.
		const current = mergePages(again.map((page) => page.list));
		return limit === undefined ? current : current.slice(0, limit);
	}

	return limit === undefined ? merger.items : merger.items.slice(0, limit);
}
