/**
 * When and how long to wait before sending a request again.
 *
 * Reads (GET, HEAD, OPTIONS) are retried on 429, 502, 503, 504 and on dropped connections.
 * Writes (POST, PUT, PATCH) only when the store cannot have acted: the connection was refused, a 429, or a
 * 503 with Retry-After (WordPress maintenance mode and hosts' rate limits answer so before WooCommerce runs).
 * WooCommerce's PUT is not idempotent (an order update that adds a line item without an id adds it again), so a
 * 502, a 504 or a dropped connection after a write is never retried: its outcome is unknown.
 * DELETE is the exception: it is retried like a read, and a repeat answered 404/410 means the first one went through.
 * Waits grow exponentially with full jitter; a Retry-After header (seconds or HTTP date) wins, capped.
 */
import { sleep } from 'n8n-workflow';

export interface RetryPolicy {
	/** Total number of sends, the first included. */
	maxTries: number;
	baseDelayMs: number;
	maxDelayMs: number;
	/** The longest Retry-After we wait for; the transport does not retry when a store asks for more. */
	maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
	maxTries: 4,
	baseDelayMs: 500,
	maxDelayMs: 8000,
	maxRetryAfterMs: 30000,
};

export const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);
export const RETRY_NETWORK_CODES: ReadonlySet<string> = new Set([
	'ECONNRESET',
	'ETIMEDOUT',
	'ESOCKETTIMEDOUT',
	'EPIPE',
	'ECONNREFUSED',
]);
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether the method changes the store (its outcome matters when the answer is lost). */
export function isWrite(method: string): boolean {
	return !READS.has(method.toUpperCase());
}

export interface Outcome {
	/** HTTP status when the store answered. */
	status?: number;
	/** Network error code when it did not. */
	networkCode?: string;
	/** Network error message (some libraries only say "socket hang up"). */
	networkMessage?: string;
	/** Whether the answer carried Retry-After. */
	retryAfter?: boolean;
}

export function networkCodeOf(outcome: Outcome): string | undefined {
	const code = outcome.networkCode?.toUpperCase();
	if (code) return code;
	if (outcome.networkMessage && /socket hang up/i.test(outcome.networkMessage)) return 'ECONNRESET';
	return undefined;
}

/** Whether a request may be sent again after this outcome. */
export function shouldRetry(method: string, outcome: Outcome): boolean {
	const verb = method.toUpperCase();
	const code = networkCodeOf(outcome);
	if (outcome.status === undefined && code === 'ECONNREFUSED') return true; // never reached the store
	// A second DELETE cannot remove more than the first: it is retried like a read (404/410 then means done).
	if (isWrite(verb) && verb !== 'DELETE') return outcome.status === 429 || (outcome.status === 503 && outcome.retryAfter === true);
	if (outcome.status !== undefined) return RETRY_STATUSES.has(outcome.status);
	return code !== undefined && RETRY_NETWORK_CODES.has(code);
}

/** Whether a write that ended this way may have been applied by the store (its answer was lost or broken). */
export function writeOutcomeUnknown(outcome: Outcome & { truncated?: boolean }): boolean {
	if (outcome.truncated) return true;
	if (outcome.status !== undefined) return outcome.status === 502 || outcome.status === 504;
	const code = networkCodeOf(outcome);
	return code !== undefined && code !== 'ECONNREFUSED' && (RETRY_NETWORK_CODES.has(code) || code === 'ECONNABORTED');
}

/** Retry-After in milliseconds: delta-seconds or an HTTP date. Undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
	if (value === undefined || value === null) return undefined;
	const text = String(value).trim();
	if (text === '') return undefined;
	if (/^\d+(\.\d+)?$/.test(text)) return Math.round(parseFloat(text) * 1000);
	const date = Date.parse(text);
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, date - now);
}

/**
 * How long to wait before retry number `retry` (1 = the first retry).
 * Full jitter: a random time between 0 and min(maxDelay, base * 2^(retry-1)).
 */
export function backoffDelay(
	retry: number,
	policy: RetryPolicy = DEFAULT_RETRY_POLICY,
	retryAfterMs?: number,
	random: () => number = Math.random,
): number {
	if (retryAfterMs !== undefined) return Math.min(Math.max(0, retryAfterMs), policy.maxRetryAfterMs);
	const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
	return Math.floor(random() * ceiling);
}

export async function wait(ms: number): Promise<void> {
	if (ms > 0) await sleep(ms);
}
