/**
 * The credential's fields, read and checked: the store URL normalised, the auth mode, the API version and its base
 * URL, and the secrets that must never leave (scrubbed from every URL, header and message).
 */
import { type ICredentialDataDecryptedObject } from 'n8n-workflow';

import { rfc3986Encode } from './phpQuery';
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

export function basicToken(creds: Pick<WooCredentials, 'consumerKey' | 'consumerSecret'>): string {
	return Buffer.from(`${creds.consumerKey}:${creds.consumerSecret}`, 'utf8').toString('base64');
}
