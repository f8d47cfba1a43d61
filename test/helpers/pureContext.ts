/**
 * For unit tests of pure helpers: the little of an execute context they use (the node, for NodeOperationError), and
 * the message of the error a call throws.
 */
import type { IExecuteFunctions, INode } from 'n8n-workflow';

export const node: INode = { id: '1', name: 'WooCommerce', type: 'n8n-nodes-woocommerce.wooCommerce', typeVersion: 1, position: [0, 0], parameters: {} };
export const ctx = { getNode: () => node } as unknown as IExecuteFunctions;

export function messageOf(fn: () => unknown): string {
	try {
		fn();
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('expected an error');
}
