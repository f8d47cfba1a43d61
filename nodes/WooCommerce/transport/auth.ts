/**
 * Authentication for the WooCommerce REST API: credential validation, store URL normalisation,
 * query strings, OAuth 1.0a one-legged signing and the three other ways to send a key.
 *
 * Pure functions (no I/O): the credential's `authenticate`, the transport and the credential test all use them.
 *
 * Facts this code relies on (seen on a real store):
 * - Basic auth and `consumer_key`/`consumer_secret` in the query only work when WordPress sees HTTPS.
 * - OAuth 1.0a: key = consumer secret + '&'; parameters = query + form body (POST only) + oauth_*;
 *   WooCommerce parses them like PHP ($_GET/$_POST), sorts the top-level names with strcmp, keeps the
 *   members of an array in the order they were sent, and writes array names back as `name[index]`.
 *   The base URL is the store's home URL + the request path (no query).
 */
import { createHmac, randomBytes } from 'crypto';
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';
import { scrubText } from './scrub';

export const CREDENTIAL_TYPE = 'wooCommerceRestApi';

export type AuthMode = 'auto' | 'basic' | 'queryString' | 'oauth1';
export type ApiVersion = 'wc/v3' | 'wc/v2' | 'wc/v1' | 'wc-api/v3';
export type SignatureMethod = 'HMAC-SHA256' | 'HMAC-SHA1';
/** What is actually sent once 'auto' is resolved. */
export type ResolvedAuthMode = Exclude<AuthMode, 'auto'>;

export interface WooCredentials {
	/** Normalised store URL (scheme, host, port, sub-directory path), no trailing slash. */
	url: string;
	consumerKey: string;
	consumerSecret: string;
	authentication: AuthMode;
	signatureMethod: SignatureMethod;
	apiVersion: ApiVersion;
	allowUnauthorizedCerts: boolean;
}

export const AUTH_MODES: readonly AuthMode[] = ['auto', 'basic', 'queryString', 'oauth1'];
export const API_VERSIONS: readonly ApiVersion[] = ['wc/v3', 'wc/v2', 'wc/v1', 'wc-api/v3'];
export const SIGNATURE_METHODS: readonly SignatureMethod[] = ['HMAC-SHA256', 'HMAC-SHA1'];

export const AUTH_MODE_LABELS: Record<AuthMode, string> = {
	auto: 'Automatic',
	basic: 'Basic Auth',
	queryString: 'Query String',
	oauth1: 'OAuth 1.0a',
};

const KEYS_LOCATION = 'WooCommerce > Settings > Advanced > REST API';

// ---------------------------------------------------------------------------------------------
// Credentials and URLs
// ---------------------------------------------------------------------------------------------

/**
 * Turns what a user pasted into the store's base URL: `https://example.com` or `https://example.com/shop`.
 * Drops a trailing slash, query, fragment and anything from a WordPress entry point on
 * (`/wp-json/...`, `/wp-admin/...`, `/index.php`, `/wc-api/...`, `/wp-login.php`), so `?rest_route=...` goes too.
 */
export function normalizeStoreUrl(raw: string): string {
	const text = String(raw ?? '')
		.trim()
		.replace(/^["'<]+|["'>]+$/g, '')
		.trim();
	if (text === '') {
		throw new Error('Store URL is empty: enter the address of your store, e.g. https://example.com');
	}
	const invalid = () =>
		new Error(
			`Store URL "${text.slice(0, 200)}" is not a valid address: enter the full address of your store, starting with https:// or http://, e.g. https://example.com`,
		);
	if (!/^https?:\/\/[^/?#\s]/i.test(text)) throw invalid();
	let parsed: URL;
	try {
		parsed = new URL(text);
	} catch {
		throw invalid();
	}
	if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw invalid();
	if (parsed.username !== '' || parsed.password !== '') {
		throw new Error(
			'Store URL must not contain a user name or password: enter only the address of your store, e.g. https://example.com',
		);
	}
	let path = parsed.pathname;
	const entryPoints = [
		/\/wp-json(?:\/|$)/i,
		/\/wp-admin(?:\/|$)/i,
		/\/wc-api(?:\/|$)/i,
		/\/wp-login\.php(?:\/|$)/i,
		/\/index\.php(?:\/|$)/i,
		/\/xmlrpc\.php(?:\/|$)/i,
	];
	let cut = path.length;
	for (const entryPoint of entryPoints) {
		const at = path.search(entryPoint);
		if (at >= 0 && at < cut) cut = at;
	}
	path = path.slice(0, cut).replace(/\/+$/, '');
	return `${parsed.protocol}//${parsed.host}${path}`;
}

function pickOption<T extends string>(
	value: unknown,
	allowed: readonly T[],
	fallback: T,
	field: string,
	choices: string,
): T {
	if (value === undefined || value === null || value === '') return fallback;
	if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
	throw new Error(`${field} "${String(value).slice(0, 50)}" is not supported: choose ${choices}`);
}

/** Reads and validates the decrypted credential; every error is one sentence that names the field to fix. */
export function readCredentials(data: ICredentialDataDecryptedObject): WooCredentials {
	const url = normalizeStoreUrl(typeof data.url === 'string' ? data.url : '');
	const consumerKey = typeof data.consumerKey === 'string' ? data.consumerKey.trim() : '';
	const consumerSecret = typeof data.consumerSecret === 'string' ? data.consumerSecret.trim() : '';
	if (consumerKey === '') {
		throw new Error(
			`Consumer Key is empty: create a key in ${KEYS_LOCATION} and paste its "Consumer key" (it starts with ck_)`,
		);
	}
	if (consumerSecret === '') {
		throw new Error(
			`Consumer Secret is empty: paste the "Consumer secret" shown when the key was created in ${KEYS_LOCATION} (it starts with cs_)`,
		);
	}
	if (consumerKey.startsWith('cs_') && consumerSecret.startsWith('ck_')) {
		throw new Error(
			'Consumer Key and Consumer Secret are swapped: the Consumer Key starts with ck_ and the Consumer Secret with cs_',
		);
	}
	if (consumerKey.startsWith('cs_')) {
		throw new Error(
			'Consumer Key starts with cs_, so it is a consumer secret: paste the "Consumer key" (it starts with ck_)',
		);
	}
	if (consumerKey === consumerSecret) {
		throw new Error(
			'Consumer Key and Consumer Secret are the same: paste the "Consumer key" (ck_...) and the "Consumer secret" (cs_...) of one key',
		);
	}
	if (/\s/.test(consumerKey)) {
		throw new Error('Consumer Key contains spaces: paste the "Consumer key" exactly as WooCommerce shows it');
	}
	if (/\s/.test(consumerSecret)) {
		throw new Error('Consumer Secret contains spaces: paste the "Consumer secret" exactly as WooCommerce shows it');
	}
	return {
		url,
		consumerKey,
		consumerSecret,
		authentication: pickOption(
			data.authentication,
			AUTH_MODES,
			'auto',
			'Authentication',
			'Automatic, Basic Auth, Query String or OAuth 1.0a',
		),
		signatureMethod: pickOption(
			data.signatureMethod,
			SIGNATURE_METHODS,
			'HMAC-SHA256',
			'Signature Method',
			'HMAC-SHA256 or HMAC-SHA1',
		),
		apiVersion: pickOption(
			data.apiVersion,
			API_VERSIONS,
			'wc/v3',
			'API Version',
			'wc/v3, wc/v2, wc/v1 or wc-api/v3 (legacy)',
		),
		// Credentials saved before 0.2.0 stored this as allowUnauthorizedCerts.
		allowUnauthorizedCerts: data.ignoreSslIssues === true || data.allowUnauthorizedCerts === true,
	};
}

/** `https://shop/wp-json/wc/v3` (or v2, v1), or `https://shop/wc-api/v3` for the legacy API. No trailing slash. */
export function apiBaseUrl(creds: Pick<WooCredentials, 'url' | 'apiVersion'>): string {
	if (creds.apiVersion === 'wc-api/v3') return `${creds.url}/wc-api/v3`;
	return `${creds.url}/wp-json/${creds.apiVersion}`;
}

// ---------------------------------------------------------------------------------------------
// Encoding and query strings
// ---------------------------------------------------------------------------------------------

/** A JS string made of chars 0-255, one per byte (UTF-8 bytes, or raw bytes decoded from a URL). */
type ByteString = string;

function toBytes(text: string): ByteString {
	return Buffer.from(text, 'utf8').toString('latin1');
}

function encodeBytes(bytes: ByteString): string {
	let out = '';
	for (let i = 0; i < bytes.length; i++) {
		const c = bytes.charCodeAt(i);
		if (
			(c >= 0x30 && c <= 0x39) ||
			(c >= 0x41 && c <= 0x5a) ||
			(c >= 0x61 && c <= 0x7a) ||
			c === 0x2d ||
			c === 0x2e ||
			c === 0x5f ||
			c === 0x7e
		) {
			out += bytes[i];
		} else {
			out += '%' + (c < 16 ? '0' : '') + c.toString(16).toUpperCase();
		}
	}
	return out;
}

/** RFC 3986 percent-encoding of the UTF-8 bytes of `text`: only `A-Z a-z 0-9 - . _ ~` stay as they are. */
export function rfc3986Encode(text: string): string {
	return encodeBytes(toBytes(text));
}

/** PHP's urldecode on a URL or form fragment: `+` is a space, `%XX` a byte; returns a byte string. */
function phpUrlDecode(fragment: string): ByteString {
	const bytes = toBytes(fragment.replace(/\+/g, ' '));
	return bytes.replace(/%([0-9a-fA-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** PHP's rawurldecode (no `+` handling) on a byte string. */
function phpRawUrlDecode(bytes: ByteString): ByteString {
	return bytes.replace(/%([0-9a-fA-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function scalarToString(value: unknown): string {
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	if (value instanceof Date) return value.toISOString();
	return String(value);
}

function isScalar(value: unknown): boolean {
	return value === null || value === undefined || typeof value !== 'object' || value instanceof Date;
}

/**
 * The query string WooCommerce gets, without a leading `?`: RFC 3986 encoding of every byte but the unreserved
 * characters, names sorted byte-wise, arrays of scalars as comma lists, booleans `true`/`false`, null and
 * undefined dropped, objects as `name[key]=`, arrays of objects as `name[0][key]=`.
 * Sending the names in byte order is also what makes WooCommerce's OAuth check agree with a standard signer.
 */
export function buildQueryString(qs: IDataObject | undefined | null): string {
	const pairs: Array<[string, string]> = [];
	const add = (name: string, value: unknown): void => {
		if (value === null || value === undefined) return;
		if (Array.isArray(value)) {
			if (value.every(isScalar)) {
				const members = value.filter((v) => v !== null && v !== undefined).map(scalarToString);
				if (members.length > 0) pairs.push([rfc3986Encode(name), rfc3986Encode(members.join(','))]);
			} else {
				value.forEach((member, index) => add(`${name}[${index}]`, member));
			}
			return;
		}
		if (typeof value === 'object' && !(value instanceof Date)) {
			for (const [key, member] of Object.entries(value as IDataObject)) add(`${name}[${key}]`, member);
			return;
		}
		pairs.push([rfc3986Encode(name), rfc3986Encode(scalarToString(value))]);
	};
	for (const [name, value] of Object.entries(qs ?? {})) add(name, value);
	pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
	return pairs.map(([name, value]) => `${name}=${value}`).join('&');
}

/** Appends an encoded query string (no `?`) to a URL that may already have one. */
export function appendQuery(url: string, query: string): string {
	if (!query) return url;
	const hash = url.indexOf('#');
	const base = hash >= 0 ? url.slice(0, hash) : url;
	if (!base.includes('?')) return `${base}?${query}`;
	return base.endsWith('?') || base.endsWith('&') ? `${base}${query}` : `${base}&${query}`;
}

function splitUrl(url: string): { base: string; query: string } {
	const noHash = url.split('#')[0];
	const at = noHash.indexOf('?');
	return at < 0 ? { base: noHash, query: '' } : { base: noHash.slice(0, at), query: noHash.slice(at + 1) };
}

function isAuthParamName(name: ByteString): boolean {
	return name.startsWith('oauth_') || name === 'consumer_key' || name === 'consumer_secret';
}

/** Removes `oauth_*`, `consumer_key` and `consumer_secret` from a URL's query (e.g. echoed by a `Link` header). */
export function stripAuthParams(url: string): string {
	const { base, query } = splitUrl(url);
	if (!query) return base;
	const kept = query
		.split('&')
		.filter((piece) => piece !== '' && !isAuthParamName(phpUrlDecode(piece.split('=')[0]).trimStart()));
	return kept.length ? `${base}?${kept.join('&')}` : base;
}

// ---------------------------------------------------------------------------------------------
// OAuth 1.0a (one-legged), signed the way WooCommerce verifies
// ---------------------------------------------------------------------------------------------

type PhpValue = ByteString | PhpArray;
interface PhpArray {
	map: Map<string, PhpValue>;
	next: number;
}

function newPhpArray(): PhpArray {
	return { map: new Map(), next: 0 };
}

function setMember(arr: PhpArray, key: string | null, value: PhpValue): void {
	let k = key;
	if (k === null) {
		k = String(arr.next);
	}
	if (/^(0|-?[1-9][0-9]{0,17})$/.test(k)) {
		const n = Number(k);
		if (n >= arr.next) arr.next = n + 1;
	}
	arr.map.set(k, value);
}

/** Stores one decoded `name=value` pair the way PHP fills $_GET / $_POST (`a[b][]`, `.`/space in names, ...). */
function phpAssign(root: PhpArray, rawName: ByteString, value: ByteString): void {
	const name = rawName.replace(/^ +/, '');
	const open = name.indexOf('[');
	let base = open >= 0 ? name.slice(0, open) : name;
	const keys: Array<string | null> = [];
	if (open >= 0) {
		let pos = open;
		let first = true;
		while (pos < name.length && name[pos] === '[') {
			const close = name.indexOf(']', pos + 1);
			if (close < 0) {
				if (first) {
					// An unmatched '[' is not an index: PHP turns it into '_' and keeps the rest of the name.
					base = base + '_' + name.slice(open + 1).replace(/\[/g, '_');
				}
				break;
			}
			const key = name.slice(pos + 1, close);
			keys.push(key === '' ? null : key);
			first = false;
			pos = close + 1;
		}
	}
	base = base.replace(/[ .]/g, '_');
	if (base === '') return;
	if (keys.length === 0) {
		setMember(root, base, value);
		return;
	}
	let container = root;
	let key: string | null = base;
	for (const next of keys) {
		let child: PhpValue | undefined = key === null ? undefined : container.map.get(key);
		if (child === undefined || typeof child === 'string') {
			child = newPhpArray();
			setMember(container, key, child);
		}
		container = child;
		key = next;
	}
	setMember(container, key, value);
}

function byteCompare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

export type OAuthFlavor = 'wc' | 'legacy';

export interface OAuth1SignInput {
	method: string;
	/** Absolute URL as sent; its query parameters are signed (any `oauth_*` in it is replaced). */
	url: string;
	consumerKey: string;
	consumerSecret: string;
	signatureMethod?: SignatureMethod;
	/** `application/x-www-form-urlencoded` fields, decoded; signed on POST only (as WooCommerce does). */
	formBody?: Record<string, string> | Array<[string, string]>;
	nonce?: string;
	timestamp?: number | string;
	/** Extra oauth_* parameters to send and sign, e.g. `{ oauth_version: '1.0' }`. */
	extraOAuthParams?: Record<string, string>;
	/** 'wc' for /wp-json/wc/* (default), 'legacy' for the legacy /wc-api/v3 plugin. */
	flavor?: OAuthFlavor;
	/** The signing key is the consumer secret + '&'; false drops the '&' (only to reproduce a rejected case). */
	lastAmpersand?: boolean;
}

export interface OAuth1Signature {
	/** Every oauth_* parameter to send, oauth_signature last. */
	oauthParams: Array<[string, string]>;
	baseUrl: string;
	parameterString: string;
	baseString: string;
	signature: string;
}

/** 32 alphanumeric characters from crypto.randomBytes. */
export function generateNonce(): string {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
	let nonce = '';
	while (nonce.length < 32) {
		for (const byte of randomBytes(48)) {
			if (byte < 248 && nonce.length < 32) nonce += alphabet[byte % 62];
		}
	}
	return nonce;
}

function queryPairs(query: string): Array<[ByteString, ByteString]> {
	if (!query) return [];
	return query
		.split('&')
		.filter((piece) => piece !== '')
		.map((piece) => {
			const eq = piece.indexOf('=');
			return eq < 0
				? [phpUrlDecode(piece), '']
				: [phpUrlDecode(piece.slice(0, eq)), phpUrlDecode(piece.slice(eq + 1))];
		});
}

function wcParameterString(pairs: Array<[ByteString, ByteString]>): string {
	const root = newPhpArray();
	for (const [name, value] of pairs) phpAssign(root, name, value);
	root.map.delete('oauth_signature');
	const parts: string[] = [];
	const emit = (name: string, value: PhpValue): void => {
		if (typeof value === 'string') {
			parts.push(`${name}=${encodeBytes(value)}`);
			return;
		}
		// Member keys are not encoded on their own (WooCommerce's join_with_equals_sign), values are.
		for (const [key, member] of value.map) emit(`${name}%5B${key}%5D`, member);
	};
	const names = [...root.map.keys()].sort(byteCompare);
	for (const name of names) emit(encodeBytes(name), root.map.get(name) as PhpValue);
	return parts.join('&');
}

function legacyParameterString(pairs: Array<[ByteString, ByteString]>): string {
	// The legacy plugin flattens filter[...] back to names and signs each pair rawurldecode()d then encoded.
	const root = newPhpArray();
	for (const [name, value] of pairs) phpAssign(root, name, value);
	root.map.delete('oauth_signature');
	const flat: Array<[string, string]> = [];
	const walk = (name: ByteString, value: PhpValue): void => {
		if (typeof value === 'string') {
			flat.push([encodeBytes(phpRawUrlDecode(name)), encodeBytes(phpRawUrlDecode(value))]);
			return;
		}
		for (const [key, member] of value.map) walk(`${name}[${key}]`, member);
	};
	for (const [name, value] of root.map) walk(name, value);
	flat.sort((a, b) => byteCompare(a[0], b[0]) || byteCompare(a[1], b[1]));
	return flat.map(([name, value]) => `${name}=${value}`).join('&');
}

/** The URL part of the base string: scheme, host, port and path as sent (no query, no fragment). */
export function oauthBaseUrl(url: string): string {
	const parsed = new URL(url);
	return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
}

/** Signs one request (OAuth 1.0a, no token) exactly as WooCommerce recomputes it. */
export function oauth1Sign(input: OAuth1SignInput): OAuth1Signature {
	const method = input.method.toUpperCase();
	const signatureMethod = input.signatureMethod ?? 'HMAC-SHA256';
	const { query } = splitUrl(input.url);
	const pairs = queryPairs(query).filter(([name]) => !name.replace(/^ +/, '').startsWith('oauth_'));
	if (method === 'POST' && input.formBody) {
		const body = Array.isArray(input.formBody) ? input.formBody : Object.entries(input.formBody);
		for (const [name, value] of body) pairs.push([toBytes(name), toBytes(String(value))]);
	}
	const oauthParams: Array<[string, string]> = [
		['oauth_consumer_key', input.consumerKey],
		['oauth_nonce', input.nonce ?? generateNonce()],
		['oauth_signature_method', signatureMethod],
		['oauth_timestamp', String(input.timestamp ?? Math.floor(Date.now() / 1000))],
		...Object.entries(input.extraOAuthParams ?? {}),
	];
	for (const [name, value] of oauthParams) pairs.push([toBytes(name), toBytes(value)]);
	const parameterString =
		input.flavor === 'legacy' ? legacyParameterString(pairs) : wcParameterString(pairs);
	const baseUrl = oauthBaseUrl(input.url);
	const baseString = `${method}&${rfc3986Encode(baseUrl)}&${encodeBytes(parameterString)}`;
	const key = input.consumerSecret + (input.lastAmpersand === false ? '' : '&');
	const signature = createHmac(signatureMethod === 'HMAC-SHA1' ? 'sha1' : 'sha256', key)
		.update(Buffer.from(baseString, 'latin1'))
		.digest('base64');
	return {
		oauthParams: [...oauthParams, ['oauth_signature', signature]],
		baseUrl,
		parameterString,
		baseString,
		signature,
	};
}

// ---------------------------------------------------------------------------------------------
// Applying the credential to a request
// ---------------------------------------------------------------------------------------------

export interface AuthRequest {
	method: string;
	/** Absolute URL with its final query string. */
	url: string;
	headers: Record<string, string>;
	/** Form-urlencoded body fields, decoded (signed by OAuth on POST). */
	formBody?: Record<string, string>;
}

export interface AuthOptions {
	/** Fixed nonce/timestamp (tests only). */
	nonce?: string;
	timestamp?: number;
	/** Force a mode instead of the credential's (the credential test uses it to compare modes). */
	mode?: ResolvedAuthMode;
}

/** The mode actually used for a URL: Automatic is Basic over https:// and OAuth 1.0a over http://. */
export function resolveAuthMode(creds: Pick<WooCredentials, 'authentication'>, url: string): ResolvedAuthMode {
	if (creds.authentication !== 'auto') return creds.authentication;
	return /^https:/i.test(url) ? 'basic' : 'oauth1';
}

/** The error thrown when Basic or Query String auth would go over plain HTTP. */
export function plainHttpRefusal(mode: 'basic' | 'queryString'): string {
	const what = mode === 'basic' ? 'Basic Auth' : 'Query String authentication';
	return `${what} is not used over plain HTTP: WooCommerce ignores it on http:// addresses (every request would get 401), and the consumer secret would travel in clear text. In the credential, set Authentication to "OAuth 1.0a" or "Automatic", or use the store's https:// address.`;
}

function basicToken(creds: Pick<WooCredentials, 'consumerKey' | 'consumerSecret'>): string {
	return Buffer.from(`${creds.consumerKey}:${creds.consumerSecret}`, 'utf8').toString('base64');
}

/** Returns the URL and headers to send; the input is not modified. Throws for Basic/Query String over http://. */
export function applyAuth(
	creds: WooCredentials,
	req: AuthRequest,
	options: AuthOptions = {},
): { url: string; headers: Record<string, string> } {
	if (!/^https?:\/\//i.test(req.url)) {
		throw new Error(`Cannot authenticate a request to "${req.url.slice(0, 200)}": it is not an absolute http(s) URL`);
	}
	const mode = options.mode ?? resolveAuthMode(creds, req.url);
	const isHttps = /^https:/i.test(req.url);
	const headers: Record<string, string> = { ...req.headers };
	let url = stripAuthParams(req.url);
	if ((mode === 'basic' || mode === 'queryString') && !isHttps) {
		throw new Error(plainHttpRefusal(mode));
	}
	if (mode === 'basic') {
		for (const name of Object.keys(headers)) if (name.toLowerCase() === 'authorization') delete headers[name];
		headers.Authorization = `Basic ${basicToken(creds)}`;
	} else if (mode === 'queryString') {
		url = appendQuery(
			url,
			`consumer_key=${rfc3986Encode(creds.consumerKey)}&consumer_secret=${rfc3986Encode(creds.consumerSecret)}`,
		);
	} else {
		const signed = oauth1Sign({
			method: req.method || 'GET',
			url,
			consumerKey: creds.consumerKey,
			consumerSecret: creds.consumerSecret,
			signatureMethod: creds.signatureMethod,
			formBody: req.formBody,
			nonce: options.nonce,
			timestamp: options.timestamp,
			flavor: creds.apiVersion === 'wc-api/v3' ? 'legacy' : 'wc',
		});
		url = appendQuery(
			url,
			signed.oauthParams.map(([name, value]) => `${rfc3986Encode(name)}=${rfc3986Encode(value)}`).join('&'),
		);
	}
	return { url, headers };
}

/** Values that must never appear in output, errors or logs. */
export function secretsOf(creds: Pick<WooCredentials, 'consumerKey' | 'consumerSecret'>): string[] {
	const secret = creds.consumerSecret;
	if (!secret) return [];
	const values = [
		secret,
		rfc3986Encode(secret),
		encodeURIComponent(secret),
		basicToken(creds),
		`Basic ${basicToken(creds)}`,
	];
	return [...new Set(values)].filter((v) => v.length > 0).sort((a, b) => b.length - a.length);
}

/** Replaces every secret of `creds`, and any oauth_signature / Authorization value, in a text (see scrub.ts). */
export function scrubSecrets(text: string, creds?: Pick<WooCredentials, 'consumerKey' | 'consumerSecret'>): string {
	return scrubText(text, creds ? secretsOf(creds) : []);
}
