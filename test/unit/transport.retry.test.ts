import { DEFAULT_RETRY_POLICY, backoffDelay, parseRetryAfter, shouldRetry, writeOutcomeUnknown } from '../../nodes/WooCommerce/transport/retry';
import { runPool } from '../../nodes/WooCommerce/transport/pool';

describe('which failures are retried', () => {
	it.each(['GET', 'HEAD'])('%s on 429, 502, 503, 504 and dropped connections', (method) => {
		for (const status of [429, 502, 503, 504]) expect(shouldRetry(method, { status })).toBe(true);
		for (const status of [400, 401, 404, 413, 500, 501]) expect(shouldRetry(method, { status })).toBe(false);
		expect(shouldRetry(method, { networkCode: 'ECONNRESET' })).toBe(true);
		expect(shouldRetry(method, { networkCode: 'ETIMEDOUT' })).toBe(true);
		expect(shouldRetry(method, { networkMessage: 'socket hang up' })).toBe(true);
		expect(shouldRetry(method, { networkCode: 'ENOTFOUND' })).toBe(false);
	});

	it('DELETE like a read: a second delete cannot remove more than the first', () => {
		for (const status of [429, 502, 503, 504]) expect(shouldRetry('DELETE', { status })).toBe(true);
		for (const status of [400, 401, 404, 410, 500]) expect(shouldRetry('DELETE', { status })).toBe(false);
		expect(shouldRetry('DELETE', { networkCode: 'ECONNRESET' })).toBe(true);
	});

	it.each(['POST', 'PUT', 'PATCH'])(
		'%s only when the store cannot have acted: refused connection, 429, 503 with Retry-After',
		(method) => {
			expect(shouldRetry(method, { networkCode: 'ECONNREFUSED' })).toBe(true);
			expect(shouldRetry(method, { status: 429 })).toBe(true);
			expect(shouldRetry(method, { status: 503, retryAfter: true })).toBe(true);
			// WooCommerce may have applied these: a PUT adding a line item would add it twice.
			for (const status of [500, 502, 503, 504]) expect(shouldRetry(method, { status })).toBe(false);
			expect(shouldRetry(method, { networkCode: 'ECONNRESET' })).toBe(false);
			expect(shouldRetry(method, { networkCode: 'ETIMEDOUT' })).toBe(false);
			expect(shouldRetry(method, { networkMessage: 'socket hang up' })).toBe(false);
		},
	);

	it('a write whose answer was lost or cut off has an unknown outcome; a refused one does not', () => {
		for (const status of [502, 504]) expect(writeOutcomeUnknown({ status })).toBe(true);
		for (const status of [400, 401, 404, 429, 500, 503]) expect(writeOutcomeUnknown({ status })).toBe(false);
		expect(writeOutcomeUnknown({ truncated: true })).toBe(true);
		expect(writeOutcomeUnknown({ networkCode: 'ECONNRESET' })).toBe(true);
		expect(writeOutcomeUnknown({ networkCode: 'ETIMEDOUT' })).toBe(true);
		expect(writeOutcomeUnknown({ networkCode: 'ECONNREFUSED' })).toBe(false);
		expect(writeOutcomeUnknown({ networkCode: 'ENOTFOUND' })).toBe(false);
	});
});

describe('how long to wait', () => {
	it('grows exponentially with full jitter, capped', () => {
		expect(backoffDelay(1, DEFAULT_RETRY_POLICY, undefined, () => 0.999)).toBe(499);
		expect(backoffDelay(2, DEFAULT_RETRY_POLICY, undefined, () => 0.999)).toBe(999);
		expect(backoffDelay(3, DEFAULT_RETRY_POLICY, undefined, () => 0.999)).toBe(1998);
		expect(backoffDelay(10, DEFAULT_RETRY_POLICY, undefined, () => 0.999)).toBe(7992);
		expect(backoffDelay(3, DEFAULT_RETRY_POLICY, undefined, () => 0)).toBe(0);
	});

	it('honours Retry-After seconds and HTTP dates, capped at 30 s', () => {
		expect(parseRetryAfter('2')).toBe(2000);
		expect(parseRetryAfter('0.5')).toBe(500);
		const now = Date.parse('2026-11-22T12:00:00Z');
		expect(parseRetryAfter('Sun, 22 Nov 2026 12:00:05 GMT', now)).toBe(5000);
		expect(parseRetryAfter('Sun, 22 Nov 2026 11:00:00 GMT', now)).toBe(0);
		expect(parseRetryAfter('soon')).toBeUndefined();
		expect(parseRetryAfter(undefined)).toBeUndefined();
		expect(backoffDelay(1, DEFAULT_RETRY_POLICY, 2000)).toBe(2000);
		expect(backoffDelay(1, DEFAULT_RETRY_POLICY, 3_600_000)).toBe(30000);
	});
});

describe('runPool', () => {
	it('keeps at most N tasks in flight and returns results in task order', async () => {
		let inFlight = 0;
		let peak = 0;
		const tasks = Array.from({ length: 12 }, (_, i) => async () => {
			inFlight++;
			peak = Math.max(peak, inFlight);
			await new Promise((resolve) => setImmediate(resolve));
			await new Promise((resolve) => setImmediate(resolve));
			inFlight--;
			return i * 2;
		});
		expect(await runPool(tasks, 3)).toEqual(Array.from({ length: 12 }, (_, i) => i * 2));
		expect(peak).toBe(3);
	});

	it('stops starting tasks after a failure', async () => {
		const started: number[] = [];
		const tasks = Array.from({ length: 10 }, (_, i) => async () => {
			started.push(i);
			await new Promise((resolve) => setImmediate(resolve));
			if (i === 1) throw new Error('boom');
			return i;
		});
		await expect(runPool(tasks, 2)).rejects.toThrow('boom');
		expect(started.length).toBeLessThan(10);
	});
});
