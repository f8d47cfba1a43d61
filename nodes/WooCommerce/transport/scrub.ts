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

/** One regular expression matching every form of every secret (undefined when there is none). */
function variantsPattern(secrets: readonly string[]): RegExp | undefined {
	const variants = secretVariants(secrets);
	return variants.length ? new RegExp(variants.map(escapeRegExp).join('|'), 'g') : undefined;
}

function scrubWith(text: string, variants: RegExp | undefined, patterns: ReadonlyArray<[RegExp, string]>): string {
	let out = variants ? text.replace(variants, REDACTED) : text;
	for (const [pattern, replacement] of patterns) out = out.replace(pattern, replacement);
	return out;
}

/** Scrubs one string. `secrets` are the credential's own values (see auth.ts `secretsOf`). */
export function scrubText(text: string, secrets: readonly string[] = []): string {
	return scrubWith(text, variantsPattern(secrets), PATTERNS);
}

/**
 * Scrubs then cuts: a secret cut in half is no longer recognised, so its prefix would show.
 * Cuts to `max` characters and never inside a `[redacted]` marker.
 */
export function scrubAndCut(text: string, max: number, secrets: readonly string[] = []): string {
	const clean = scrubText(text, secrets);
	if (clean.length <= max) return clean;
	const cut = clean.slice(0, max);
	const marker = cut.lastIndexOf('[');
	return marker >= 0 && REDACTED.startsWith(cut.slice(marker)) ? cut.slice(0, marker) : cut;
}

/** Only what is secret whatever the data: query-string secrets and OAuth signatures (in URLs a store echoes). */
const DATA_PATTERNS = PATTERNS.slice(0, 3);

/**
 * Scrubs what a store answered before it leaves the transport (records, per-item batch errors, headers): every
 * string loses the credential's own secrets and `consumer_secret=` / `oauth_signature=` values (a store may echo
 * the request URL). Keys are kept as they are: store data may legitimately hold fields named `password` or `secret`.
 */
export function scrubAnswer<T>(value: T, secrets: readonly string[]): T {
	const variants = variantsPattern(secrets);
	const visit = (entry: unknown, seen: WeakMap<object, unknown>): unknown => {
		if (typeof entry === 'string') return scrubWith(entry, variants, DATA_PATTERNS);
		if (entry === null || typeof entry !== 'object') return entry;
		if (seen.has(entry)) return seen.get(entry);
		if (Array.isArray(entry)) {
			const copy: unknown[] = [];
			seen.set(entry, copy);
			for (const member of entry) copy.push(visit(member, seen));
			return copy;
		}
		const copy: Record<string, unknown> = {};
		seen.set(entry, copy);
		for (const [key, member] of Object.entries(entry as Record<string, unknown>)) copy[key] = visit(member, seen);
		return copy;
	};
	return visit(value, new WeakMap()) as T;
}

/**
 * Whether scrubAnswer could change the JSON a store answered as `text`. False only when it cannot: no `consumer_secret`
 * / `oauth_signature`, no form of a secret (also as JSON writes it: `/` as `\\/`), and no `\\u` escape that could
 * spell one (an ASCII character; WordPress escapes every non-ASCII one, which cannot). Walking every string of a page
 * of 100 orders costs 5-20 ms; this test well under 1 ms.
 */
export function answerMayHoldSecrets(text: string, secrets: readonly string[]): boolean {
	const variants = secretVariants(secrets);
	const asciiOnly = variants.every((variant) => /^[\x20-\x7e]*$/.test(variant));
	if (asciiOnly ? /\\u00[0-7]/i.test(text) : text.includes('\\u')) return true;
	if (/consumer_secret|oauth_signature/i.test(text)) return true;
	return variants.some((variant) => text.includes(variant) || text.includes(JSON.stringify(variant).slice(1, -1).replace(/\//g, '\\/')));
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
