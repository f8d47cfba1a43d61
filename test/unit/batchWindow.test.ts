import { BatchWindow, DEFAULT_BATCH_CONCURRENCY, MAX_BATCH_CONCURRENCY } from '../../nodes/WooCommerce/transport/batchWindow';

describe('batch concurrency window', () => {
	it('starts at the chosen concurrency, clamped to 1..max, default when unset', () => {
		expect(new BatchWindow().size).toBe(DEFAULT_BATCH_CONCURRENCY);
		expect(new BatchWindow(0).size).toBe(1);
		expect(new BatchWindow(99).size).toBe(MAX_BATCH_CONCURRENCY);
		expect(new BatchWindow(Number.NaN).size).toBe(DEFAULT_BATCH_CONCURRENCY);
	});

	it('halves on 429/503 and climbs back by one per request answered at normal speed, never above the chosen value', () => {
		const window = new BatchWindow(4);
		window.throttled();
		expect(window.size).toBe(2);
		window.throttled();
		window.throttled();
		expect(window.size).toBe(1);
		for (let i = 0; i < 10; i++) window.answered(3500, 100);
		expect(window.size).toBe(4);
	});

	it('steps down when a request takes more than twice as long per operation as the fastest (the store queues)', () => {
		const window = new BatchWindow(4);
		window.answered(3500, 100);
		window.answered(8000, 100);
		expect(window.size).toBe(3);
		window.answered(9000, 100);
		expect(window.size).toBe(2);
		window.answered(3600, 100);
		expect(window.size).toBe(3);
	});
});
