import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

/**
 * Memory of recent webhook deliveries, to drop repeats of the same event.
 *
 * Identity of a delivery (see {@link deliveryKey}): the webhook whose secret verified it, its topic and the exact
 * signed bytes. Nothing unsigned takes part: the delivery id and the other X-WC-Webhook-* headers can be changed by
 * whoever replays a captured delivery. Full-resource payloads carry `date_modified`, so a real change (even within
 * the same second) changes the bytes and passes; `deleted` events are only `{"id":N}`, so a record trashed,
 * restored and trashed again within the window gives one Deleted event.
 *
 * Two layers: a per-process memory (immediate, survives nothing) and the workflow's static data
 * (n8n saves it after each delivery is answered, so it survives restarts and is read by the other
 * webhook processes in queue mode). Both are bounded in time ({@link WINDOW_MS}) and size.
 */

export const WINDOW_MS = 60 * 60 * 1000;
export const MAX_PERSISTED = 300;
export const MAX_IN_MEMORY = 2000;

/** Short, non-reversible key (96 bits of SHA-256) of what the signature covers: keeps static data small. */
export function deliveryKey(webhook: string, topic: string, rawBody: Buffer): string {
	return createHash('sha256').update(`${webhook}\n${topic}\n`).update(rawBody).digest('hex').slice(0, 24);
}

/** `{ key: epoch seconds }` kept in static data. */
export type PersistedRecent = Record<string, number>;

const memory = new Map<string, Map<string, number>>();

function prune(map: Map<string, number>, nowMs: number, max: number) {
	for (const [key, t] of map) {
		if (nowMs - t > WINDOW_MS) map.delete(key);
	}
	// Maps iterate in insertion order: drop the oldest first.
	while (map.size > max) {
		const oldest = map.keys().next().value as string;
		map.delete(oldest);
	}
}

function prunePersisted(recent: PersistedRecent, nowMs: number): PersistedRecent {
	const entries = Object.entries(recent)
		.filter(([, t]) => typeof t === 'number' && nowMs - t * 1000 <= WINDOW_MS)
		.sort((a, b) => a[1] - b[1]);
	return Object.fromEntries(entries.slice(-MAX_PERSISTED));
}

/**
 * Returns true when `key` was seen within the window (in this process or in `staticData.recent`),
 * otherwise records it in both places and returns false.
 * `scope` separates workflows/nodes in the process memory.
 */
export function checkAndRemember(
	scope: string,
	key: string,
	staticData: IDataObject,
	nowMs: number = Date.now(),
): boolean {
	let local = memory.get(scope);
	if (!local) {
		local = new Map();
		memory.set(scope, local);
	}
	prune(local, nowMs, MAX_IN_MEMORY);

	const persisted = (staticData.recentDeliveries ?? {}) as PersistedRecent;
	const persistedAt = persisted[key];
	const seenLocal = local.get(key);
	const seen =
		(seenLocal !== undefined && nowMs - seenLocal <= WINDOW_MS) ||
		(typeof persistedAt === 'number' && nowMs - persistedAt * 1000 <= WINDOW_MS);
	if (seen) return true;

	local.set(key, nowMs);
	const next = prunePersisted({ ...persisted, [key]: Math.floor(nowMs / 1000) }, nowMs);
	staticData.recentDeliveries = next;
	return false;
}

/** Test helper: forget the process memory (simulates another process or a restart). */
export function clearProcessMemory(): void {
	memory.clear();
}
