'use strict';
// PHP-like helpers: query-string parsing into ordered "PHP arrays", rawurlencode, http_build_query.

/** Percent-decode like PHP urldecode (plus = space) or rawurldecode (plus kept). Invalid UTF-8 is replaced. */
function urldecode(s, plusIsSpace = true) {
	if (plusIsSpace) s = s.replace(/\+/g, ' ');
	if (!s.includes('%')) return s;
	const bytes = [];
	for (let i = 0; i < s.length; i++) {
		const c = s[i];
		if (c === '%' && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
			bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
			i += 2;
		} else {
			for (const b of Buffer.from(c, 'utf8')) bytes.push(b);
		}
	}
	return Buffer.from(bytes).toString('utf8');
}

/** PHP rawurlencode: everything but A-Z a-z 0-9 - _ . ~ is encoded. */
function rawurlencode(s) {
	return encodeURIComponent(String(s)).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** PHP urlencode: like rawurlencode but space -> + and ~ encoded. */
function urlencode(s) {
	return rawurlencode(s).replace(/%20/g, '+').replace(/~/g, '%7E');
}

/**
 * parse_str: returns an ordered Map. Nested arrays are Maps too, with a `nextIndex` property for `[]`.
 * Top-level names have ' ' and '.' replaced by '_' like PHP does.
 */
function parseStr(qs) {
	const root = newArr();
	if (!qs) return root;
	for (const part of qs.split('&')) {
		if (part === '') continue;
		const eq = part.indexOf('=');
		const rawName = eq === -1 ? part : part.slice(0, eq);
		const value = eq === -1 ? '' : urldecode(part.slice(eq + 1));
		let name = urldecode(rawName);
		if (name === '') continue;
		const br = name.indexOf('[');
		let base = br > 0 ? name.slice(0, br) : name;
		const keys = [];
		if (br > 0) {
			let rest = name.slice(br);
			let m;
			while ((m = /^\[([^\]]*)\]/.exec(rest))) {
				keys.push(m[1]);
				rest = rest.slice(m[0].length);
			}
			if (keys.length === 0) base = name; // malformed: keep literal
		}
		base = base.replace(/[ .]/g, '_').replace(/\[/g, '_');
		if (keys.length === 0) {
			setKey(root, base, value);
			continue;
		}
		let cur = root;
		let key = base;
		for (const k of keys) {
			let next = cur.get(key);
			if (!(next instanceof Map)) {
				next = newArr();
				setKey(cur, key, next);
			}
			cur = next;
			key = k === '' ? String(cur.nextIndex) : k;
		}
		setKey(cur, key, value);
	}
	return root;
}

function newArr() {
	const m = new Map();
	m.nextIndex = 0;
	return m;
}

function setKey(map, key, value) {
	if (/^(0|-?[1-9][0-9]*)$/.test(key)) {
		const n = Number(key);
		if (n >= map.nextIndex) map.nextIndex = n + 1;
		key = String(n);
	}
	map.set(key, value);
}

/** array_merge for string/int keyed Maps (int keys are renumbered like PHP). */
function arrayMerge(...maps) {
	const out = newArr();
	for (const m of maps) {
		for (const [k, v] of m) {
			if (/^(0|-?[1-9][0-9]*)$/.test(k)) setKey(out, String(out.nextIndex), v);
			else out.set(k, v);
		}
	}
	return out;
}

/** Convert a PHP-array Map to plain JS: list-like maps (all keys numeric) become arrays, others objects. */
function toPlain(v) {
	if (!(v instanceof Map)) return v;
	const keys = [...v.keys()];
	if (keys.every((k) => /^(0|-?[1-9][0-9]*)$/.test(k))) return [...v.values()].map(toPlain);
	const o = {};
	for (const [k, val] of v) o[k] = toPlain(val);
	return o;
}

/** http_build_query with values already urlencoded by urlencode_deep (as WordPress add_query_arg does). */
function buildQueryFromMap(map, prefix) {
	const parts = [];
	for (const [k, v] of map) {
		const name = prefix ? `${prefix}%5B${urlencode(k)}%5D` : urlencode(k);
		if (v instanceof Map) parts.push(...buildQueryFromMap(v, name));
		else parts.push(`${name}=${v}`);
	}
	return parts;
}

module.exports = { urldecode, rawurlencode, urlencode, parseStr, arrayMerge, toPlain, buildQueryFromMap, newArr };
