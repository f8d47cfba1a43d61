import type { IDataObject } from 'n8n-workflow';

import { sortRecords } from '../../nodes/WooCommerce/transport/listOrder';
import {
	type FetchedPage,
	LEGACY_PAGING,
	MAX_PER_PAGE,
	REST_PAGING,
	clampConcurrency,
	listFromBody,
	pageQuery,
	pagingStyle,
	perPageFor,
	readPagingHeaders,
	walkInIdOrder,
} from '../../nodes/WooCommerce/transport/pagination';

describe('page planning', () => {
	it('uses 100 per page for Return All and needs every page', () => {
		expect(perPageFor({ returnAll: true })).toBe(MAX_PER_PAGE);
	});

	it.each([
		[1, 1],
		[50, 50],
		[100, 100],
		[101, 100],
		[1000, 100],
	])('Limit %i asks per_page=%i', (limit, perPage) => {
		expect(perPageFor({ returnAll: false, limit })).toBe(perPage);
	});

	it('treats a missing or silly Limit as at least one item', () => {
		expect(perPageFor({ returnAll: false })).toBe(50);
		expect(perPageFor({ returnAll: false, limit: 0 })).toBe(1);
		expect(perPageFor({ returnAll: false, limit: -5 })).toBe(1);
	});

	it('clamps the concurrency to 1..10, default 4', () => {
		expect(clampConcurrency(undefined)).toBe(4);
		expect(clampConcurrency(0)).toBe(1);
		expect(clampConcurrency(3)).toBe(3);
		expect(clampConcurrency(50)).toBe(10);
		expect(clampConcurrency(Number.NaN)).toBe(4);
	});
});

describe('page query', () => {
	it('adds a stable order and per_page, and drops any page', () => {
		expect(pageQuery({ status: 'publish', page: 7 }, 100)).toEqual({
			status: 'publish',
			orderby: 'id',
			order: 'asc',
			per_page: 100,
		});
	});

	it('keeps the order the user chose', () => {
		expect(pageQuery({ orderby: 'title', order: 'desc' }, 10)).toEqual({ orderby: 'title', order: 'desc', per_page: 10 });
		expect(pageQuery({ orderby: 'date' }, 10)).toEqual({ orderby: 'date', per_page: 10 });
		expect(pageQuery({ order: 'desc' }, 10)).toEqual({ orderby: 'id', order: 'desc', per_page: 10 });
	});

	it('can leave the order alone for endpoints that refuse orderby=id', () => {
		expect(pageQuery({}, 10, REST_PAGING, false)).toEqual({ per_page: 10 });
	});

	it('reads the legacy wc-api/v3 headers, without an offset (the transport translates the REST names to filter[...])', () => {
		expect(pagingStyle('wc-api/v3')).toBe(LEGACY_PAGING);
		expect(pagingStyle('wc/v3')).toBe(REST_PAGING);
		expect(LEGACY_PAGING.offsetParam).toBeUndefined();
		expect(pageQuery({ page: 3 }, 100, LEGACY_PAGING)).toEqual({ orderby: 'id', order: 'asc', per_page: 100 });
		expect(readPagingHeaders({ 'X-WC-Total': '7', 'X-WC-TotalPages': '4' }, LEGACY_PAGING)).toEqual({ total: 7, totalPages: 4 });
		expect(listFromBody({ products: [{ id: 1 }] })).toEqual([{ id: 1 }]);
	});
});

describe('pagination headers and bodies', () => {
	it('reads X-WP-Total and X-WP-TotalPages whatever their case', () => {
		expect(readPagingHeaders({ 'x-wp-total': '1234', 'x-wp-totalpages': '13' })).toEqual({ total: 1234, totalPages: 13 });
		expect(readPagingHeaders({ 'X-WP-Total': '0', 'X-WP-TotalPages': '0' })).toEqual({ total: 0, totalPages: 0 });
	});

	it('reports no headers for unpaginated lists (order notes, shipping zones)', () => {
		expect(readPagingHeaders({ 'content-type': 'application/json' })).toEqual({ total: undefined, totalPages: undefined });
	});

	it.each([['abc'], ['-3'], ['Infinity'], ['1.5'], ['']])('reads %p as no total at all', (value) => {
		expect(readPagingHeaders({ 'x-wp-total': value, 'x-wp-totalpages': value })).toEqual({ total: undefined, totalPages: undefined });
	});

	it('finds the list in a body', () => {
		expect(listFromBody([{ id: 1 }])).toEqual([{ id: 1 }]);
		expect(listFromBody({ id: 1 })).toBeUndefined();
		expect(listFromBody('x')).toBeUndefined();
	});
});

/** An in-memory list answering `offset` reads like WooCommerce (ordered by id); `before(offset)` may change it first. */
function store(ids: number[], headers: (list: number[]) => Record<string, string | undefined> = (l) => ({ 'x-wp-total': String(l.length), 'x-wp-totalpages': String(Math.ceil(l.length / 100)) })) {
	const list = [...ids];
	const reads: number[] = [];
	const state = {
		list,
		reads,
		before: (_offset: number, _list: number[]) => {},
		fetchAt: async (offset: number): Promise<FetchedPage> => {
			state.before(offset, list);
			reads.push(offset);
			list.sort((a, b) => a - b);
			const h = headers(list);
			return {
				offset,
				list: list.slice(offset, offset + 100).map((id) => ({ id }) as IDataObject),
				paging: readPagingHeaders(h),
				headers: h,
			};
		},
	};
	return state;
}
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const plan = { perPage: 100, direction: 1 as const, concurrency: 4 };

describe('the walk in ID order', () => {
	it('reads pages that share one record: offsets 0, 99, 198…, ending at the first short page', async () => {
		const s = store(range(1, 450));
		const result = await walkInIdOrder(s.fetchAt, plan);
		expect(result.records.map((r) => r.id)).toEqual(range(1, 450));
		expect(s.reads.sort((a, b) => a - b)).toEqual([0, 99, 198, 297, 396]);
	});

	it('on a full last page of an exact multiple, the overlap record makes the end page short, never empty', async () => {
		const s = store(range(1, 199));
		await walkInIdOrder(s.fetchAt, { ...plan, concurrency: 1 });
		expect(s.reads).toEqual([0, 99, 198]);
	});

	it('plans from X-WP-Total, never from X-WP-TotalPages', async () => {
		const s = store(range(1, 450), (l) => ({ 'x-wp-total': String(l.length), 'x-wp-totalpages': '1000000000' }));
		await walkInIdOrder(s.fetchAt, { ...plan, concurrency: 10 });
		expect(s.reads).toHaveLength(5);
	});

	it('without readable totals reads one page at a time until a short page', async () => {
		const s = store(range(1, 450), () => ({ 'x-wp-total': 'abc', 'x-wp-totalpages': '-3' }));
		const result = await walkInIdOrder(s.fetchAt, plan);
		expect(result.records).toHaveLength(450);
		expect(s.reads).toEqual([0, 99, 198, 297, 396]);
	});

	it('a record leaving before the boundary shows as a gap there; only that boundary is read again', async () => {
		const s = store(range(1, 300));
		s.before = (offset, list) => {
			if (offset === 99 && list.includes(5)) list.splice(list.indexOf(5), 1);
		};
		const result = await walkInIdOrder(s.fetchAt, { ...plan, concurrency: 1 });
		expect(result.records.map((r) => r.id)).toEqual(range(1, 300));
		// 99 starts at 101 now (> 100, the frontier): back one step to offset 0, which joins the page read at 99.
		expect(s.reads).toEqual([0, 99, 0, 198, 297]);
	});

	it('records entering before the frontier only make pages overlap more', async () => {
		const s = store(range(1, 300).map((n) => n * 2));
		let added = false;
		s.before = (offset, list) => {
			if (offset === 99 && !added) {
				added = true;
				list.push(...range(1, 30).map((n) => n * 2 - 1));
			}
		};
		const result = await walkInIdOrder(s.fetchAt, { ...plan, concurrency: 1 });
		const got = result.records.map((r) => r.id as number);
		for (let n = 1; n <= 300; n++) expect(got).toContain(n * 2);
		expect(new Set(got).size).toBe(got.length);
	});

	it('Limit stops once the first N are covered', async () => {
		const s = store(range(1, 1000));
		const result = await walkInIdOrder(s.fetchAt, { ...plan, limit: 150 });
		expect(result.records.map((r) => r.id)).toEqual(range(1, 150));
		expect(s.reads).toEqual([0, 99]);
	});

	it('walks descending IDs too', async () => {
		const s = store(range(1, 250));
		const fetchDesc = async (offset: number): Promise<FetchedPage> => {
			const page = await s.fetchAt(offset);
			const desc = [...s.list].sort((a, b) => b - a).slice(offset, offset + 100).map((id) => ({ id }) as IDataObject);
			return { ...page, list: desc };
		};
		const result = await walkInIdOrder(fetchDesc, { ...plan, direction: -1 });
		expect(result.records.map((r) => r.id)).toEqual(range(1, 250).reverse());
	});

	it('a store that ignores the offset is caught instead of looping', async () => {
		const ids = range(1, 300);
		const fetchAt = async (offset: number): Promise<FetchedPage> => ({
			offset,
			list: ids.slice(0, 100).map((id) => ({ id })),
			paging: { total: 300, totalPages: 3 },
			headers: {},
		});
		expect((await walkInIdOrder(fetchAt, plan)).end).toBe('repeated');
	});

	it('an endpoint that ignores paging and sends everything comes back as it is', async () => {
		const all = range(1, 150).reverse().map((id) => ({ id }));
		const fetchAt = async (offset: number): Promise<FetchedPage> => ({ offset, list: all, paging: {}, headers: {} });
		const result = await walkInIdOrder(fetchAt, plan);
		expect(result.end).toBe('unpaginated');
		expect(result.records).toBe(all);
	});
	it('pages trusted to follow one another (the legacy API) stop at the Limit: one request for a Limit within a page', async () => {
		const s = store(range(1, 450));
		const one = await walkInIdOrder(s.fetchAt, { ...plan, limit: 5, trustOffsets: true });
		expect(one.records.map((r) => r.id)).toEqual(range(1, 5));
		expect(s.reads).toEqual([0]);
		s.reads.length = 0;
		const three = await walkInIdOrder(s.fetchAt, { ...plan, limit: 250, trustOffsets: true });
		expect(three.records).toHaveLength(250);
		expect(s.reads.sort((a, b) => a - b)).toEqual([0, 100, 200]);
	});
});

describe('sorting on our side', () => {
	it('orders by the field the store would, ties by ID in the same direction', () => {
		const records = [
			{ id: 3, date_created_gmt: '2024-01-01T00:00:00' },
			{ id: 1, date_created_gmt: '2024-01-01T00:00:00' },
			{ id: 2, date_created_gmt: '2024-01-02T00:00:00' },
		];
		expect(sortRecords(records, 'date', 'desc').map((r) => r.id)).toEqual([2, 3, 1]);
		expect(sortRecords(records, 'date', 'asc').map((r) => r.id)).toEqual([1, 3, 2]);
	});

	it('compares prices as numbers and keeps the include order', () => {
		const records = [
			{ id: 1, price: '10' },
			{ id: 2, price: '9.5' },
		];
		expect(sortRecords(records, 'price', 'asc').map((r) => r.id)).toEqual([2, 1]);
		expect(sortRecords(records, 'include', 'desc', [2, 1]).map((r) => r.id)).toEqual([2, 1]);
	});
});
