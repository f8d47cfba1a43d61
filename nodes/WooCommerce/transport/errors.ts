/**
 * Turns what a store (or the network) answered into an error a store owner can act on:
 * the store's own message, its WooCommerce code, and a hint that says how to fix it.
 * Everything here is pure except `buildApiError`, which creates the NodeApiError.
 * Inputs must already be free of secrets or be scrubbed with the credential's secrets (see scrub.ts):
 * `buildApiError` scrubs the final message and description again.
 */
import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { KEYS_PAGE, PERMALINKS, sentenceForRefusal } from './credentialSentences';
import { scrubAndCut, scrubSecrets, scrubText } from './scrub';

export const REST_API_KEYS_PAGE = KEYS_PAGE;

export interface WooErrorInfo {
	/** What happened, in the store's words when it gave any. */
	message: string;
	/** WooCommerce code, HTTP status, request and how to fix it. */
	description: string;
	/** HTTP status as a string, or null for network failures. */
	httpCode: string | null;
	/** The store's error code (`woocommerce_rest_…`, `rest_no_route`) or the network error code. */
	code?: string;
	/** Identifiers the store adds to some errors (e.g. the existing term's `resource_id` on `term_exists`). */
	data?: IDataObject;
	/** 'unknown': a write whose answer was lost; the store may have applied it. */
	outcome?: 'unknown';
}

export interface ParsedWooError {
	code?: string;
	message?: string;
	status?: number;
	data?: unknown;
}

export interface HttpFailure {
	statusCode: number;
	headers: Record<string, unknown>;
	/** Parsed JSON body, or undefined when the body was not JSON. */
	body?: unknown;
	/** Raw body text ('' when empty). */
	rawText?: string;
	method: string;
	/** Absolute URL as sent (it is scrubbed before use). */
	url: string;
	/** Endpoint relative to the API root, e.g. `products/12`. */
	endpoint?: string;
	/** The auth mode the request used: 'basic' | 'queryString' | 'oauth1' (or 'auto' when unknown). */
	authMode?: string;
	/** How many times the request was sent. */
	attempts?: number;
	/** The credential's secrets: text quoted from the answer is scrubbed before it is cut. */
	secrets?: readonly string[];
	/** Why the store refused the credential (diagnosis.ts): replaces the hint. */
	diagnosis?: string;
}

export type BodyKind =
	| { kind: 'json'; value: unknown }
	| { kind: 'empty' }
	| { kind: 'html'; title?: string }
	| { kind: 'truncated'; length: number }
	| { kind: 'text' };

const ENTITIES: Record<string, string> = {
	amp: '&',
	quot: '"',
	apos: "'",
	lt: '<',
	gt: '>',
	nbsp: ' ',
	hellip: '…',
	ndash: '–',
	mdash: '—',
	raquo: '»',
	laquo: '«',
};

/** Store messages may carry HTML entities and tags; users read plain text. */
export function plainText(value: string): string {
	return value
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
			if (entity[0] === '#') {
				const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
				return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
			}
			return ENTITIES[entity.toLowerCase()] ?? whole;
		})
		.replace(/\s+/g, ' ')
		.trim();
}

export function headerValue(headers: Record<string, unknown> | undefined, name: string): string | undefined {
	if (!headers) return undefined;
	const wanted = name.toLowerCase();
	for (const [key, value] of Object.entries(headers)) {
		if (key.toLowerCase() !== wanted) continue;
		if (Array.isArray(value)) return value.map(String).join(', ');
		if (value === undefined || value === null) return undefined;
		return String(value);
	}
	return undefined;
}

/** Titles in errors are cut to this many characters (after scrubbing). */
export const TITLE_LENGTH = 120;

/** An HTML page's title as plain text, scrubbed, then cut to `max` characters. */
export function htmlTitle(text: string, max: number = TITLE_LENGTH, secrets: readonly string[] = []): string | undefined {
	const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text);
	if (!match) return undefined;
	const title = plainText(match[1]);
	return title ? scrubAndCut(title, max, secrets) : undefined;
}

/** Decides what a response body is: JSON, empty, an HTML page, cut-off JSON, or other text. */
export function classifyBody(text: string, contentType = '', secrets: readonly string[] = []): BodyKind {
	const trimmed = text.replace(/^\uFEFF/, '').trim();
	if (trimmed === '') return { kind: 'empty' };
	const first = trimmed[0];
	if (first === '{' || first === '[' || /json/i.test(contentType)) {
		try {
			return { kind: 'json', value: JSON.parse(trimmed) };
		} catch {
			if (first === '{' || first === '[') return { kind: 'truncated', length: text.length };
		}
	}
	if (/^(<!doctype html|<html|<head|<body|<\?xml|<!--)/i.test(trimmed) || /<html[\s>]/i.test(trimmed.slice(0, 2000)) || /text\/html/i.test(contentType)) {
		return { kind: 'html', title: htmlTitle(trimmed, TITLE_LENGTH, secrets) };
	}
	if (/^\s*(true|false|null|-?\d[\d.eE+-]*|"(?:[^"\\]|\\.)*")\s*$/.test(trimmed)) {
		try {
			return { kind: 'json', value: JSON.parse(trimmed) };
		} catch {
			// fall through
		}
	}
	return { kind: 'text' };
}

/** Reads both WooCommerce error formats: `{code, message, data:{status}}` and legacy `{errors:[{code, message}]}`. */
export function parseWooError(body: unknown): ParsedWooError | undefined {
	if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
	const object = body as Record<string, unknown>;
	if (Array.isArray(object.errors) && object.errors.length > 0) {
		const errors = object.errors.filter((e): e is Record<string, unknown> => !!e && typeof e === 'object');
		if (errors.length > 0) {
			return {
				code: typeof errors[0].code === 'string' ? errors[0].code : undefined,
				message: errors
					.map((e) => (typeof e.message === 'string' ? plainText(e.message) : ''))
					.filter(Boolean)
					.join(' | '),
			};
		}
	}
	if (typeof object.code === 'string' || typeof object.message === 'string') {
		const data = object.data;
		let status: number | undefined;
		if (typeof data === 'number') status = data;
		else if (data && typeof data === 'object' && typeof (data as Record<string, unknown>).status === 'number') {
			status = (data as Record<string, unknown>).status as number;
		}
		return {
			code: typeof object.code === 'string' ? object.code : undefined,
			message: typeof object.message === 'string' ? plainText(object.message) : undefined,
			status,
			data,
		};
	}
	return undefined;
}

function describeRequest(method: string, url: string): string {
	let path = url;
	try {
		const parsed = new URL(url);
		path = `${parsed.origin}${parsed.pathname}`;
	} catch {
		path = url.split('?')[0];
	}
	return `${method.toUpperCase()} ${path}`;
}

function isHttpUrl(url: string): boolean {
	return /^http:\/\//i.test(url);
}

function invalidParamDetails(data: unknown): string {
	if (!data || typeof data !== 'object') return '';
	const params = (data as Record<string, unknown>).params;
	if (!params || typeof params !== 'object') return '';
	const parts = Object.entries(params as Record<string, unknown>).map(([name, why]) => `${name}: ${plainText(String(why))}`);
	return parts.length ? ` ${parts.join('; ')}.` : '';
}

/** The hint for a 401: one per cause WooCommerce reports. */
export function authHint(code: string | undefined, message: string, failure: Pick<HttpFailure, 'url' | 'authMode'>): string {
	const text = message.toLowerCase();
	const overHttp = isHttpUrl(failure.url);
	const mode = failure.authMode ?? 'auto';
	if (text.includes('consumer key is missing') || text.includes('consumer_key parameter is missing')) {
		return 'The store did not receive the key: the web server probably strips the Authorization header. Set Authentication to Query String in the credential (HTTPS only), or to OAuth 1.0a.';
	}
	// The credential diagnosis' sentences, for a failure described without its probes.
	const sentence = sentenceForRefusal(code, message);
	if (sentence) return sentence;
	if (code && /^woocommerce_rest_cannot_/.test(code)) {
		if (/[?&]rest_route=/.test(failure.url)) {
			return 'WooCommerce only checks API keys on /wp-json/ URLs: switch the store to pretty permalinks in WordPress Settings > Permalinks (any structure except Plain) and use the plain store URL.';
		}
		if (overHttp && (mode === 'basic' || mode === 'queryString')) {
			return 'Over plain http:// WooCommerce ignores Basic auth and query-string keys: set Authentication to OAuth 1.0a (or Auto), or use the store\'s https:// URL.';
		}
		if (overHttp) {
			return `The store did not accept the key: check the consumer key and secret in ${REST_API_KEYS_PAGE}, and that the Store URL is the store's exact address.`;
		}
		return `The store did not accept the key: check that the consumer key exists in ${REST_API_KEYS_PAGE}. If it does, the web server may strip the Authorization header: set Authentication to Query String.`;
	}
	return `Check the consumer key and secret in ${REST_API_KEYS_PAGE}.`;
}

function titleOf(kind: BodyKind): string {
	return kind.kind === 'html' && kind.title ? ` (page title: "${kind.title}")` : '';
}

function redirectInfo(failure: HttpFailure, status: number, where: string): WooErrorInfo {
	const location = headerValue(failure.headers, 'location') ?? '';
	let target: URL | undefined;
	let from: URL | undefined;
	try {
		from = new URL(failure.url);
		target = new URL(location, failure.url);
	} catch {
		// unparseable Location
	}
	const base = { httpCode: String(status), code: `http_${status}` };
	if (from && target) {
		if (target.origin === from.origin && target.pathname === `${from.pathname}/` && /\/wp-json\//.test(from.pathname)) {
			return {
				...base,
				message: 'The store\'s REST API is not reachable at /wp-json/: the store uses Plain permalinks',
				description: `WordPress redirected the API request to its home page (HTTP ${status}). ${PERMALINKS}. ${where}`,
			};
		}
		if (target.protocol !== from.protocol || target.host !== from.host) {
			return {
				...base,
				message: `The store redirects to ${target.origin}`,
				description: `HTTP ${status} to another address. Set the credential's Store URL to ${target.origin}${from.pathname.replace(/\/(wp-json|wc-api)\/.*$/, '')} (the address in WordPress Settings > General > Site Address). ${where}`,
			};
		}
		return {
			...base,
			message: `The store redirected the API request to ${target.origin}${target.pathname}`,
			description: `HTTP ${status}. Check the credential's Store URL against WordPress Settings > General > Site Address. ${where}`,
		};
	}
	return {
		...base,
		message: `The store answered with a redirect (HTTP ${status})`,
		description: `Check the credential's Store URL against WordPress Settings > General > Site Address. ${where}`,
	};
}

/**
 * Describes an HTTP answer that is not a usable success: an error status, a redirect, HTML or cut-off JSON.
 * With a diagnosis, the description is that sentence, the WooCommerce code and the request.
 */
export function describeHttpFailure(failure: HttpFailure): WooErrorInfo {
	const info = describeAnswer(failure);
	if (!failure.diagnosis) return info;
	const wooCode = failure.body !== undefined ? parseWooError(failure.body)?.code : undefined;
	const tries = failure.attempts && failure.attempts > 1 ? ` Tried ${failure.attempts} times.` : '';
	return {
		...info,
		description: `${failure.diagnosis} ${wooCode ? `WooCommerce code: ${wooCode}, ` : ''}HTTP ${failure.statusCode}. Request: ${describeRequest(failure.method, failure.url)}.${tries}`,
	};
}

function describeAnswer(failure: HttpFailure): WooErrorInfo {
	const status = failure.statusCode;
	const where = `Request: ${describeRequest(failure.method, failure.url)}.`;
	const tries = failure.attempts && failure.attempts > 1 ? ` Tried ${failure.attempts} times.` : '';
	const contentType = headerValue(failure.headers, 'content-type') ?? '';
	const kind: BodyKind =
		failure.body !== undefined ? { kind: 'json', value: failure.body } : classifyBody(failure.rawText ?? '', contentType, failure.secrets);

	if (status >= 300 && status < 400) return redirectInfo(failure, status, where);

	if (kind.kind === 'truncated') {
		return {
			httpCode: String(status),
			code: 'invalid_json',
			message: 'The store\'s answer was cut off (incomplete JSON)',
			description: `HTTP ${status}, ${kind.length} characters received before the answer ended. A PHP error, a timeout or a proxy interrupted it: check the store's PHP error log and WooCommerce > Status > Logs, then try again. ${where}${tries}`,
		};
	}

	if (kind.kind === 'html' || kind.kind === 'text') {
		const title = titleOf(kind);
		const linkHeader = headerValue(failure.headers, 'link') ?? '';
		const raw = failure.rawText ?? '';
		const plainPermalinks = /rest_route=/.test(linkHeader) || (status < 300 && /[?&]rest_route=\//.test(raw.slice(0, 20000)));
		if (plainPermalinks) {
			return {
				httpCode: String(status),
				code: 'plain_permalinks',
				message: 'The store\'s REST API is not reachable at /wp-json/: the store uses Plain permalinks',
				description: `The store answered with its home page instead of JSON${title}. ${PERMALINKS}. ${where}`,
			};
		}
		const what = kind.kind === 'html' ? 'an HTML page' : 'text';
		if (status === 503 || status === 403 || status === 429 || status >= 500) {
			return {
				httpCode: String(status),
				code: `http_${status}`,
				message: `The store answered HTTP ${status} with ${what} instead of the API${title}`,
				description: `${status === 503 ? 'The site may be in maintenance mode, or ' : ''}a firewall, security plugin, CDN or the host blocked or failed the request before WooCommerce answered. Check the page at the store URL and the host's firewall rules for /wp-json/.${tries} ${where}`,
			};
		}
		if (status === 404 || status < 300) {
			return {
				httpCode: String(status),
				code: 'not_woocommerce_api',
				message: `The address answered with ${what}, not the WooCommerce REST API${title}`,
				description: `Check the credential's Store URL (the address of the WordPress site, e.g. https://shop.example.com), that WooCommerce is active, and that nothing (maintenance mode, a security plugin) blocks /wp-json/. HTTP ${status}. ${where}`,
			};
		}
		return {
			httpCode: String(status),
			code: `http_${status}`,
			message: `The store answered HTTP ${status} with ${what} instead of the API${title}`,
			description: `Check the credential's Store URL and that nothing in front of the store blocks /wp-json/. ${where}`,
		};
	}

	const parsed = kind.kind === 'json' ? parseWooError(kind.value) : undefined;
	const code = parsed?.code;
	const storeMessage = parsed?.message || `The store answered HTTP ${status}`;
	const codeText = `WooCommerce code: ${code ?? 'none'}, HTTP ${status}.`;
	let hint: string;

	if (status === 401 || (code && /authentication_error$/.test(code))) {
		hint = authHint(code, storeMessage, failure);
	} else if (status === 403) {
		hint = code && /cannot_/.test(code)
			? `The user who owns this API key lacks permission for this action: create the key for an Administrator or Shop Manager in ${REST_API_KEYS_PAGE}, with Read/Write access for writes.`
			: 'The store refused the request: the key\'s user lacks permission, or a security plugin or firewall blocks the REST API.';
	} else if (status === 404 && (code === 'rest_no_route' || code === 'woocommerce_api_no_route')) {
		hint = `The store has no route for ${failure.method.toUpperCase()} ${failure.endpoint ?? 'this endpoint'}: this API version may not offer it (check the credential's API Version), the method may be wrong for it, or WooCommerce (or the plugin providing it) is not active.`;
	} else if (status === 404 && code && (/_invalid_id$/.test(code) || /^woocommerce_api_(invalid|no)_/.test(code))) {
		hint = 'The resource with this ID does not exist: it may have been deleted permanently, or the ID belongs to another resource type.';
	} else if (status === 404 && !parsed) {
		hint = 'The address did not answer like a WordPress site with WooCommerce: check the Store URL and that WooCommerce is active.';
	} else if (status === 413) {
		hint = 'The request was too large: a batch request may hold at most 100 create, update and delete operations in all.';
	} else if (status === 429) {
		hint = `The store (or its host) is rate-limiting requests. Lower the node's concurrency, add a Wait node between runs, or ask the host to raise the limit.${tries}`;
	} else if (status === 501 && code === 'woocommerce_rest_trash_not_supported') {
		hint = 'This resource cannot be moved to the trash: turn on Force to delete it permanently.';
	} else if (status === 400 && code === 'rest_invalid_param') {
		hint = `A parameter was refused.${invalidParamDetails(parsed?.data)}`;
	} else if (status >= 500) {
		hint = `The store failed to process the request. Check WooCommerce > Status > Logs and the PHP error log on the store.${tries}`;
	} else if (status >= 400) {
		hint = 'The store refused the request as sent: check the parameters.';
	} else {
		hint = '';
	}
	const data = errorIdentifiers(parsed?.data);
	return {
		httpCode: String(status),
		code,
		message: storeMessage,
		description: [hint, codeText, where].filter(Boolean).join(' '),
		...(data ? { data } : {}),
	};
}

/** Only identifiers are kept from an error's data: they let the caller act on the error without another request. */
function errorIdentifiers(data: unknown): IDataObject | undefined {
	if (!data || typeof data !== 'object') return undefined;
	const out: IDataObject = {};
	for (const key of ['resource_id', 'unique_sku']) {
		const value = (data as IDataObject)[key];
		if (typeof value === 'number' || typeof value === 'string') out[key] = value;
	}
	return Object.keys(out).length ? out : undefined;
}

const TLS_CODES = new Set([
	'DEPTH_ZERO_SELF_SIGNED_CERT',
	'SELF_SIGNED_CERT_IN_CHAIN',
	'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
	'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
	'UNABLE_TO_GET_ISSUER_CERT',
	'CERT_HAS_EXPIRED',
	'CERT_NOT_YET_VALID',
	'ERR_TLS_CERT_ALTNAME_INVALID',
	'CERT_UNTRUSTED',
	'CERT_REJECTED',
]);

export interface NetworkFailure {
	code?: string;
	message?: string;
}

/** Describes a request that got no HTTP answer. */
export function describeNetworkFailure(
	error: NetworkFailure,
	request: { method: string; url: string; attempts?: number },
): WooErrorInfo {
	const code = (error.code ?? '').toUpperCase();
	const message = (error.message ?? '').toLowerCase();
	let host = request.url;
	try {
		host = new URL(request.url).host;
	} catch {
		// keep as is
	}
	const where = `Request: ${describeRequest(request.method, request.url)}.`;
	const tries = request.attempts && request.attempts > 1 ? ` Tried ${request.attempts} times.` : '';
	const make = (msg: string, hint: string): WooErrorInfo => ({
		httpCode: null,
		code: code || undefined,
		message: msg,
		description: `${hint}${code ? ` (network error code: ${code})` : ''}${tries} ${where}`,
	});
	if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
		return make(`The store's host name ${host.replace(/:\d+$/, '')} could not be resolved`, 'Check the Store URL in the credential for typos, and that n8n can resolve the domain.');
	}
	if (code === 'ECONNREFUSED') {
		return make(`Nothing accepted the connection at ${host}`, 'Check the Store URL (scheme and port) and that the store is running and reachable from n8n.');
	}
	if (code === 'ETIMEDOUT' || code === 'ECONNABORTED' || code === 'ESOCKETTIMEDOUT' || message.includes('timeout')) {
		return make(`The store at ${host} did not answer in time`, 'The store may be overloaded or a firewall drops the connection. Try again later, or lower the node\'s concurrency.');
	}
	if (code === 'ECONNRESET' || message.includes('socket hang up')) {
		return make(`The store at ${host} closed the connection`, 'The server or a proxy dropped the connection before answering. Try again; if it persists, check the store\'s server logs.');
	}
	if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') {
		return make(`The store at ${host} is unreachable`, 'Check the network between n8n and the store.');
	}
	if (TLS_CODES.has(code) || message.includes('certificate') || message.includes('self-signed') || message.includes('self signed')) {
		return make(`The store's TLS certificate is not trusted`, 'Install a valid certificate on the store, or turn on "Ignore SSL Issues" in the credential if you trust this server.');
	}
	if (code === 'EPROTO' || message.includes('wrong version number') || message.includes('ssl routines')) {
		return make(`The TLS connection to ${host} failed`, 'The port may not speak HTTPS: check http:// vs https:// and the port in the Store URL.');
	}
	return make(`The request to the store at ${host} failed`, 'Check the Store URL and the network between n8n and the store.');
}

/** Creates the NodeApiError from a description, scrubbing message and description once more. */
export function buildApiError(
	node: INode,
	info: WooErrorInfo,
	options: { secrets?: readonly string[]; itemIndex?: number } = {},
): NodeApiError {
	const secrets = options.secrets ?? [];
	const message = scrubText(info.message, secrets);
	const description = scrubText(info.description, secrets);
	const errorResponse: JsonObject = { message, description, httpCode: info.httpCode, woocommerceCode: info.code ?? null };
	if (info.outcome) errorResponse.outcome = info.outcome;
	if (info.data) errorResponse.data = scrubSecrets(info.data, secrets) as JsonObject;
	const error = new NodeApiError(node, errorResponse, {
		message,
		description,
		httpCode: info.httpCode ?? undefined,
		itemIndex: options.itemIndex,
	});
	// NodeApiError swaps messages that mention network codes for generic ones; keep ours.
	error.message = message;
	error.description = description;
	error.messages = [];
	return error;
}

/** A configuration problem found before sending (bad credential, http with Basic auth, …). */
export function buildConfigError(
	node: INode,
	message: string,
	options: { secrets?: readonly string[]; itemIndex?: number; description?: string } = {},
): NodeOperationError {
	const secrets = options.secrets ?? [];
	return new NodeOperationError(node, scrubText(message, secrets), {
		itemIndex: options.itemIndex,
		description: options.description ? scrubText(options.description, secrets) : undefined,
	});
}

/**
 * A write whose answer was lost or broken (timeout, dropped connection, 502/504, a cut-off 2xx body): the store
 * may have applied it, so the error says so and never suggests simply running it again.
 */
export function unknownWriteOutcome(info: WooErrorInfo, method: string, endpoint: string): WooErrorInfo {
	const what = `${method.toUpperCase()} ${endpoint}`;
	const check = /^[a-z_/]+\/\d+/i.test(endpoint) ? endpoint : `${endpoint} (e.g. by its SKU, email, code or the newest records)`;
	const description = info.description.replace(/,? ?(then )?try again( later)?[^.]*\./gi, '.').replace(/\s*Try again[^.]*\./g, '');
	return {
		...info,
		outcome: 'unknown',
		message: `The outcome of ${what} is unknown: ${info.message}`,
		description: `The store may have applied this ${what}; check ${check} in WooCommerce before running it again (it was sent once and not repeated). ${description}`,
	};
}

/** The store's error code (`woocommerce_rest_…`) or network code carried by an error the transport built. */
export function wooErrorCode(error: unknown): string | undefined {
	const code = error instanceof NodeApiError ? error.errorResponse?.woocommerceCode : undefined;
	return typeof code === 'string' ? code : undefined;
}

/** The identifiers the store added to an error (e.g. the existing term's `resource_id` on `term_exists`). */
export function wooErrorData(error: unknown): IDataObject | undefined {
	const data = error instanceof NodeApiError ? error.errorResponse?.data : undefined;
	return data && typeof data === 'object' && !Array.isArray(data) ? (data as IDataObject) : undefined;
}

/** Whether the error is a write whose answer was lost (the store may have applied it). */
export function isUnknownWriteOutcome(error: unknown): boolean {
	return error instanceof NodeApiError && error.errorResponse?.outcome === 'unknown';
}
