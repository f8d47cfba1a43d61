/**
 * The one function that sends a request to the store.
 *
 * It builds the absolute URL itself (API base + endpoint + our query string; never a `Link` header),
 * sends through n8n's `httpRequestWithAuthentication` (the credential's `authenticate` signs it; proxies and
 * SSL options apply), parses the answer itself (so HTML and cut-off JSON are recognised), retries what
 * is safe to retry, and turns every failure into a scrubbed NodeApiError.
 */
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
	IPollFunctions,
	ITriggerFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

import { normalizeApiPath } from './apiPath';
import { type ApiVersion, type WooCredentials } from './credentials';
import { CREDENTIAL_TYPE, apiBaseUrl, readCredentials, secretsOf } from './credentials';
import { buildQueryString } from './phpQuery';
import { plainHttpRefusal, resolveAuthMode } from './auth';
import { diagnoseCredentialFailure, type ProbeSend } from './diagnosis';
import {
	buildApiError,
	buildConfigError,
	classifyBody,
	describeHttpFailure,
	describeNetworkFailure,
	headerValue,
	unknownWriteOutcome,
} from './errors';
import { DEFAULT_RETRY_POLICY, backoffDelay, isWrite, parseRetryAfter, shouldRetry, wait, writeOutcomeUnknown } from './retry';
import { answerMayHoldSecrets, scrubAnswer, scrubText } from './scrub';
import { legacyQueryFormUrl } from './legacyAddress';
import { explainMissingLegacyOrders, isLegacy, isLegacyOrderPath, legacyQuery, unwrapLegacyRecord, wrapLegacyBody } from './legacy';

export type WooFunctions =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IHookFunctions
	| IPollFunctions
	| ITriggerFunctions
	| IWebhookFunctions
	| IExecuteSingleFunctions;

export interface WooRequestOptions {
	qs?: IDataObject;
	body?: IDataObject | IDataObject[];
	itemIndex?: number;
	/** Resolve to `{ body, headers, statusCode }` instead of the body. */
	returnFullResponse?: boolean;
	/** Another API root of the same store than the credential's (e.g. wc/v3 to read the system status). */
	apiVersion?: ApiVersion;
}

export interface WooFullResponse {
	body: any;
	headers: Record<string, string>;
	statusCode: number;
}

/** Keep in step with package.json (no file system access at run time). */
export const PACKAGE_VERSION = '0.1.0';
export const USER_AGENT = `n8n-nodes-woocommerce/${PACKAGE_VERSION}`;
/** Some reports and big batches are slow; a hung store must still end the request. */
export const REQUEST_TIMEOUT_MS = 300_000;
/** The diagnosis' probes are small reads: a store that takes longer is not waited for. */
const PROBE_TIMEOUT_MS = 20_000;

interface StoreContext {
	creds: WooCredentials;
	raw: ICredentialDataDecryptedObject;
	secrets: string[];
}

/** One credential read per execution context (the same `this` is used for every item and page). */
const storeContexts = new WeakMap<object, Promise<StoreContext>>();

type CredentialReader = { getCredentials(type: string, itemIndex?: number): Promise<ICredentialDataDecryptedObject> };

async function loadStore(ctx: WooFunctions, itemIndex?: number): Promise<StoreContext> {
	let pending = storeContexts.get(ctx);
	if (!pending) {
		pending = (async () => {
			const raw = await (ctx as unknown as CredentialReader).getCredentials(CREDENTIAL_TYPE, itemIndex);
			let creds: WooCredentials;
			try {
				creds = readCredentials(raw);
			} catch (error) {
				const secret = typeof raw?.consumerSecret === 'string' ? [raw.consumerSecret] : [];
				throw buildConfigError(ctx.getNode(), (error as Error).message, { secrets: secret, itemIndex });
			}
			return { creds, raw, secrets: secretsOf(creds) };
		})();
		storeContexts.set(ctx, pending);
		pending.catch(() => storeContexts.delete(ctx));
	}
	return await pending;
}

/** The validated credential of the node, read once per execution. */
export async function getStoreCredentials(this: WooFunctions): Promise<WooCredentials> {
	return (await loadStore(this)).creds;
}

/** Secrets of the node's credential, for scrubbing text that did not come from the transport. */
export async function getStoreSecrets(this: WooFunctions): Promise<string[]> {
	return (await loadStore(this)).secrets;
}

function splitEndpoint(node: INode, endpoint: string, itemIndex?: number): { path: string; query: IDataObject } {
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(endpoint) || endpoint.startsWith('//')) {
		throw buildConfigError(node, `The endpoint "${scrubText(endpoint).slice(0, 100)}" must be relative to the API root (e.g. "products"), not a full URL`, { itemIndex });
	}
	const at = endpoint.indexOf('?');
	const normalized = normalizeApiPath(at < 0 ? endpoint : endpoint.slice(0, at));
	if (!normalized.ok) {
		throw buildConfigError(node, `The path "${scrubText(endpoint).slice(0, 100)}" must stay under the API root: ${normalized.reason}`, { itemIndex });
	}
	const { path } = normalized;
	const query: IDataObject = {};
	if (at >= 0) {
		for (const [key, value] of new URLSearchParams(endpoint.slice(at + 1))) query[key] = value;
	}
	return { path, query };
}

/**
 * The absolute URL of a request: API base + endpoint + query (RFC 3986, sorted). The legacy API is asked through
 * index.php, which works whatever the store's permalinks (legacyAddress.ts).
 */
export function buildRequestUrl(creds: Pick<WooCredentials, 'url' | 'apiVersion'>, path: string, qs: IDataObject = {}): string {
	const query = buildQueryString(qs);
	const base = `${apiBaseUrl(creds)}/${path.replace(/^\/+/, '')}`.replace(/\/+$/, '');
	const url = query ? `${base}?${query}` : base;
	return isLegacy(creds) ? legacyQueryFormUrl(url) : url;
}

function plainHeaders(headers: unknown): Record<string, string> {
	const out: Record<string, string> = {};
	if (!headers || typeof headers !== 'object') return out;
	const source =
		typeof (headers as { toJSON?: unknown }).toJSON === 'function'
			? ((headers as { toJSON: () => Record<string, unknown> }).toJSON() as Record<string, unknown>)
			: (headers as Record<string, unknown>);
	for (const [key, value] of Object.entries(source)) {
		if (value === undefined || value === null) continue;
		out[key.toLowerCase()] = Array.isArray(value) ? value.map(String).join(', ') : String(value);
	}
	return out;
}

interface NetworkInfo {
	code?: string;
	message?: string;
}

/** Finds the network error code under n8n's and axios' wrappers, without keeping the wrappers (they hold headers). */
function networkInfoOf(error: unknown): NetworkInfo {
	let current: unknown = error;
	let message: string | undefined;
	for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
		const candidate = current as { code?: unknown; message?: unknown; cause?: unknown; errno?: unknown };
		if (typeof candidate.message === 'string' && !message) message = candidate.message;
		if (typeof candidate.code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(candidate.code)) {
			return { code: candidate.code, message: typeof candidate.message === 'string' ? candidate.message : message };
		}
		current = candidate.cause;
	}
	return { message };
}

/** How the diagnosis sends its probes: already signed, no retries, no redirects, errors as answers. */
function probeSender(ctx: WooFunctions, creds: WooCredentials): ProbeSend {
	return async (method, url, headers) => {
		try {
			const response = (await ctx.helpers.httpRequest({
				method: method as IHttpRequestMethods,
				url,
				headers: { 'User-Agent': USER_AGENT, ...headers },
				encoding: 'text',
				json: false,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				disableFollowRedirect: true,
				timeout: PROBE_TIMEOUT_MS,
				skipSslCertificateValidation: creds.allowUnauthorizedCerts,
			})) as { body: unknown; headers: unknown; statusCode: number };
			const body = response.body;
			const text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : body == null ? '' : JSON.stringify(body);
			return { status: Number(response.statusCode), headers: plainHeaders(response.headers), text };
		} catch {
			return undefined;
		}
	};
}

/**
 * Sends one request to the store. `endpoint` is relative to the API root: 'products', `orders/${id}/notes`.
 * Resolves to the parsed JSON body (or `{ body, headers, statusCode }` with returnFullResponse).
 */
/** Keys WooCommerce keeps unique: after a create whose answer was lost, the record is found by its key. */
const UNIQUE_KEYS: Record<string, string> = { products: 'sku', customers: 'email', coupons: 'code' };
/** How old a record found by its unique key may be to count as the lost create's. */
const CREATED_RECENTLY_MS = 15 * 60 * 1000;

/**
 * The record a create made when its answer was lost (timeout, 502/504, cut-off body): looked up by its unique key,
 * so the create is reported as done instead of as unknown. Undefined when it cannot be told (no key, no single match).
 */
async function findCreated(
	this: WooFunctions,
	verb: string,
	path: string,
	options: WooRequestOptions,
): Promise<IDataObject | undefined> {
	const key = UNIQUE_KEYS[path];
	const value = key && verb === 'POST' ? (options.body as IDataObject | undefined)?.[key] : undefined;
	// WooCommerce splits a SKU filter on commas: such a SKU cannot be looked up alone.
	if (typeof value !== 'string' || value.trim() === '' || (key === 'sku' && value.includes(','))) return undefined;
	try {
		const answer = (await wooApiRequest.call(this, 'GET', path, { qs: { [key]: value }, itemIndex: options.itemIndex })) as unknown;
		const list = Array.isArray(answer) ? answer : Object.values((answer ?? {}) as IDataObject).find(Array.isArray);
		// Only a record made around now can be ours: an older one with the key would have made the create fail.
		const recent = (record: IDataObject) => {
			const created = Date.parse(`${String(record.date_created_gmt ?? '')}Z`);
			return Number.isNaN(created) || Math.abs(Date.now() - created) <= CREATED_RECENTLY_MS;
		};
		const matches = ((list ?? []) as IDataObject[]).filter(
			(record) => String(record[key]).toLowerCase() === value.toLowerCase() && recent(record),
		);
		return matches.length === 1 ? matches[0] : undefined;
	} catch {
		// The lookup failing leaves the write's own error, which says what to check.
		return undefined;
	}
}

/** Whether a 2xx body that is not JSON was a record cut off, or a record after PHP notices. */
function answerCutOff(text: string): boolean {
	return classifyBody(text).kind === 'truncated' || /\{"id":\d+/.test(text);
}

/** What a DELETE reports when a repeat found the record already gone: the ID it was sent for. */
function deletedRecord(path: string): IDataObject {
	const id = path.split('/').pop() ?? '';
	return /^\d+$/.test(id) ? { id: Number(id) } : {};
}

export async function wooApiRequest(
	this: WooFunctions,
	method: IHttpRequestMethods,
	endpoint: string,
	options: WooRequestOptions = {},
): Promise<any> {
	const node = this.getNode();
	const { itemIndex } = options;
	const store = await loadStore(this, itemIndex);
	const { creds, secrets } = store;
	const { path, query } = splitEndpoint(node, endpoint, itemIndex);
	const target = options.apiVersion ? { ...creds, apiVersion: options.apiVersion } : creds;
	const legacy = isLegacy(target);
	const url = legacy
		? buildRequestUrl(target, path, legacyQuery(this, path, method, { ...query, ...(options.qs ?? {}) }, itemIndex))
		: buildRequestUrl(target, path, { ...query, ...(options.qs ?? {}) });
	const verb = method.toUpperCase() as IHttpRequestMethods;

	const mode = resolveAuthMode(creds, url);
	if ((mode === 'basic' || mode === 'queryString') && !/^https:/i.test(url)) {
		throw buildConfigError(node, plainHttpRefusal(mode), { secrets, itemIndex });
	}

	const headers: IDataObject = { 'User-Agent': USER_AGENT, Accept: 'application/json' };
	let body: string | undefined;
	if (options.body !== undefined && verb !== 'GET' && verb !== 'HEAD') {
		headers['Content-Type'] = 'application/json';
		body = JSON.stringify(legacy ? wrapLegacyBody(path, options.body) : options.body);
	}

	const nodeCredential = node.credentials?.[CREDENTIAL_TYPE];
	const policy = DEFAULT_RETRY_POLICY;
	// A DELETE sent again: 404/410 then means the record is gone (most likely by the earlier send), which is what was asked.
	let deleteMayHaveApplied = false;
	const retryDelete = () => {
		if (verb === 'DELETE') deleteMayHaveApplied = true;
	};
	for (let attempt = 1; ; attempt++) {
		const requestOptions: IHttpRequestOptions = {
			method: verb,
			url,
			headers: { ...headers },
			encoding: 'text',
			json: false,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			disableFollowRedirect: true,
			timeout: REQUEST_TIMEOUT_MS,
		};
		if (body !== undefined) requestOptions.body = body;
		if (creds.allowUnauthorizedCerts) requestOptions.skipSslCertificateValidation = true;

		let response: { body: unknown; headers: unknown; statusCode: number } | undefined;
		let network: NetworkInfo | undefined;
		try {
			response = (await this.helpers.httpRequestWithAuthentication.call(
				this as IExecuteFunctions,
				CREDENTIAL_TYPE,
				requestOptions,
				{
					credentialsDecrypted: {
						id: nodeCredential?.id ?? '',
						name: nodeCredential?.name ?? '',
						type: CREDENTIAL_TYPE,
						data: { ...store.raw },
					},
				},
			)) as { body: unknown; headers: unknown; statusCode: number };
		} catch (error) {
			network = networkInfoOf(error);
		}

		if (network || !response) {
			const info = network ?? {};
			if (attempt < policy.maxTries && shouldRetry(verb, { networkCode: info.code, networkMessage: info.message })) {
				retryDelete();
				await wait(backoffDelay(attempt, policy));
				continue;
			}
			let described = describeNetworkFailure(
				{ code: info.code, message: info.message ? scrubText(info.message, secrets) : undefined },
				{ method: verb, url: scrubText(url, secrets), attempts: attempt },
			);
			if (isWrite(verb) && writeOutcomeUnknown({ networkCode: info.code, networkMessage: info.message })) {
				const created = await findCreated.call(this, verb, path, options);
				if (created) return created;
				described = unknownWriteOutcome(described, verb, path);
			}
			throw buildApiError(node, described, { secrets, itemIndex });
		}

		const statusCode = Number(response.statusCode);
		const responseHeaders = plainHeaders(response.headers);
		let text: string | undefined;
		let parsed: unknown;
		let hasParsed = false;
		if (typeof response.body === 'string') text = response.body;
		else if (Buffer.isBuffer(response.body)) text = response.body.toString('utf8');
		else if (response.body !== undefined && response.body !== null) {
			parsed = response.body;
			hasParsed = true;
		} else text = '';

		if (statusCode >= 200 && statusCode < 300) {
			if (!hasParsed) {
				const kind = classifyBody(text ?? '', headerValue(responseHeaders, 'content-type'));
				if (kind.kind === 'json') {
					parsed = kind.value;
					hasParsed = true;
				} else if (kind.kind === 'empty') {
					parsed = {};
					hasParsed = true;
				}
			}
			if (hasParsed) {
				const answer = legacy ? unwrapLegacyRecord(path, parsed) : parsed;
				// Scrubbed here, once, for every caller: a store may echo the request URL (with the secret) anywhere. Skipped
				// when the text shows there is nothing to scrub.
				const body = text !== undefined && !answerMayHoldSecrets(text, secrets) ? answer : scrubAnswer(answer, secrets);
				return options.returnFullResponse ? { body, headers: scrubAnswer(responseHeaders, secrets), statusCode } : body;
			}
			if (verb === 'DELETE' && answerCutOff(text ?? '') && attempt < policy.maxTries) {
				deleteMayHaveApplied = true;
				await wait(backoffDelay(attempt, policy));
				continue;
			}
		} else if (verb === 'DELETE' && deleteMayHaveApplied && (statusCode === 404 || statusCode === 410)) {
			const gone = deletedRecord(path);
			return options.returnFullResponse ? { body: gone, headers: scrubAnswer(responseHeaders, secrets), statusCode } : gone;
		} else if (
			attempt < policy.maxTries &&
			shouldRetry(verb, { status: statusCode, retryAfter: headerValue(responseHeaders, 'retry-after') !== undefined })
		) {
			const retryAfter = parseRetryAfter(responseHeaders['retry-after']);
			// A store that asks for a long pause (maintenance: often 600 s) gets the error now, not a hung node.
			if (retryAfter === undefined || retryAfter <= policy.maxRetryAfterMs) {
				retryDelete();
				await wait(backoffDelay(attempt, policy, retryAfter));
				continue;
			}
		}

		// The legacy API finds no order on a store whose orders live in HPOS tables: say so instead of "not found".
		if (legacy && verb === 'GET' && statusCode === 404 && isLegacyOrderPath(path)) {
			await explainMissingLegacyOrders(this, async (apiVersion, probePath, qs) => await wooApiRequest.call(this, 'GET', probePath, { qs, itemIndex, apiVersion }), itemIndex);
		}

		let jsonBody: unknown;
		if (hasParsed) jsonBody = parsed;
		else {
			const kind = classifyBody(text ?? '', headerValue(responseHeaders, 'content-type'));
			if (kind.kind === 'json') jsonBody = kind.value;
		}
		const diagnosis = await diagnoseCredentialFailure(
			{ creds, mode, method: verb, url, secrets, reply: { status: statusCode, headers: responseHeaders, text: text ?? JSON.stringify(parsed) } },
			probeSender(this, creds),
		);
		let described = describeHttpFailure({
			diagnosis: diagnosis === undefined ? undefined : scrubText(diagnosis, secrets),
			statusCode,
			headers: responseHeaders,
			body: jsonBody,
			rawText: jsonBody === undefined ? (text ?? '') : undefined,
			method: verb,
			url: scrubText(url, secrets),
			endpoint: path,
			authMode: mode,
			attempts: attempt,
			secrets,
		});
		// A 2xx write answer that is cut off or holds a record after PHP notices was applied; an HTML page without a
		// record is a wrong address (a theme page), reported as such.
		const ok = statusCode >= 200 && statusCode < 300;
		const truncated = ok && answerCutOff(text ?? '');
		if (isWrite(verb) && (ok ? truncated : writeOutcomeUnknown({ status: statusCode }))) {
			const created = await findCreated.call(this, verb, path, options);
			if (created) return created;
			described = unknownWriteOutcome(described, verb, path);
		}
		throw buildApiError(node, described, { secrets, itemIndex });
	}
}
