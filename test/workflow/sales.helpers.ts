/**
 * The sales workflow tests' (orders, notes, refunds, customers, coupons) settings of the shared runner in
 * ../helpers/nodeRun: every run has Set Items (one empty item by default), and a request without a body shows
 * `body: null` as the store logs it. (The sales tests start their store with `useStore('demo', { preloadNode: true })`.)
 */
/* eslint-disable @typescript-eslint/no-explicit-any */

import type { NodeRun, RunOptions } from '../helpers/nodeRun';
import { runNode as runWooNode } from '../helpers/nodeRun';

export { byId, byUrl, credentialsFor, NODE_TYPE, useStore, writes } from '../helpers/nodeRun';
export type { ApiRequest, NodeRun } from '../helpers/nodeRun';

export async function runNode(
	sb: any,
	parameters: Record<string, unknown>,
	options: Pick<RunOptions, 'items' | 'continueOnFail' | 'key'> = {},
): Promise<NodeRun> {
	return await runWooNode(sb, parameters, { ...options, items: options.items ?? [{}], emptyBody: 'null' });
}

/** The demo store's orders, newest last. */
export function orderIds(sb: any): number[] {
	return [...sb.store.orders.values()].filter((o: any) => o.type === 'order').map((o: any) => o.id).sort((a: number, b: number) => a - b);
}

