/**
 * Query strings the way PHP reads them ($_GET): bytes, percent-encoding, `name[index]` arrays. What OAuth signs must
 * be exactly what WooCommerce parses, so both sides are built here.
 */
import { type IDataObject } from 'n8n-workflow';

/** A JS string made of chars 0-255, one per byte (UTF-8 bytes, or raw bytes decoded from a URL). */
export type ByteString = string;

export function toBytes(text: string): ByteString {
	return Buffer.from(text, 'utf8').toString('latin1');
}

export function encodeBytes(bytes: ByteString): string {
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
export function phpUrlDecode(fragment: string): ByteString {
	const bytes = toBytes(fragment.replace(/\+/g, ' '));
	return bytes.replace(/%([0-9a-fA-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** PHP's rawurldecode (no `+` handling) on a byte string. */
export function phpRawUrlDecode(bytes: ByteString): ByteString {
	return bytes.replace(/%([0-9a-fA-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function scalarToString(value: unknown): string {
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	if (value instanceof Date) return value.toISOString();
	return String(value);
}

export function isScalar(value: unknown): boolean {
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

export function splitUrl(url: string): { base: string; query: string } {
	const noHash = url.split('#')[0];
	const at = noHash.indexOf('?');
	return at < 0 ? { base: noHash, query: '' } : { base: noHash.slice(0, at), query: noHash.slice(at + 1) };
}

export function isAuthParamName(name: ByteString): boolean {
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

export type PhpValue = ByteString | PhpArray;

export interface PhpArray {
	map: Map<string, PhpValue>;
	next: number;
}

export function newPhpArray(): PhpArray {
	return { map: new Map(), next: 0 };
}

export function setMember(arr: PhpArray, key: string | null, value: PhpValue): void {
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
export function phpAssign(root: PhpArray, rawName: ByteString, value: ByteString): void {
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
