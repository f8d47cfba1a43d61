/**
 * Shared by the sales workflow tests (orders, notes, refunds, customers, coupons): a sandbox store with demo data,
 * and a runner that puts the real WooCommerce node in a workflow (Manual Trigger → Set Items → WooCommerce),
 * runs it with n8n-core's engine over real HTTP, and returns the output items, the error and the API requests sent.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { ICredentialDataDecryptedObject, IDataObject, INodeExecutionData, NodeParameterValue } from 'n8n-workflow';

import { chain, errorOf, loadPackage, makeNode, outputOf, PACKAGE_NAME, runWorkflow, SET_ITEMS_TYPE } from '../helpers/n8n';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSandbox } = require('../sandbox');

export const NODE_TYPE = `${PACKAGE_NAME}.wooCommerce`;

/** Time for beforeAll: loading the node compiles its TypeScript sources once per test file. */
export const SETUP_TIMEOUT = 60000;

export async function startStore(seed: 'demo' | 'empty' = 'demo'): Promise<any> {
	loadPackage();
	return await startSandbox({ seed });
}

export function credentialsFor(sb: any, key: 'readWrite' | 'readOnly' = 'readWrite'): ICredentialDataDecryptedObject {
	return {
		url: sb.url,
		consumerKey: sb.keys[key].key,
		consumerSecret: sb.keys[key].secret,
		authentication: 'auto',
		signatureMethod: 'HMAC-SHA256',
		apiVersion: 'wc/v3',
		allowUnauthorizedCerts: false,
	};
}

export interface ApiRequest {
	method: string;
	/** Path after /wp-json/wc/v3/, e.g. "orders/25". */
	path: string;
	/** Query without the oauth_* parameters. */
	query: IDataObject;
	body: any;
}

export interface NodeRun {
	items: INodeExecutionData[];
	json: IDataObject[];
	error?: any;
	requests: ApiRequest[];
}

/** A resource locator value as the editor saves it. */
export function byId(value: string | number): { __rl: true; mode: string; value: string } {
	return { __rl: true, mode: 'id', value: String(value) };
}

export function byUrl(value: string): { __rl: true; mode: string; value: string } {
	return { __rl: true, mode: 'url', value };
}

export async function runNode(
	sb: any,
	parameters: Record<string, unknown>,
	options: { items?: IDataObject[]; continueOnFail?: boolean; key?: 'readWrite' | 'readOnly' } = {},
): Promise<NodeRun> {
	const before = sb.requests.length;
	const items = options.items ?? [{}];
	const setItems = makeNode('Items', SET_ITEMS_TYPE, { items: JSON.stringify(items) });
	const woo = makeNode('WooCommerce', NODE_TYPE, parameters as Record<string, NodeParameterValue>, options.continueOnFail ? { onError: 'continueRegularOutput' } : {});
	const run = await runWorkflow(chain(setItems, woo), {
		credentials: { wooCommerceRestApi: credentialsFor(sb, options.key) },
	});
	const requests: ApiRequest[] = sb.requests
		.slice(before)
		.filter((entry: any) => entry.path.startsWith('/wp-json/wc/v3/'))
		.map((entry: any) => {
			const query: IDataObject = {};
			for (const [key, value] of Object.entries(entry.query ?? {})) if (!key.startsWith('oauth_')) query[key] = value as any;
			return { method: entry.method, path: entry.path.slice('/wp-json/wc/v3/'.length), query, body: entry.body };
		});
	const error = errorOf(run, 'WooCommerce');
	let out: INodeExecutionData[] = [];
	if (!error) out = outputOf(run, 'WooCommerce');
	return { items: out, json: out.map((item) => item.json), error, requests };
}

/** Requests that change something (anything but GET/HEAD/OPTIONS). */
export function writes(requests: ApiRequest[]): ApiRequest[] {
	return requests.filter((request) => !['GET', 'HEAD', 'OPTIONS'].includes(request.method));
}

/** The demo store's orders, newest last. */
export function orderIds(sb: any): number[] {
	return [...sb.store.orders.values()].filter((o: any) => o.type === 'order').map((o: any) => o.id).sort((a: number, b: number) => a - b);
}
