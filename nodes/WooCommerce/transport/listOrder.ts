/**
 * Sorting a list on our side. WooCommerce's non-ID orders (date, title, price…) have no tie-breaker, so
 * records that share a value come back in a different order on every page and a page walk repeats and
 * skips them. Return All therefore walks in ID order (a total order) and sorts here, by the same field,
 * with the ID as tie-breaker.
 */
import type { IDataObject } from 'n8n-workflow';

/** The record fields that hold each `orderby` value, first present wins. Any other `orderby` is a field of that name. */
const SORT_FIELDS: Record<string, string[]> = {
	date: ['date_created_gmt', 'date_created', 'date_gmt', 'date'],
	date_gmt: ['date_created_gmt', 'date_gmt'],
	registered_date: ['date_created_gmt', 'date_created'],
	modified: ['date_modified_gmt', 'date_modified'],
	title: ['name', 'code', 'title'],
	name: ['name', 'username'],
	popularity: ['total_sales'],
	rating: ['average_rating'],
	comment_count: ['rating_count'],
	product: ['product_id'],
};

const NUMERIC = new Set(['price', 'total_sales', 'average_rating', 'rating_count', 'menu_order', 'product_id', 'count', 'term_group', 'priority', 'order']);

export function sortFieldsFor(orderby: string): string[] {
	return SORT_FIELDS[orderby] ?? [orderby];
}

/** Lists WooCommerce sorts ascending by default (terms, customers, tax rates); the rest default to descending. */
export function defaultOrderFor(endpoint: string): 'asc' | 'desc' {
	return /(^|\/)(customers|categories|tags|shipping_classes|terms|taxes)$/.test(endpoint) ? 'asc' : 'desc';
}

function keyOf(record: IDataObject, orderby: string, include: number[] | undefined): string | number {
	if (orderby === 'include') {
		const index = include ? include.indexOf(Number(record.id)) : -1;
		return index < 0 ? Number.MAX_SAFE_INTEGER : index;
	}
	for (const field of sortFieldsFor(orderby)) {
		const value = record[field];
		if (value === undefined || value === null) continue;
		if (NUMERIC.has(field)) {
			const n = Number(value);
			return Number.isFinite(n) ? n : 0;
		}
		return typeof value === 'string' ? value.toLowerCase() : JSON.stringify(value);
	}
	return '';
}

/** The records ordered by `orderby` (as WooCommerce would), ties broken by ID in the same direction. */
export function sortRecords(records: IDataObject[], orderby: string, order: 'asc' | 'desc', include?: number[]): IDataObject[] {
	// Like WP_Query's post__in order, `include` keeps the given order whatever `order` says.
	const dir = order === 'asc' || orderby === 'include' ? 1 : -1;
	const keyed = records.map((record) => ({ record, key: keyOf(record, orderby, include), id: Number(record.id) || 0 }));
	keyed.sort((a, b) => {
		if (a.key !== b.key) {
			if (typeof a.key === 'number' && typeof b.key === 'number') return (a.key - b.key) * dir;
			return (String(a.key) < String(b.key) ? -1 : 1) * dir;
		}
		return (a.id - b.id) * dir;
	});
	return keyed.map((k) => k.record);
}
