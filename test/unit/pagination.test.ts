import {
	LEGACY_PAGING,
	MAX_PER_PAGE,
	PageMerger,
	REST_PAGING,
	clampConcurrency,
	listFromBody,
	mergePages,
	pageQuery,
	pagesWanted,
	pagingStyle,
	perPageFor,
	readPagingHeaders,
	lastPlannedPage,
	tailStep,
} from '../../nodes/WooCommerce/transport/pagination';

describe('page planning', () => {
	it('uses 100 per page for Return All and needs every page', () => {
		expect(perPageFor({ returnAll: true })).toBe(MAX_PER_PAGE);
		expect(pagesWanted({ returnAll: true })).toBe(Number.POSITIVE_INFINITY);
		expect(lastPlannedPage({ total: 1150, totalPages: 12 }, 100, Number.POSITIVE_INFINITY)).toBe(12);
	});

	it.each([
		[1, 1, 1],
		[50, 50, 1],
		[100, 100, 1],
		[101, 100, 2],
		[150, 100, 2],
		[250, 100, 3],
		[1000, 100, 10],
	])('Limit %i asks per_page=%i over %i page(s)', (limit, perPage, pages) => {
		expect(perPageFor({ returnAll: false, limit })).toBe(perPage);
		expect(pagesWanted({ returnAll: false, limit })).toBe(pages);
	});

	it('never plans pages past X-WP-TotalPages, past what X-WP-Total can fill, nor more than the Limit needs', () => {
		expect(lastPlannedPage({ totalPages: 2 }, 100, 5)).toBe(2);
		expect(lastPlannedPage({ totalPages: 10 }, 100, 3)).toBe(3);
		expect(lastPlannedPage({ totalPages: 1 }, 100, 3)).toBe(1);
		expect(lastPlannedPage({ totalPages: 0 }, 100, Number.POSITIVE_INFINITY)).toBe(1);
		// A lying page count is bounded by the record count.
		expect(lastPlannedPage({ total: 450, totalPages: 1_000_000_000 }, 100, Number.POSITIVE_INFINITY)).toBe(5);
		// No readable header: nothing planned up front (the walk reads on page by page while pages are full).
		expect(lastPlannedPage({}, 100, Number.POSITIVE_INFINITY)).toBe(1);
	});

	it.each(['abc', '-3', 'Infinity', '1e400', '9007199254740993', ''])('ignores an unreadable paging header %p', (value) => {
		expect(readPagingHeaders({ 'x-wp-total': value, 'x-wp-totalpages': value })).toEqual({ total: undefined, totalPages: undefined });
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

	it('speaks the legacy wc-api/v3 dialect', () => {
		expect(pagingStyle('wc-api/v3')).toBe(LEGACY_PAGING);
		expect(pagingStyle('wc/v3')).toBe(REST_PAGING);
		expect(pageQuery({}, 100, LEGACY_PAGING)).toEqual({
			'filter[orderby]': 'id',
			'filter[order]': 'asc',
			'filter[limit]': 100,
		});
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

	it('finds the list in a body', () => {
		expect(listFromBody([{ id: 1 }])).toEqual([{ id: 1 }]);
		expect(listFromBody({ id: 1 })).toBeUndefined();
		expect(listFromBody('x')).toBeUndefined();
	});
});

describe('de-duplication', () => {
	it('keeps the first copy of each id, in page order', () => {
		const pages = [
			[{ id: 1 }, { id: 2 }, { id: 3 }],
			[{ id: 3, again: true }, { id: 4 }],
			[{ id: 2, again: true }, { id: 5 }],
		];
		expect(mergePages(pages)).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }, { id: 5 }]);
	});

	it('cuts to the limit after de-duplication', () => {
		expect(mergePages([[{ id: 1 }, { id: 1 }, { id: 2 }, { id: 3 }]], 2)).toEqual([{ id: 1 }, { id: 2 }]);
	});

	it('keeps every item that has no id (e.g. reports, settings)', () => {
		expect(mergePages([[{ slug: 'a' }, { slug: 'a' }], [{ slug: 'b' }]])).toHaveLength(3);
	});

	it('tells how many items of a page were new', () => {
		const merger = new PageMerger();
		expect(merger.add([{ id: 1 }, { id: 2 }])).toBe(2);
		expect(merger.add([{ id: 2 }, { id: 3 }])).toBe(1);
		expect(merger.add([{ id: 1 }, { id: 2 }])).toBe(0);
		expect(merger.items.map((i) => i.id)).toEqual([1, 2, 3]);
	});

	it('keys ids by type and value (WooCommerce always sends numbers)', () => {
		expect(mergePages([[{ id: 1 }], [{ id: '1' }]])).toHaveLength(2);
	});
});

describe('walking on after the planned pages', () => {
	const base = { returnAll: true, perPage: 100, collected: 1000, lastPageTotal: 1000, maxTotal: 1000 };

	it('stops at a short last page', () => {
		expect(tailStep({ ...base, lastPageLength: 37 })).toBeUndefined();
	});

	it('goes on when the last page was full (records may follow)', () => {
		expect(tailStep({ ...base, lastPageLength: 100 })).toBe('next');
	});

	it('re-reads a short last page when X-WP-Total grew after that page was read', () => {
		expect(tailStep({ ...base, lastPageLength: 40, maxTotal: 1010 })).toBe('again');
		expect(tailStep({ ...base, lastPageLength: 40, lastPageTotal: 1010, maxTotal: 1010 })).toBeUndefined();
	});

	it('stops as soon as a Limit is reached', () => {
		expect(tailStep({ ...base, returnAll: false, limit: 150, collected: 200, lastPageLength: 100 })).toBeUndefined();
		expect(tailStep({ ...base, returnAll: false, limit: 150, collected: 120, lastPageLength: 100 })).toBe('next');
	});
});
