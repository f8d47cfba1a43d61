/**
 * How many batch requests may be in flight at once. Starts at the chosen concurrency and never goes above it;
 * halves when the store pushes back (429, 503) and steps down by one when a request takes much longer per
 * operation than the fastest seen (requests queueing behind the store's PHP workers); steps back up by one after
 * a request answered at normal speed.
 */
export const DEFAULT_BATCH_CONCURRENCY = 4;
export const MAX_BATCH_CONCURRENCY = 8;

/** A request this many times slower per operation than the fastest one means the store is queueing. */
const SLOW_FACTOR = 2;

export function clampBatchConcurrency(value: number | undefined): number {
	const n = Math.floor(Number(value ?? DEFAULT_BATCH_CONCURRENCY));
	if (!Number.isFinite(n)) return DEFAULT_BATCH_CONCURRENCY;
	return Math.min(Math.max(n, 1), MAX_BATCH_CONCURRENCY);
}

export class BatchWindow {
	readonly max: number;

	size: number;

	private fastestPerOperationMs = Infinity;

	constructor(concurrency?: number) {
		this.max = clampBatchConcurrency(concurrency);
		this.size = this.max;
	}

	/** A request of `operations` operations was answered after `elapsedMs`. */
	answered(elapsedMs: number, operations: number): void {
		const perOperation = elapsedMs / Math.max(1, operations);
		if (perOperation < this.fastestPerOperationMs) this.fastestPerOperationMs = perOperation;
		if (perOperation > this.fastestPerOperationMs * SLOW_FACTOR) this.size = Math.max(1, this.size - 1);
		else this.size = Math.min(this.max, this.size + 1);
	}

	/** The store refused a request for load (429) or was unavailable (503). */
	throttled(): void {
		this.size = Math.max(1, Math.floor(this.size / 2));
	}
}
