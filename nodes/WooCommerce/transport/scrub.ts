/**
 * Removes secrets from anything that may reach a user, an error or a log: URLs, headers, messages, bodies.
 *
 * Two layers: the credential's own values (consumer secret, its encoded forms, the Basic token), and
 * patterns that are secret whatever their value (`consumer_secret=`, `oauth_signature=`, Authorization
 * header values, `Basic …` tokens). WooCommerce echoes the query string of a request in its `Link`
 * header, including `consumer_secret` with query-string auth, so every string is scrubbed, not only URLs.
 */

export const REDACTED = '[redacted]';

/** Object keys whose values are always secret, whatever they hold. */
const SECRET_KEYS = new Set([
	'authorization',
	'proxy-authorization',
	'consumer_secret',
	'consumersecret',
	'oauth_signature',
	'password',
	'secret',
	'cookie',
	'set-cookie',
]);

/** Values shorter than this are not replaced inside text: they would mangle ordinary words. */
const MIN_SECRET_LENGTH = 4;

function rfc3986(value: string): string {
	return encodeURIComponent(value).replace(
		/[!'()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
	);
}

function escapeRegExp(value: string): string {
	return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every form a secret may take in text: raw, URL-encoded (both styles), form-encoded, double-encoded. */
export function secretVariants(secrets: readonly string[]): string[] {
	const variants = new Set<string>();
	for (const secret of secrets) {
		if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) continue;
		const once = rfc3986(secret);
		variants.add(secret);
		variants.add(once);
		variants.add(encodeURIComponent(secret));
		variants.add(once.replace(/%20/g, '+'));
		variants.add(rfc3986(once));
		variants.add(once.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()));
	}
	// Longest first, so an encoded form is not half-replaced through its raw prefix.
	return [...variants].sort((a, b) => b.length - a.length);
}

const PATTERNS: Array<[RegExp, string]> = [
	// consumer_secret=… / oauth_signature=… in URLs, bodies, Link headers (also `"…"` quoted header params).
	[/((?:consumer_secret|oauth_signature)\s*=\s*")[^"]*(")/gi, `$1${REDACTED}$2`],
	[/((?:consumer_secret|oauth_signature)=)[^&#\s"'<>,;]*/gi, `$1${REDACTED}`],
	// The same inside an encoded string (an OAuth base string, a URL inside a URL).
	[/((?:consumer_secret|oauth_signature)(?:%3D|%253D))(?:(?!%26|%2526)[^&#\s"'<>,;])*/gi, `$1${REDACTED}`],
	// JSON-ish "consumer_secret":"…" / "oauth_signature":"…" / "authorization":"…"
	[
		/("(?:consumer_secret|consumerSecret|oauth_signature|authorization|proxy-authorization)"\s*:\s*")(?:[^"\\]|\\.)*(")/gi,
		`$1${REDACTED}$2`,
	],
	// Header lines: "Authorization: Basic …", "authorization=…"
	[/((?:proxy-)?authorization\s*[:=]\s*)(?!\[redacted\])[^\r\n"',}]+/gi, `$1${REDACTED}`],
	// Bare scheme tokens anywhere (a token has 16+ characters and a digit or + / =, so "Basic Auth" stays text).
	[/\b(Basic|Bearer)\s+(?!\[redacted\])(?=[A-Za-z0-9+/=._~-]*[0-9+/=])[A-Za-z0-9+/=._~-]{16,}/g, `$1 ${REDACTED}`],
];

/** Scrubs one string. `secrets` are the credential's own values (see auth.ts `secretsOf`). */
export function scrubText(text: string, secrets: readonly string[] = []): string {
	let out = text;
	for (const variant of secretVariants(secrets)) {
		out = out.replace(new RegExp(escapeRegExp(variant), 'g'), REDACTED);
	}
	for (const [pattern, replacement] of PATTERNS) {
		out = out.replace(pattern, replacement);
	}
	return out;
}

function scrubValue(value: unknown, secrets: readonly string[], seen: WeakMap<object, unknown>): unknown {
	if (typeof value === 'string') return scrubText(value, secrets);
	if (value === null || typeof value !== 'object') return value;
	if (seen.has(value)) return seen.get(value);
	if (Array.isArray(value)) {
		const copy: unknown[] = [];
		seen.set(value, copy);
		for (const entry of value) copy.push(scrubValue(entry, secrets, seen));
		return copy;
	}
	const copy: Record<string, unknown> = {};
	seen.set(value, copy);
	for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
		if (SECRET_KEYS.has(key.toLowerCase()) && entry !== undefined && entry !== null && entry !== '') {
			copy[key] = REDACTED;
		} else {
			copy[key] = scrubValue(entry, secrets, seen);
		}
	}
	return copy;
}

/**
 * Returns a scrubbed copy: a string, or a plain-data copy of an object/array (own enumerable
 * properties only, cycles kept as cycles). Keys such as `authorization` or `consumer_secret` are redacted whole.
 */
export function scrubSecrets<T>(value: T, secrets: readonly string[] = []): T {
	return scrubValue(value, secrets, new WeakMap()) as T;
}
