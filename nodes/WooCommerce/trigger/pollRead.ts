/**
 * What the Poll Trigger reads from the store, all through the transport's walk (same paging guarantees as
 * Return All): the settings of the node, the newest record, the records of a window, and the store's clock
 * (the `Date` header of the first answer).
 */
import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { wooApiWalk } from '../transport';
import { type PollEvent, type PollResource, POLL_ENDPOINTS, dateFromHttpHeader, recordDate } from './poll';
import { resolveStatuses } from './topics';

export interface PollSettings {
	resource: PollResource;
	event: PollEvent;
	statuses: string[];
	overlapMinutes: number;
	scope: string;
	/**
	 * 'reached' for new orders with a status filter: orders that reached one of the statuses, each
	 * once (window on modification dates); 'date' otherwise (window on the event's own date).
	 */
	mode: 'date' | 'reached';
	/** Which date the window and the mark use. */
	dateEvent: PollEvent;
}

export function pollSettings(fn: IPollFunctions): PollSettings {
	const resource = fn.getNodeParameter('resource') as PollResource;
	const event = fn.getNodeParameter('event') as PollEvent;
	const filters = fn.getNodeParameter('filters', {}) as IDataObject;
	const options = fn.getNodeParameter('options', {}) as IDataObject;
	const statuses =
		resource === 'order'
			? resolveStatuses(filters.orderStatuses as string[] | undefined, filters.customOrderStatuses as string | undefined).sort()
			: [];
	const overlap = Number(options.overlapMinutes ?? 5);
	const overlapMinutes = Number.isFinite(overlap) && overlap >= 0 ? Math.min(overlap, 1440) : 5;
	const mode = resource === 'order' && event === 'created' && statuses.length > 0 ? 'reached' : 'date';
	return {
		resource,
		event,
		statuses,
		overlapMinutes,
		mode,
		dateEvent: mode === 'reached' ? 'updated' : event,
		scope: `${resource}:${event}:${statuses.join(',')}${mode === 'reached' ? ':reached' : ''}`,
	};
}

function statusQuery(settings: PollSettings): IDataObject {
	return settings.statuses.length > 0 ? { status: settings.statuses.join(',') } : {};
}

interface Read {
	records: IDataObject[];
	/** The store's current time (GMT), from its `Date` header; n8n's clock when the header is missing. */
	now: string;
}

async function read(fn: IPollFunctions, endpoint: string, qs: IDataObject, limit?: number): Promise<Read> {
	const { items, headers } = await wooApiWalk.call(fn, endpoint, qs, { returnAll: limit === undefined, limit });
	const now = dateFromHttpHeader(headers.date ?? headers.Date) ?? new Date().toISOString().slice(0, 19);
	return { records: items, now };
}

/** The newest record (by creation or modification date), to start from or to show in a manual test. */
export async function newestRecord(fn: IPollFunctions, settings: PollSettings): Promise<{ record?: IDataObject; now: string }> {
	const endpoint = POLL_ENDPOINTS[settings.resource];
	if (settings.resource === 'customer' && settings.dateEvent === 'updated') {
		// Customers cannot be sorted by modification date: scan them.
		const { records, now } = await read(fn, endpoint, {});
		let best: IDataObject | undefined;
		for (const c of records) {
			if (!best || (recordDate(c, 'updated') ?? '') > (recordDate(best, 'updated') ?? '')) best = c;
		}
		return { record: best, now };
	}
	const orderby = settings.resource === 'customer' ? 'registered_date' : settings.dateEvent === 'created' ? 'date' : 'modified';
	const { records, now } = await read(fn, endpoint, { ...statusQuery(settings), orderby, order: 'desc' }, 1);
	return { record: records[0], now };
}

/** Every record with a date after `since` (the window), in any order, and the store's time. */
export async function recordsSince(fn: IPollFunctions, settings: PollSettings, since: string): Promise<Read> {
	const endpoint = POLL_ENDPOINTS[settings.resource];
	const event = settings.dateEvent;
	// The customers endpoint has no date filter (WooCommerce core): read them all, keep the window.
	const qs: IDataObject =
		settings.resource === 'customer'
			? {}
			: { ...statusQuery(settings), [event === 'created' ? 'after' : 'modified_after']: since, dates_are_gmt: true };
	const { records, now } = await read(fn, endpoint, qs);
	// Keep the window exactly, whatever the store did with the filter.
	return {
		records: records.filter((r) => {
			const date = recordDate(r, event);
			return date === undefined || date > since;
		}),
		now,
	};
}

/** The ids of the orders that have one of the statuses now (at activation: they are not "new" later). */
export async function orderIdsWithStatus(fn: IPollFunctions, settings: PollSettings): Promise<number[]> {
	const { records } = await read(fn, POLL_ENDPOINTS.order, { ...statusQuery(settings), _fields: 'id' });
	return records.map((r) => Number(r.id)).filter((id) => Number.isSafeInteger(id));
}
