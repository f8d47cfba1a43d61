'use strict';
// WordPress REST plumbing: errors, standard headers, arg validation, pagination, _fields.
const { buildQueryFromMap, urlencode, newArr } = require('./php');

class RestError extends Error {
	constructor(code, message, status = 400, data) {
		super(message);
		this.code = code;
		this.status = status;
		// `data` replaces {status} entirely when given as a non-object (refund quirk: data is the bare integer 500).
		this.data = data === undefined ? { status } : typeof data === 'object' && data !== null ? { status, ...data } : data;
	}
	toBody() {
		return { code: this.code, message: this.message, data: this.data };
	}
}

const BASE_HEADERS = {
	'Content-Type': 'application/json; charset=UTF-8',
	'X-Robots-Tag': 'noindex',
	'X-Content-Type-Options': 'nosniff',
	'Access-Control-Expose-Headers': 'X-WP-Total, X-WP-TotalPages, Link',
	'Access-Control-Allow-Headers': 'Authorization, X-WP-Nonce, Content-Disposition, Content-MD5, Content-Type',
};
const NOCACHE = { Expires: 'Wed, 11 Jan 1984 05:00:00 GMT', 'Cache-Control': 'no-cache, must-revalidate, max-age=0, no-store, private' };

function listSentence(items) {
	// wp_sprintf_l: "a, b, and c"
	if (items.length <= 1) return items.join('');
	if (items.length === 2) return `${items[0]} and ${items[1]}`;
	return `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`;
}

/** Validate one value against a tiny subset of JSON schema the way rest_validate_value_from_schema words it. */
function validateValue(value, schema, param) {
	const types = Array.isArray(schema.type) ? schema.type : [schema.type];
	if (value === null && types.includes('null')) return { value: null };
	if (types.includes('array')) {
		let arr = value;
		if (typeof arr === 'string') arr = arr === '' ? [] : arr.split(/[\s,]+/);
		if (arr && typeof arr === 'object' && !Array.isArray(arr)) arr = Object.values(arr);
		if (!Array.isArray(arr)) return err('rest_invalid_type', `${param} is not of type array.`, { param });
		const out = [];
		for (let i = 0; i < arr.length; i++) {
			const r = validateValue(arr[i], schema.items || { type: 'string' }, `${param}[${i}]`);
			if (r.error) return r;
			out.push(r.value);
		}
		return { value: out };
	}
	if (types.includes('integer')) {
		if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) value = parseInt(value, 10);
		if (typeof value !== 'number' || !Number.isInteger(value)) return err('rest_invalid_type', `${param} is not of type integer.`, { param });
		if (schema.minimum !== undefined && schema.maximum !== undefined && (value < schema.minimum || value > schema.maximum)) {
			return err('rest_out_of_bounds', `${param} must be between ${schema.minimum} (inclusive) and ${schema.maximum} (inclusive)`, null);
		}
		if (schema.minimum !== undefined && value < schema.minimum) return err('rest_out_of_bounds', `${param} must be greater than or equal to ${schema.minimum}`, null);
		if (schema.maximum !== undefined && value > schema.maximum) return err('rest_out_of_bounds', `${param} must be less than or equal to ${schema.maximum}`, null);
		return { value };
	}
	if (types.includes('number')) {
		if (typeof value === 'string' && value.trim() !== '' && !isNaN(Number(value))) value = Number(value);
		if (typeof value !== 'number') return err('rest_invalid_type', `${param} is not of type number.`, { param });
		return { value };
	}
	if (types.includes('boolean')) {
		if (['true', '1', 'yes'].includes(String(value)) || value === true || value === 1) return { value: true };
		if (['false', '0', 'no', ''].includes(String(value)) || value === false || value === 0) return { value: false };
		return err('rest_invalid_type', `${param} is not of type boolean.`, { param });
	}
	if (types.includes('object')) {
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return err('rest_invalid_type', `${param} is not of type object.`, { param });
		return { value };
	}
	if (types.includes('string')) {
		if (typeof value !== 'string') return err('rest_invalid_type', `${param} is not of type string.`, { param });
		if (schema.enum && !schema.enum.includes(value)) return err('rest_not_in_enum', `${param} is not one of ${listSentence(schema.enum)}.`, null);
		if (schema.format === 'date-time' && !isIsoDate(value)) return err('rest_invalid_date', 'Invalid date.', null);
		if (schema.format === 'email' && !/^[^@\s]+@[^@\s]+$/.test(value)) return err('rest_invalid_email', 'Invalid email address.', null);
		return { value };
	}
	return { value };
}

function err(code, message, data) {
	return { error: { code, message, data } };
}

function isIsoDate(s) {
	return /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}(:?\d{2})?)?$/.test(s);
}

/** Validate args (query or body) against {name: schema}; returns sanitized values or throws rest_invalid_param. */
function validateArgs(input, schemaMap) {
	const out = {};
	const params = {};
	const details = {};
	for (const [name, schema] of Object.entries(schemaMap)) {
		if (!schema) continue;
		if (input[name] === undefined) {
			if (schema.default !== undefined) out[name] = schema.default;
			continue;
		}
		const r = validateValue(input[name], schema, name);
		if (r.error) {
			params[name] = r.error.message;
			details[name] = r.error;
		} else out[name] = r.value;
	}
	const bad = Object.keys(params);
	if (bad.length) {
		throw new RestError('rest_invalid_param', `Invalid parameter(s): ${bad.join(', ')}`, 400, { params, details });
	}
	return out;
}

/** WordPress paging headers and Link (echoing every query parameter, like add_query_arg(urlencode_deep(...))). */
function pagingHeaders(ctx, total, perPage, page, routePath) {
	const totalPages = perPage > 0 ? Math.ceil(total / perPage) : 0;
	const headers = { 'X-WP-Total': String(total), 'X-WP-TotalPages': String(totalPages) };
	const base = `${ctx.home}/wp-json${routePath}`;
	const links = [];
	const mk = (p) => {
		const q = new Map();
		for (const [k, v] of ctx.queryMap) q.set(k, encodeDeep(k, v));
		if (!q.has('page')) q.set('page', String(p));
		else q.set('page', String(p));
		const parts = buildQueryFromMap(q);
		return `${base}?${parts.join('&')}`;
	};
	if (page > 1) {
		const prev = page - 1 > totalPages ? totalPages : page - 1;
		links.push(`<${mk(prev)}>; rel="prev"`);
	}
	if (page < totalPages) links.push(`<${mk(page + 1)}>; rel="next"`);
	if (links.length) headers.Link = links.join(', ');
	return headers;
}

/** urlencode_deep as echoed by WordPress; the oauth_signature comes back altered (+ raw, trailing = dropped). */
function encodeDeep(key, v) {
	if (v instanceof Map) {
		const m = newArr();
		for (const [k, val] of v) m.set(k, encodeDeep(k, val));
		return m;
	}
	if (key === 'oauth_signature') return urlencode(v).replace(/%2B/g, '+').replace(/(%3D)+$/, '');
	return urlencode(v);
}

/** _fields filtering. nested=true allows "a.b" selection (orders); otherwise dotted names are ignored (products). */
function filterFields(obj, fieldsParam, { nested = false, keepLinks = false } = {}) {
	if (fieldsParam === undefined || fieldsParam === null || fieldsParam === '') return obj;
	const list = (Array.isArray(fieldsParam) ? fieldsParam : String(fieldsParam).split(',')).map((s) => s.trim()).filter(Boolean);
	const out = {};
	for (const key of Object.keys(obj)) {
		if (key === '_links') {
			if (keepLinks || list.includes('_links')) out._links = obj._links;
			continue;
		}
		if (list.includes(key)) {
			out[key] = obj[key];
			continue;
		}
		if (nested) {
			const subs = list.filter((f) => f.startsWith(key + '.')).map((f) => f.slice(key.length + 1));
			if (subs.length && obj[key] && typeof obj[key] === 'object' && !Array.isArray(obj[key])) {
				out[key] = filterFields(obj[key], subs, { nested: true, keepLinks: true });
			}
		}
	}
	return out;
}

/** Sort helper: date desc by default is NOT a total order; ties are shuffled per page (deterministic, unstable). */
function sortItems(items, { orderby, order, page = 1, keyOf }) {
	const dir = order === 'asc' ? 1 : -1;
	// murmur3 fmix32 of (id, page): ties come back in a different order on every page, like MySQL without a total ORDER BY.
	const tieKey = (id) => {
		let h = (Math.imul(id, 0x9e3779b1) ^ Math.imul(page, 0x85ebca77)) >>> 0;
		h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
		h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
		return (h ^ (h >>> 16)) >>> 0;
	};
	return items.slice().sort((a, b) => {
		const ka = keyOf(a, orderby);
		const kb = keyOf(b, orderby);
		if (ka < kb) return -1 * dir;
		if (ka > kb) return 1 * dir;
		if (orderby === 'id' || orderby === 'include') return 0;
		return tieKey(a.id) - tieKey(b.id);
	});
}

const ok = (body, headers) => ({ status: 200, body, headers });
/** Unpaginated lists that still send X-WP-Total / X-WP-TotalPages (gateways, zones, zone methods, locations, tax classes). */
const okAll = (body) => ok(body, { 'X-WP-Total': String(body.length), 'X-WP-TotalPages': '1' });

module.exports = { ok, okAll, RestError, BASE_HEADERS, NOCACHE, validateArgs, validateValue, pagingHeaders, filterFields, sortItems, listSentence, isIsoDate };
