/**
 * Fast seeding of the sandbox store for transport tests and benchmarks: goes through the sandbox's own
 * REST handlers in-process (as its demo seed does), so objects are complete and no HTTP is logged.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export async function callSandbox(sb: any, method: string, route: string, body: Record<string, unknown> = {}): Promise<any> {
	const match = sb.router.match(route, method);
	if (!match || !match.def) throw new Error(`sandbox: no route ${method} ${route}`);
	const ctx = { sb, method, query: {}, queryMap: new Map(), body, home: sb.url, user: sb.keyRecords[0] };
	return await match.def.handler(ctx, match.params);
}

/** Creates `count` simple products named `<prefix> N`; returns their ids in creation order. */
export async function seedProducts(sb: any, count: number, prefix = 'Product'): Promise<number[]> {
	const ids: number[] = [];
	for (let i = 0; i < count; i++) {
		const res = await callSandbox(sb, 'POST', 'products', { name: `${prefix} ${i + 1}`, type: 'simple', regular_price: '9.99' });
		if (!res || !res.body || typeof res.body.id !== 'number') throw new Error(`sandbox: product ${i + 1} not created (${JSON.stringify(res && res.body).slice(0, 200)})`);
		ids.push(res.body.id);
	}
	return ids;
}
