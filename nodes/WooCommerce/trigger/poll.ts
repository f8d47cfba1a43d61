import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

/**
 * Pure parts of the WooCommerce Poll Trigger: the high-water mark, the overlap window and the
 * memory of (id, date) pairs already emitted inside that window.
 *
 * Dates are the store's own GMT dates (`date_created_gmt` / `date_modified_gmt`,
 * `YYYY-MM-DDTHH:MM:SS`), never n8n's clock, so a clock difference between n8n and the store cannot
 * lose records. The window is asked for in GMT (`dates_are_gmt`); WooCommerce before 5.x ignores that and
 * reads it as the store's local time, so when records show a store behind GMT (local < GMT) the window
 * reaches back that much further (`gmtLag`). What is seen is keyed by date and a fingerprint of the record, so
 * two changes within one second are two changes. Each poll asks for records after `mark - overlap`; the overlap catches records whose
 * date is earlier than ones already seen but that became visible later (slow saves, background
 * jobs); (id, date) pairs already emitted in that window are skipped, so nothing is emitted twice.
 *
 * Records dated after the store's current time (a product scheduled for next week) are neither
 * emitted nor allowed to raise the mark: the mark never passes the store's "now", so later polls keep
 * seeing new records, and the scheduled record is emitted by the first poll after its date.
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
/** How many order ids "new orders with status X" remembers as emitted (see takeReached). */
export const MAX_EMITTED = 5000;

export interface PollState extends IDataObject {
	v: 1;
	/** What the state was computed for; a change of resource/event/filters starts over. */
	scope: string;
	/** Highest store date seen (GMT). */
	mark: string;
	/** `{ id: date }` for records emitted (or recorded) with a date inside the overlap window. */
	seen: Record<string, string>;
	/**
	 * Only for "new orders with status X" (window on modification dates): `{ id: date_created }` of the
	 * orders already emitted, the newest MAX_EMITTED by creation date.
	 */
	emitted?: Record<string, string>;
	/** Orders created at or before this date are never emitted (dropped from `emitted`; older states: activation). */
	createdFloor?: string;
	/** Only for "new orders with status X": ids that had the status at activation, as ranges ("3-9,12"). */
	present?: string;
	/** Minutes the store's local dates run behind GMT, as seen on its records (0 for GMT or east of it). */
	gmtLag?: number;
}

/** `[3,4,5,9]` -> `"3-5,9"`: the ids of a whole store in little space. */
export function encodeIdRanges(ids: number[]): string {
	const sorted = [...new Set(ids)].filter((n) => Number.isSafeInteger(n)).sort((a, b) => a - b);
	const parts: string[] = [];
	for (let i = 0; i < sorted.length; ) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
		parts.push(j === i ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
		i = j + 1;
	}
	return parts.join(',');
}

export function inIdRanges(ranges: string | undefined, id: number): boolean {
	if (!ranges) return false;
	for (const part of ranges.split(',')) {
		const [from, to] = part.split('-').map(Number);
		if (id >= from && id <= (to ?? from)) return true;
	}
	return false;
}

/** Minutes by which the record's local dates run behind its GMT dates (0 when not behind or unknown). */
export function gmtLagOf(record: IDataObject): number {
	for (const [local, gmt] of [
		['date_modified', 'date_modified_gmt'],
		['date_created', 'date_created_gmt'],
	]) {
		const l = normalizeDate(record[local]);
		const g = normalizeDate(record[gmt]);
		if (!l || !g || /(Z|[+-]\d{2}:?\d{2})$/.test(String(record[local]))) continue;
		const minutes = (Date.parse(`${g}Z`) - Date.parse(`${l}Z`)) / 60_000;
		return Number.isFinite(minutes) && minutes > 0 ? Math.ceil(minutes) : 0;
	}
	return 0;
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
	const out: PollState = { v: 1, scope, mark: state.mark, seen: { ...(state.seen ?? {}) } };
	carryOver(state, out);
	return out;
}

/** The parts of a state that outlive one poll's window. */
function carryOver(from: PollState, to: PollState): void {
	if (from.emitted && typeof from.emitted === 'object') to.emitted = { ...from.emitted };
	if (typeof from.createdFloor === 'string') to.createdFloor = from.createdFloor;
	if (typeof from.present === 'string') to.present = from.present;
	if (typeof from.gmtLag === 'number' && from.gmtLag > 0) to.gmtLag = Math.min(from.gmtLag, 24 * 60);
}

/** The store's current time (GMT, `YYYY-MM-DDTHH:MM:SS`) from an HTTP `Date` header, or undefined. */
export function dateFromHttpHeader(value: unknown): string | undefined {
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const ms = Date.parse(value);
	return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().slice(0, 19);
}

/** The smaller of two dates (undefined = no limit). */
export function minDate(a: string, b: string | undefined): string {
	return b !== undefined && b < a ? b : a;
}

/** The `after` / `modified_after` value for the next request. */
export function windowStart(state: PollState, overlapMinutes: number): string {
	return state.mark === EPOCH ? EPOCH : minusMinutes(state.mark, overlapMinutes + (state.gmtLag ?? 0));
}

/**
 * What "New or Updated" remembers of a record: its modification date plus a short hash of its content. WooCommerce
 * dates have one-second resolution, so two changes within the same second (processing, then completed) share a date
 * and only the content tells them apart.
 */
export function seenMark(record: IDataObject, date: string): string {
	const { _links: _ignored, ...content } = record;
	const hash = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 12);
	return `${date}#${hash}`;
}

const dateOfMark = (mark: string): string => mark.split('#')[0];

/**
 * Takes the records the store returned for the window, returns the ones not emitted before (oldest
 * first) and the next state. Records without a usable date are emitted once by id.
 * `now` is the store's current time: records dated after it are skipped (not emitted, not remembered)
 * and the mark never goes past it; without `now` every date counts.
 */
export function takeNew(
	state: PollState,
	records: IDataObject[],
	event: PollEvent,
	overlapMinutes: number,
	now?: string,
): { fresh: IDataObject[]; next: PollState } {
	const seen = { ...state.seen };
	let mark = state.mark;
	let gmtLag = state.gmtLag ?? 0;
	const fresh: Array<{ record: IDataObject; date: string; id: number }> = [];
	const future = (date: string | undefined) => now !== undefined && date !== undefined && date !== '' && date > now;
	for (const record of records) {
		const id = Number(record.id);
		if (!Number.isFinite(id)) continue;
		const date = recordDate(record, event) ?? '';
		if (future(date)) continue;
		gmtLag = Math.max(gmtLag, gmtLagOf(record));
		const key = String(id);
		// For "created", an id seen once is never new again (its creation date cannot change).
		if (event === 'created' && seen[key] !== undefined) continue;
		const remembered = event === 'created' ? date : seenMark(record, date);
		// A plain date is what states saved before content hashes hold: the same record, not new.
		if (seen[key] === remembered || (event === 'created' && seen[key] === date)) continue;
		if (event === 'updated' && seen[key] === date) {
			seen[key] = remembered;
			continue;
		}
		seen[key] = remembered;
		fresh.push({ record, date, id });
		if (date > mark) mark = date;
	}
	for (const record of records) {
		const date = recordDate(record, event);
		if (date && date > mark && !future(date)) mark = date;
	}
	fresh.sort((a, b) => (a.date === b.date ? a.id - b.id : a.date < b.date ? -1 : 1));

	// Forget what is older than the next window: the store will not return it again.
	const next = newState(state.scope, mark);
	carryOver(state, next);
	if (gmtLag > 0) next.gmtLag = Math.min(gmtLag, 24 * 60);
	const floor = windowStart(next, overlapMinutes);
	const kept = Object.entries(seen).filter(([, value]) => dateOfMark(value) === '' || dateOfMark(value) >= floor);
	kept.sort((a, b) => (dateOfMark(a[1]) < dateOfMark(b[1]) ? -1 : dateOfMark(a[1]) > dateOfMark(b[1]) ? 1 : 0));
	next.seen = Object.fromEntries(kept.slice(-MAX_SEEN));
	return { fresh: fresh.map((f) => f.record), next };
}

/**
 * "New orders with status X": the window is on modification dates (an order reaches X by being
 * modified), and each order id is emitted once, whatever later changes it gets. Orders in `present` had
 * the status at activation and are not emitted; an order created before activation that reaches the
 * status later is. Orders created at or before `createdFloor` (older than every remembered id) are not
 * emitted: they were emitted long ago.
 */
export function takeReached(
	state: PollState,
	records: IDataObject[],
	overlapMinutes: number,
	now?: string,
): { fresh: IDataObject[]; next: PollState } {
	const { fresh: changed, next } = takeNew(state, records, 'updated', overlapMinutes, now);
	const emitted = { ...(state.emitted ?? {}) };
	let floor = state.createdFloor ?? EPOCH;
	const fresh: IDataObject[] = [];
	for (const record of changed) {
		const key = String(Number(record.id));
		if (emitted[key] !== undefined || inIdRanges(state.present, Number(record.id))) continue;
		const created = recordDate(record, 'created') ?? '';
		if (created !== '' && created <= floor) continue;
		emitted[key] = created;
		fresh.push(record);
	}
	const entries = Object.entries(emitted);
	if (entries.length > MAX_EMITTED) {
		entries.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : Number(a[0]) - Number(b[0])));
		const dropped = entries.slice(0, entries.length - MAX_EMITTED);
		for (const [, created] of dropped) if (created > floor) floor = created;
		next.emitted = Object.fromEntries(entries.slice(-MAX_EMITTED));
	} else next.emitted = emitted;
	next.createdFloor = floor;
	return { fresh, next };
}
