'use strict';
// WooCommerce's one-legged OAuth 1.0a check (class-wc-rest-authentication.php), reproduced step by step.
const crypto = require('crypto');
const { rawurlencode, urldecode, arrayMerge, newArr } = require('./php');

const REQUIRED = ['oauth_consumer_key', 'oauth_timestamp', 'oauth_nonce', 'oauth_signature', 'oauth_signature_method'];

/** wc_rest_urlencode_rfc3986 */
function rfc3986(v) {
	if (v instanceof Map) {
		const out = newArr();
		for (const [k, val] of v) out.set(k, rfc3986(val));
		return out;
	}
	return rawurlencode(v).replace(/%7E/g, '~');
}

/** Parse `Authorization: OAuth k="v", ...` like WC_REST_Authentication::parse_header. */
function parseOAuthHeader(header) {
	const out = newArr();
	if (!header) return out;
	header = header.trim();
	if (header.slice(0, 6) !== 'OAuth ') return out;
	const re = /(oauth_[a-z_-]*)=(:?"([^"]*)"|([^,]*))/g;
	let m;
	while ((m = re.exec(header))) {
		out.set(m[1], urldecode(m[3] ? m[3] : m[4] || ''));
	}
	return out;
}

/** get_oauth_parameters: returns { params } | { error } | null (not trying OAuth). */
function getOAuthParameters(getParams, postParams, authorizationHeader) {
	let params = arrayMerge(getParams, postParams);
	const hp = parseOAuthHeader(authorizationHeader);
	if (hp.size) params = arrayMerge(params, hp);
	const missing = [];
	let haveOne = false;
	for (const n of REQUIRED) {
		const v = params.get(n);
		if (v === undefined || v === '' || v === '0' || v instanceof Map) missing.push(n);
		else haveOne = true;
	}
	if (!haveOne) return null;
	if (missing.length) {
		return {
			error: {
				code: 'woocommerce_rest_authentication_missing_parameter',
				message: (missing.length === 1 ? 'Missing OAuth parameter ' : 'Missing OAuth parameters ') + missing.join(', '),
				status: 401,
			},
		};
	}
	return { params };
}

function joinWithEqualsSign(params, out = [], key = '') {
	for (let [k, v] of params) {
		if (key) k = `${key}%5B${k}%5D`;
		if (v instanceof Map) joinWithEqualsSign(v, out, k);
		else out.push(rfc3986(`${k}=${v}`));
	}
	return out;
}

function strcmp(a, b) {
	return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** The base string WooCommerce computes. baseUrl = scheme://home-host + raw request path. */
function baseString(method, baseUrl, params) {
	const p = new Map(params);
	p.delete('oauth_signature');
	const sorted = [...p.entries()].sort((a, b) => strcmp(a[0], b[0]));
	const normalized = new Map(sorted.map(([k, v]) => [rfc3986(k), rfc3986(v)]));
	return `${method.toUpperCase()}&${rawurlencode(baseUrl)}&${joinWithEqualsSign(normalized).join('%26')}`;
}

/** check_oauth_signature: returns null when valid, else an error object. */
function checkSignature(method, baseUrl, params, consumerSecret) {
	const consumerSig = urldecode(String(params.get('oauth_signature')).replace(/ /g, '+'), false);
	const str = baseString(method, baseUrl, params);
	const sm = params.get('oauth_signature_method');
	if (sm !== 'HMAC-SHA1' && sm !== 'HMAC-SHA256') {
		return { code: 'woocommerce_rest_authentication_error', message: 'Invalid signature - signature method is invalid.', status: 401 };
	}
	const algo = sm === 'HMAC-SHA1' ? 'sha1' : 'sha256';
	const sig = crypto.createHmac(algo, consumerSecret + '&').update(str).digest('base64');
	const a = Buffer.from(sig);
	const b = Buffer.from(consumerSig);
	if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) {
		return { code: 'woocommerce_rest_authentication_error', message: 'Invalid signature - provided signature does not match.', status: 401 };
	}
	return null;
}

/** check_oauth_timestamp_and_nonce. `nonces` is the key's Map timestamp -> nonce (mutated). */
function checkTimestampAndNonce(nonces, timestamp, nonce, nowSeconds) {
	const window = 15 * 60;
	const ts = parseInt(timestamp, 10) || 0;
	if (ts < nowSeconds - window || ts > nowSeconds + window) {
		return { code: 'woocommerce_rest_authentication_error', message: 'Invalid timestamp.', status: 401 };
	}
	for (const v of nonces.values()) {
		if (v === nonce) return { code: 'woocommerce_rest_authentication_error', message: 'Invalid nonce - nonce has already been used.', status: 401 };
	}
	nonces.set(String(ts), nonce);
	for (const k of [...nonces.keys()]) if (Number(k) < nowSeconds - window) nonces.delete(k);
	return null;
}

module.exports = { getOAuthParameters, baseString, checkSignature, checkTimestampAndNonce, parseOAuthHeader, rfc3986 };
