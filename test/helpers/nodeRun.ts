/**
 * Shared by the workflow tests of every resource group: a sandbox store, credentials for it, and a runner that puts
 * the real WooCommerce node in a workflow (Manual Trigger → Set Items → WooCommerce), runs it with n8n-core's engine
 * over real HTTP, and returns the output items, the error and the API requests the store received.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { ICredentialDataDecryptedObject, IDataObject, INode, INodeExecutionData, NodeParameterValue } from 'n8n-workflow';

import { chain, errorOf, loadPackage, makeNode, outputOf, PACKAGE_NAME, runWorkflow, SET_ITEMS_TYPE } from './n8n';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSandbox } = require('../sandbox');

export const NODE_TYPE = `${PACKAGE_NAME}.wooCommerce`;

/** Time for beforeAll when it loads the node: that compiles its TypeScript sources once per test file. */
export const SETUP_TIMEOUT = 60000;

export type KeyKind = 'readWrite' | 'readOnly';

/** Starts the sandbox store; `preloadNode` also loads the package's nodes now rather than in the first test. */
export async function startStore(seed: 'demo' | 'empty' = 'demo', options: { preloadNode?: boolean } = {}): Promise<any> {
	if (options.preloadNode) loadPackage();
	return await startSandbox({ seed });
}

/**
 * The sandbox store of a test file: started in beforeAll, closed in afterAll (and its faults cleared after each test
 * with `clearFaults`). The returned object stands for the started store, so tests use `sb.store`, `sb.requests`,
 * `sb.faults` as usual.
 */
export function useStore(
	seed: 'demo' | 'empty' = 'demo',
	options: { preloadNode?: boolean; clearFaults?: boolean } = {},
): any {
	let current: any;
	beforeAll(async () => {
		current = await startStore(seed, options);
	}, options.preloadNode ? SETUP_TIMEOUT : undefined);
	afterAll(async () => {
		if (current) await current.close();
	});
	if (options.clearFaults) {
		afterEach(() => {
			current.faults.clear();
		});
	}
	return new Proxy(
		{},
		{
			get(_target, property) {
				if (!current) throw new Error('The sandbox store is not started yet: use it inside a test or a hook.');
				const value = current[property];
				return typeof value === 'function' ? value.bind(current) : value;
			},
		},
	);
}

/** The node's credential for the sandbox store: OAuth 1.0a over http:// in automatic mode. */
export function credentialsFor(sb: any, key: KeyKind = 'readWrite'): ICredentialDataDecryptedObject {
	return {
		url: sb.url,
		consumerKey: sb.keys[key].key,
		consumerSecret: sb.keys[key].secret,
		authentication: 'auto',
		signatureMethod: 'HMAC-SHA256',
		apiVersion: 'wc/v3',
		ignoreSslIssues: false,
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
	/** The store's own log entries of those requests. */
	raw: any[];
}

const API = '/wp-json/wc/v3/';

/** How a request without a body shows: `body: null` as the store logs it, or `body: undefined`. */
export type EmptyBody = 'null' | 'undefined';

/** The REST API requests the store received since `before` (an index in `sb.requests`). */
export function apiRequests(sb: any, before: number, emptyBody: EmptyBody = 'null'): { requests: ApiRequest[]; raw: any[] } {
	const raw = sb.requests.slice(before).filter((entry: any) => String(entry.path).startsWith(API));
	const requests = raw.map((entry: any) => {
		const query: IDataObject = {};
		for (const [key, value] of Object.entries(entry.query ?? {})) if (!key.startsWith('oauth_')) query[key] = value as any;
		return {
			method: entry.method,
			path: String(entry.path).slice(API.length),
			query,
			body: entry.rawBody === '' && emptyBody === 'undefined' ? undefined : entry.body,
		};
	});
	return { requests, raw };
}

export interface RunOptions {
	/** Input items, given by a Set Items node; without them the WooCommerce node gets the Manual Trigger's item. */
	items?: IDataObject[];
	continueOnFail?: boolean;
	key?: KeyKind;
	/** More settings of the WooCommerce node (e.g. onError, retryOnFail). */
	node?: Partial<INode>;
	/** What `body` is for a request without one (see apiRequests). */
	emptyBody?: EmptyBody;
	/** Credential fields that differ from credentialsFor (e.g. the API Version). */
	credentials?: ICredentialDataDecryptedObject;
}

/** Runs Manual Trigger → (Set Items) → WooCommerce with the parameters as the editor saves them. */
export async function runNode(sb: any, parameters: Record<string, unknown>, options: RunOptions = {}): Promise<NodeRun> {
	const before = sb.requests.length;
	const woo = makeNode('WooCommerce', NODE_TYPE, parameters as Record<string, NodeParameterValue>, {
		...(options.continueOnFail ? { onError: 'continueRegularOutput' } : {}),
		...options.node,
	});
	const nodes = options.items ? [makeNode('Items', SET_ITEMS_TYPE, { items: JSON.stringify(options.items) }), woo] : [woo];
	const run = await runWorkflow(chain(...nodes), {
		credentials: { wooCommerceRestApi: { ...credentialsFor(sb, options.key), ...(options.credentials ?? {}) } },
	});
	const error = errorOf(run, 'WooCommerce');
	const out: INodeExecutionData[] = error ? [] : outputOf(run, 'WooCommerce');
	return { items: out, json: out.map((item) => item.json), error, ...apiRequests(sb, before, options.emptyBody) };
}

/** Requests that change something (anything but GET/HEAD/OPTIONS). */
export function writes(requests: ApiRequest[]): ApiRequest[] {
	return requests.filter((request) => !['GET', 'HEAD', 'OPTIONS'].includes(request.method));
}

/** A resource locator value as the editor saves it. */
export function byId(value: string | number): { __rl: true; mode: string; value: string } {
	return { __rl: true, mode: 'id', value: String(value) };
}

export function byList(value: string | number): { __rl: true; mode: string; value: string } {
	return { __rl: true, mode: 'list', value: String(value) };
}

export function byUrl(value: string): { __rl: true; mode: string; value: string } {
	return { __rl: true, mode: 'url', value };
}

/** The pairedItem indexes of the output items, in order. */
export function pairs(items: INodeExecutionData[]): number[] {
	return items.map((item) => {
		const paired = item.pairedItem;
		if (Array.isArray(paired)) return (paired[0] as { item: number }).item;
		if (typeof paired === 'number') return paired;
		return (paired as { item: number }).item;
	});
}
