import { DEFAULT_RETRY_POLICY, backoffDelay, parseRetryAfter, shouldRetry } from '../../nodes/WooCommerce/transport/retry';
import { runPool } from '../../nodes/WooCommerce/transport/pool';

describe('which failures are retried', () => {
	it.each(['GET', 'HEAD', 'PUT', 'DELETE'])('%s on 429, 502, 503, 504 and dropped connections', (method) => {
		for (const status of [429, 502, 503, 504]) expect(shouldRetry(method, { status })).toBe(true);
		for (const status of [400, 401, 404, 413, 500, 501]) expect(shouldRetry(method, { status })).toBe(false);
		expect(shouldRetry(method, { networkCode: 'ECONNRESET' })).toBe(true);
		expect(shouldRetry(method, { networkCode: 'ETIMEDOUT' })).toBe(true);
		expect(shouldRetry(method, { networkMessage: 'socket hang up' })).toBe(true);
		expect(shouldRetry(method, { networkCode: 'ENOTFOUND' })).toBe(false);
	});

	it('POST only when the connection was refused (the store never saw it)', () => {
		expect(shouldRetry('POST', { networkCode: 'ECONNREFUSED' })).toBe(true);
		for (const status of [429, 502, 503, 504]) expect(shouldRetry('POST', { status })).toBe(false);
		expect(shouldRetry('POST', { networkCode: 'ECONNRESET' })).toBe(false);
		expect(shouldRetry('POST', { networkCode: 'ETIMEDOUT' })).toBe(false);
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
