import type { IDataObject } from 'n8n-workflow';

/**
 * Pure parts of the WooCommerce Poll Trigger: the high-water mark, the overlap window and the
 * memory of (id, date) pairs already emitted inside that window.
 *
 * Dates are the store's own GMT dates (`date_created_gmt` / `date_modified_gmt`,
 * `YYYY-MM-DDTHH:MM:SS`), never n8n's clock, so a clock difference between n8n and the store cannot
 * lose records. Each poll asks for records after `mark - overlap`; the overlap catches records whose
 * date is earlier than ones already seen but that became visible later (slow saves, background
 * jobs); (id, date) pairs already emitted in that window are skipped, so nothing is emitted twice.
 */

export type PollResource = 'order' | 'product' | 'customer' | 'coupon';
export type PollEvent = 'created' | 'updated';

export const POLL_ENDPOINTS: Record<PollResource, string> = {
	order: 'orders',
	product: 'products',
	customer: 'customers',
	coupon: 'coupons',
};

export const EPOCH = '1970-01-01T00:00:00';
export const MAX_SEEN = 10000;

export interface PollState extends IDataObject {
	v: 1;
	/** What the state was computed for; a change of resource/event/filters starts over. */
	scope: string;
	/** Highest store date seen (GMT). */
	mark: string;
	/** `{ id: date }` for records emitted (or recorded) with a date inside the overlap window. */
	seen: Record<string, string>;
}

export function dateField(event: PollEvent): 'date_created_gmt' | 'date_modified_gmt' {
	return event === 'created' ? 'date_created_gmt' : 'date_modified_gmt';
}

/** Normalises a WooCommerce date to `YYYY-MM-DDTHH:MM:SS` (GMT), or undefined. */
export function normalizeDate(value: unknown): string | undefined {
	if (typeof value !== 'string' || value === '') return undefined;
	const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})/.exec(value);
	if (!match) return undefined;
	const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(value);
	if (!hasZone) return `${match[1]}T${match[2]}`;
	const date = new Date(value);
	return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 19);
}

/** The record's date for the event (falls back from `*_gmt` to the local field). */
export function recordDate(record: IDataObject, event: PollEvent): string | undefined {
	const gmt = normalizeDate(record[dateField(event)]);
	if (gmt) return gmt;
	const local = event === 'created' ? record.date_created : record.date_modified;
	return normalizeDate(local) ?? (event === 'updated' ? recordDate(record, 'created') : undefined);
}

/** `date - minutes`, in the same format. */
export function minusMinutes(date: string, minutes: number): string {
	const ms = Date.parse(`${date}Z`) - minutes * 60_000;
	if (Number.isNaN(ms) || ms <= 0) return EPOCH;
	return new Date(ms).toISOString().slice(0, 19);
}

export function newState(scope: string, mark = EPOCH): PollState {
	return { v: 1, scope, mark, seen: {} };
}

export function readState(raw: unknown, scope: string): PollState | undefined {
	const state = raw as PollState | undefined;
	if (!state || state.v !== 1 || state.scope !== scope || typeof state.mark !== 'string') return undefined;
	return { v: 1, scope, mark: state.mark, seen: { ...(state.seen ?? {}) } };
}

/** The `after` / `modified_after` value for the next request. */
export function windowStart(state: PollState, overlapMinutes: number): string {
	return state.mark === EPOCH ? EPOCH : minusMinutes(state.mark, overlapMinutes);
}

/**
 * Takes the records the store returned for the window, returns the ones not emitted before (oldest
 * first) and the next state. Records without a usable date are emitted once by id.
 */
export function takeNew(
	state: PollState,
	records: IDataObject[],
	event: PollEvent,
	overlapMinutes: number,
): { fresh: IDataObject[]; next: PollState } {
	const seen = { ...state.seen };
	let mark = state.mark;
	const fresh: Array<{ record: IDataObject; date: string; id: number }> = [];
	for (const record of records) {
		const id = Number(record.id);
		if (!Number.isFinite(id)) continue;
		const date = recordDate(record, event) ?? '';
		const key = String(id);
		if (seen[key] === date) continue;
		// For "created", an id seen once is never new again (its creation date cannot change).
		if (event === 'created' && seen[key] !== undefined) continue;
		seen[key] = date;
		fresh.push({ record, date, id });
		if (date > mark) mark = date;
	}
	for (const record of records) {
		const date = recordDate(record, event);
		if (date && date > mark) mark = date;
	}
	fresh.sort((a, b) => (a.date === b.date ? a.id - b.id : a.date < b.date ? -1 : 1));

	// Forget what is older than the next window: the store will not return it again.
	const next = newState(state.scope, mark);
	const floor = windowStart(next, overlapMinutes);
	const kept = Object.entries(seen).filter(([, date]) => date === '' || date >= floor);
	kept.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
	next.seen = Object.fromEntries(kept.slice(-MAX_SEEN));
	return { fresh: fresh.map((f) => f.record), next };
}
