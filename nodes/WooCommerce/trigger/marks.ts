/**
 * What the WooCommerce Trigger knows of the record states it passed on, per topic, in the node's static data:
 * `delivered` (written by the webhook path) and `caughtUp` (written by the catch-up after downtime, see recovery.ts),
 * each `{ [topic]: { mark: newest date, keys: { [id]: date } } }`.
 */
import type { IDataObject } from 'n8n-workflow';

/** Resources whose created/updated events can be read back through the API. */
const CATCH_UP_ENDPOINTS: Record<string, string> = {
	order: 'orders',
	product: 'products',
	customer: 'customers',
	coupon: 'coupons',
};

/** How many record states a topic remembers (delivered or caught up), newest kept. */
const MAX_KEYS = 500;

export interface TopicMarks extends IDataObject {
	/** The newest record date (GMT, `YYYY-MM-DDTHH:MM:SS`) seen for this topic. */
	mark: string;
	/** Record id → the date of the state seen. */
	keys: Record<string, string>;
	/** The mark is the activation time, not a record's date: records of that very second came before it. */
	activation?: boolean;
}
export type MarksByTopic = Record<string, TopicMarks>;

export function catchUpTopic(topic: string): { resource: string; event: 'created' | 'updated'; endpoint: string } | undefined {
	const [resource, event] = topic.split('.');
	const endpoint = CATCH_UP_ENDPOINTS[resource];
	if (!endpoint || (event !== 'created' && event !== 'updated')) return undefined;
	return { resource, event, endpoint };
}

/** The date a topic's record state is known by: creation for created, modification for updated (GMT). */
export function stateDate(record: IDataObject, event: 'created' | 'updated'): string | undefined {
	const gmt = event === 'created' ? record.date_created_gmt : record.date_modified_gmt;
	const local = event === 'created' ? record.date_created : record.date_modified;
	const value = gmt ?? local;
	if (typeof value !== 'string' || value === '') return undefined;
	return value.replace(/Z$/, '').slice(0, 19);
}

export function marksOf(staticData: IDataObject, field: 'delivered' | 'caughtUp'): MarksByTopic {
	const value = staticData[field];
	return value && typeof value === 'object' && !Array.isArray(value) ? (value as MarksByTopic) : {};
}

/** Adds record states to a topic's marks (bounded: the newest dates are kept). */
export function withStates(marks: TopicMarks | undefined, states: Array<{ id: string; date: string }>): TopicMarks {
	const keys = { ...(marks?.keys ?? {}) };
	let mark = marks?.mark ?? '';
	for (const { id, date } of states) {
		keys[id] = date;
		if (date > mark) mark = date;
	}
	const kept = Object.entries(keys)
		.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
		.slice(-MAX_KEYS);
	return { mark, keys: Object.fromEntries(kept) };
}

export function knows(marks: TopicMarks | undefined, id: string, date: string): boolean {
	return marks?.keys?.[id] === date;
}

/**
 * Where a topic's catch-up starts: the newest mark; records of its second count too (dates have one-second
 * resolution; the keys tell the states already seen), except after an activation mark. Undefined: no mark at all.
 */
export function startOf(...marks: Array<TopicMarks | undefined>): { since: string; inclusive: boolean } | undefined {
	let newest: TopicMarks | undefined;
	for (const m of marks) {
		if (!m?.mark) continue;
		if (!newest || m.mark > newest.mark || (m.mark === newest.mark && !m.activation)) newest = m;
	}
	return newest ? { since: newest.mark, inclusive: !newest.activation } : undefined;
}

/**
 * Webhook path: remembers a verified delivery's record state. Returns true when a catch-up already emitted that
 * state (the delivery was only late: drop it).
 */
export function noteDelivery(staticData: IDataObject, topic: string, payload: IDataObject): boolean {
	const kind = catchUpTopic(topic);
	const id = payload.id;
	if (!kind || id === undefined || id === null) return false;
	const date = stateDate(payload, kind.event);
	if (!date) return false;
	const caught = knows(marksOf(staticData, 'caughtUp')[topic], String(id), date);
	const delivered = marksOf(staticData, 'delivered');
	staticData.delivered = { ...delivered, [topic]: withStates(delivered[topic], [{ id: String(id), date }]) };
	return caught;
}

/** Activation: a topic that has no mark yet starts catching up from now (what happens before is not ours). */
export function startMarks(staticData: IDataObject, topics: string[], now: string): void {
	const delivered = marksOf(staticData, 'delivered');
	let changed = false;
	for (const topic of topics) {
		if (!catchUpTopic(topic) || delivered[topic]?.mark) continue;
		delivered[topic] = { mark: now, keys: {}, activation: true };
		changed = true;
	}
	if (changed) staticData.delivered = { ...delivered };
}

