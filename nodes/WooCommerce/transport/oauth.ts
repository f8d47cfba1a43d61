/**
 * OAuth 1.0a one-legged signing, as WooCommerce verifies it: key = consumer secret + '&'; parameters = query + form
 * body (POST only) + oauth_*, parsed like PHP, the top-level names sorted with strcmp, the members of an array kept in
 * the order they were sent and written back as `name[index]`; the base URL is the store's home URL + the request path.
 * The legacy API (wc-api/v3) sorts and encodes differently (`legacy` flavour).
 */
import { createHmac, randomBytes } from 'crypto';

import { SignatureMethod } from './credentials';
import {
	ByteString,
	encodeBytes,
	newPhpArray,
	phpAssign,
	phpRawUrlDecode,
	phpUrlDecode,
	PhpValue,
	rfc3986Encode,
	splitUrl,
	toBytes,
} from './phpQuery';

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
