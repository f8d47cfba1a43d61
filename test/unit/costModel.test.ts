/**
 * The sandbox store's cost model, over real HTTP: workers serve at most P requests at once (the others queue), a
 * batch costs one unit of work per operation, and the rate limit answers 429 with Retry-After.
 */
/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/no-explicit-any */
const { startSandbox } = require('../sandbox');
const { CostModel, PROFILES, itemsOf } = require('../sandbox/lib/costModel');

async function get(sb: any, path: string): Promise<{ status: number; retryAfter: string | null }> {
	// Unauthenticated: the cost is spent before authentication, like PHP workers serving any request.
	const res = await fetch(`${sb.url}/wp-json/wc/v3/${path}`);
	await res.text();
	return { status: res.status, retryAfter: res.headers.get('retry-after') };
}

describe('sandbox cost model', () => {
	it('has the two profiles of issue 11', () => {
		expect(PROFILES.network).toEqual({ latencyMs: 20, itemWorkMs: 0, workers: 8 });
		expect(PROFILES['real store']).toEqual({ latencyMs: 20, itemWorkMs: 35, workers: 4 });
		expect(new CostModel({ profile: 'real store', workers: 2 })).toMatchObject({ latencyMs: 20, itemWorkMs: 35, workers: 2 });
		expect(() => new CostModel('fast')).toThrow(/unknown profile "fast"/);
	});

	it('counts the operations of a batch as items of work, any other request as one', () => {
		expect(itemsOf({ path: '/wp-json/wc/v3/products/batch', body: { create: [{}, {}], update: [{}], delete: [1, 2] } })).toBe(5);
		expect(itemsOf({ path: '/wp-json/wc/v3/products', body: null })).toBe(1);
	});

	it('serves at most `workers` requests at once; the others queue', async () => {
		const sb = await startSandbox({ cost: { latencyMs: 0, itemWorkMs: 30, workers: 2 } });
		try {
			const answers = await Promise.all(Array.from({ length: 6 }, async () => await get(sb, 'products')));
			expect(answers.every((answer) => answer.status === 401)).toBe(true);
			expect(sb.costModel.stats.peakBusy).toBe(2);
			expect(sb.costModel.stats.queued).toBe(4);
		} finally {
			await sb.close();
		}
	});

	it('answers 429 with Retry-After beyond the rate limit', async () => {
		const sb = await startSandbox({ cost: { rateLimit: { requests: 2, windowMs: 60_000 } } });
		try {
			expect((await get(sb, 'products')).status).toBe(401);
			expect((await get(sb, 'products')).status).toBe(401);
			const refused = await get(sb, 'products');
			expect(refused.status).toBe(429);
			expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
			expect(sb.requests).toHaveLength(3);
			expect(sb.costModel.stats.throttled).toBe(1);
		} finally {
			await sb.close();
		}
	});
});
