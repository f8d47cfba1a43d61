/**
 * Shared by the store workflow tests (taxes, shipping, gateways, settings, system status, reports, webhooks, data):
 * runs the real WooCommerce node in a workflow (Manual Trigger → Set Items → WooCommerce) with n8n-core's engine,
 * over real HTTP against the sandbox store, and returns the output items, the error and the API requests sent.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	NodeParameterValue,
} from 'n8n-workflow';

import { chain, errorOf, makeNode, outputOf, PACKAGE_NAME, runInNodeContext, runWorkflow, SET_ITEMS_TYPE } from '../helpers/n8n';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSandbox } = require('../sandbox');

export const NODE_TYPE = `${PACKAGE_NAME}.wooCommerce`;

export async function startStore(seed: 'demo' | 'empty' = 'demo'): Promise<any> {
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
	/** Path after /wp-json/wc/v3/, e.g. "taxes/3". */
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
	raw: any[];
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

function apiRequests(sb: any, before: number): { requests: ApiRequest[]; raw: any[] } {
	const raw = sb.requests.slice(before).filter((entry: any) => entry.path.startsWith('/wp-json/wc/v3/'));
	const requests = raw.map((entry: any) => {
		const query: IDataObject = {};
		for (const [key, value] of Object.entries(entry.query ?? {})) if (!key.startsWith('oauth_')) query[key] = value as any;
		return { method: entry.method, path: entry.path.slice('/wp-json/wc/v3/'.length), query, body: entry.rawBody === '' ? undefined : entry.body };
	});
	return { requests, raw };
}

export async function runNode(
	sb: any,
	parameters: Record<string, unknown>,
	options: { items?: IDataObject[]; continueOnFail?: boolean; key?: 'readWrite' | 'readOnly' } = {},
): Promise<NodeRun> {
	const before = sb.requests.length;
	const items = options.items ?? [{}];
	const setItems = makeNode('Items', SET_ITEMS_TYPE, { items: JSON.stringify(items) });
	const woo = makeNode(
		'WooCommerce',
		NODE_TYPE,
		parameters as Record<string, NodeParameterValue>,
		options.continueOnFail ? { onError: 'continueRegularOutput' } : {},
	);
	const run = await runWorkflow(chain(setItems, woo), {
		credentials: { wooCommerceRestApi: credentialsFor(sb, options.key) },
	});
	const error = errorOf(run, 'WooCommerce');
	let out: INodeExecutionData[] = [];
	if (!error) out = outputOf(run, 'WooCommerce');
	return { items: out, json: out.map((item) => item.json), error, ...apiRequests(sb, before) };
}

/** Requests that change something (anything but GET/HEAD/OPTIONS). */
export function writes(requests: ApiRequest[]): ApiRequest[] {
	return requests.filter((request) => !['GET', 'HEAD', 'OPTIONS'].includes(request.method));
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

/**
 * Calls a loadOptions / listSearch method with a real execution context (real HTTP, real credential),
 * `currentNodeParameters` standing in for the editor's current values.
 */
export async function callMethod<T>(
	sb: any,
	method: (this: any, ...args: any[]) => Promise<T>,
	currentNodeParameters: IDataObject = {},
	args: unknown[] = [],
	path = 'parameters.value',
): Promise<{ result: T; requests: ApiRequest[] }> {
	const before = sb.requests.length;
	const result = await runInNodeContext(credentialsFor(sb), async function (this: IExecuteFunctions) {
		const ctx = Object.create(this) as any;
		ctx.getCurrentNodeParameter = (parameterPath: string) => {
			let resolved = parameterPath;
			if (resolved.startsWith('&')) resolved = `${path.split('.').slice(1, -1).join('.')}.${resolved.slice(1)}`;
			return resolved
				.split('.')
				.filter((part) => part !== '')
				.reduce<any>((value, key) => (value && typeof value === 'object' ? value[key] : undefined), currentNodeParameters);
		};
		ctx.getCurrentNodeParameters = () => currentNodeParameters;
		return await method.call(ctx, ...args);
	});
	return { result, requests: apiRequests(sb, before).requests };
}
