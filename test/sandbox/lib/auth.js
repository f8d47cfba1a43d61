'use strict';
// WC_REST_Authentication: Basic / query keys only when is_ssl(), OAuth 1.0a otherwise (and over HTTPS when no key matched).
const oauth = require('./oauth');

/**
 * Returns { user, error } where user = the key record ({ key, secret, permissions, nonces }) or null.
 * Only runs when the raw request URI contains 'wp-json/wc/' (like is_request_to_rest_api()).
 */
function authenticate(ctx) {
	const sb = ctx.sb;
	if (!ctx.rawUrl.includes('wp-json/wc/') && !ctx.rawUrl.includes('wp-json/wc-')) return { user: null, error: null };
	const keys = sb.keyRecords;
	const findKey = (ck) => keys.find((k) => k.key === ck) || null;
	const authHeader = sb.settings.stripAuthorization ? undefined : ctx.headers.authorization;
	let error = null;

	if (ctx.isSsl) {
		let ck = null;
		let cs = null;
		const m = authHeader && /^Basic\s+(.+)$/i.exec(authHeader.trim());
		if (m) {
			const dec = Buffer.from(m[1], 'base64').toString('utf8');
			const i = dec.indexOf(':');
			if (i > 0 && dec.slice(i + 1) !== '') {
				ck = dec.slice(0, i);
				cs = dec.slice(i + 1);
			}
		}
		const q = ctx.queryMap;
		if (!ck && typeof q.get('consumer_key') === 'string' && q.get('consumer_key') && typeof q.get('consumer_secret') === 'string' && q.get('consumer_secret')) {
			ck = q.get('consumer_key');
			cs = q.get('consumer_secret');
		}
		if (ck && cs) {
			const user = findKey(ck);
			if (user) {
				if (user.secret === cs) return { user, error: null };
				error = { code: 'woocommerce_rest_authentication_error', message: 'Consumer secret is invalid.', status: 401 };
			}
		}
	}

	// OAuth 1.0a
	const post = ctx.method === 'POST' && ctx.formMap ? ctx.formMap : new Map();
	const got = oauth.getOAuthParameters(ctx.queryMap, post, authHeader);
	if (!got) return { user: null, error };
	if (got.error) return { user: null, error: got.error };
	const params = got.params;
	const user = findKey(params.get('oauth_consumer_key'));
	if (!user) return { user: null, error: { code: 'woocommerce_rest_authentication_error', message: 'Consumer key is invalid.', status: 401 } };
	const baseUrl = `${ctx.isSsl ? 'https' : 'http'}://${ctx.homeHost}${ctx.rawPath}`;
	const sigErr = oauth.checkSignature(ctx.method, baseUrl, params, user.secret);
	if (sigErr) return { user: null, error: sigErr };
	const tsErr = oauth.checkTimestampAndNonce(user.nonces, params.get('oauth_timestamp'), params.get('oauth_nonce'), sb.store.nowSeconds());
	if (tsErr) return { user: null, error: tsErr };
	return { user, error: null };
}

/** check_permissions on the key for the request method (rest_pre_dispatch). */
function checkKeyPermissions(user, method) {
	const p = user.permissions;
	if (['GET', 'HEAD', 'OPTIONS'].includes(method)) {
		if (p !== 'read' && p !== 'read_write') return { code: 'woocommerce_rest_authentication_error', message: 'The API key provided does not have read permissions.', status: 401 };
	} else if (p !== 'write' && p !== 'read_write') {
		return { code: 'woocommerce_rest_authentication_error', message: 'The API key provided does not have write permissions.', status: 401 };
	}
	return null;
}

module.exports = { authenticate, checkKeyPermissions };
