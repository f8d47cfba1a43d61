/**
 * Capture loader and replay helpers for the contract tests: read a real-store capture, replay its request against
 * the sandbox store (same method, path, query, body; credentials swapped for the sandbox keys, OAuth re-signed),
 * and compare status, meaningful headers and body shape.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as http from 'http';
import * as https from 'https';
import * as crypto from 'crypto';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OAuth = require('oauth-1.0a');

/** The real captures, copied into the repo from the design card's shared folder (WOO_CAPTURES_DIR overrides). */
export const CAPTURES_DIR = process.env.WOO_CAPTURES_DIR ?? path.resolve(__dirname, '../fixtures/woocommerce-captures');

export interface Capture {
	title: string;
	why: string;
	transport?: string;
	request: { method: string; url: string; headers: Record<string, string>; body: unknown; raw_body?: string };
	response: { status: number; headers: Record<string, string | string[]>; body: any };
	exchanges?: Array<{ request: Capture['request']; response: Capture['response'] }>;
	[k: string]: any;
}

export function loadCapture(prefix: string): Capture {
	const file = fs.readdirSync(CAPTURES_DIR).find((f) => f.startsWith(prefix) && f.endsWith('.json'));
	if (!file) throw new Error(`capture ${prefix} not found in ${CAPTURES_DIR}`);
	return JSON.parse(fs.readFileSync(path.join(CAPTURES_DIR, file), 'utf8'));
}

export interface Res {
	status: number;
	headers: http.IncomingHttpHeaders;
	text: string;
	body: any;
}

/** Plain request over http(s) to the sandbox (self-signed certificate accepted). */
export function send(method: string, url: string, headers: Record<string, string> = {}, body?: string): Promise<Res> {
	return new Promise((resolve, reject) => {
		const u = new URL(url);
		const lib = u.protocol === 'https:' ? https : http;
		const h: Record<string, string> = { ...headers };
		if (body !== undefined) h['Content-Length'] = String(Buffer.byteLength(body));
		const req = lib.request(u, { method, headers: h, rejectUnauthorized: false, agent: false }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c) => chunks.push(c));
			res.on('end', () => {
				const text = Buffer.concat(chunks).toString('utf8');
				let parsed: any = text;
				try {
					parsed = JSON.parse(text);
				} catch {
					/* not JSON */
				}
				resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body: parsed });
			});
		});
		req.on('error', reject);
		req.end(body);
	});
}

export interface Keys {
	readWrite: { key: string; secret: string };
	readOnly: { key: string; secret: string };
}

/** Replace the capture's test credentials with the sandbox ones. */
export function swapKeys(s: string, keys: Keys): string {
	return s
		.split('ck_test_readonly_key').join(keys.readOnly.key)
		.split('cs_test_readonly_secret').join(keys.readOnly.secret)
		.split('ck_test_key').join(keys.readWrite.key)
		.split('cs_test_secret').join(keys.readWrite.secret);
}

function swapBasic(h: string, keys: Keys): string {
	const m = /^Basic (.+)$/.exec(h);
	if (!m) return h;
	const dec = Buffer.from(m[1], 'base64').toString('utf8');
	return 'Basic ' + Buffer.from(swapKeys(dec, keys)).toString('base64');
}

/** Test-only OAuth 1.0a signer (oauth-1.0a package), signing what is sent. */
export function oauthSign(
	method: string,
	url: string,
	secretAndKey: { key: string; secret: string },
	opts: { algo?: 'HMAC-SHA256' | 'HMAC-SHA1'; data?: Record<string, string>; nonce?: string; timestamp?: number; lastAmpersand?: boolean } = {},
): Record<string, string> {
	const algo = opts.algo ?? 'HMAC-SHA256';
	const oauth = OAuth({
		consumer: { key: secretAndKey.key, secret: secretAndKey.secret },
		signature_method: algo,
		last_ampersand: opts.lastAmpersand ?? true,
		hash_function: (base: string, key: string) =>
			crypto.createHmac(algo === 'HMAC-SHA1' ? 'sha1' : 'sha256', key).update(base).digest('base64'),
	});
	const params: Record<string, string> = {
		oauth_consumer_key: secretAndKey.key,
		oauth_nonce: opts.nonce ?? crypto.randomBytes(16).toString('hex'),
		oauth_signature_method: algo,
		oauth_timestamp: String(opts.timestamp ?? Math.floor(Date.now() / 1000)),
	};
	const signature = oauth.getSignature({ method, url, data: opts.data ?? {} }, undefined, params);
	return { ...params, oauth_signature: signature };
}

export const enc = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());

/** Append oauth params to a URL's query string. */
export function withOAuthQuery(url: string, o: Record<string, string>): string {
	const q = Object.entries(o).map(([k, v]) => `${k}=${enc(v)}`).join('&');
	return url + (url.includes('?') ? '&' : '?') + q;
}

/**
 * Replay a capture's request. OAuth-in-query captures are re-signed for the sandbox (fresh nonce/timestamp) unless
 * `raw` is set; Basic credentials are swapped.
 */
export async function replay(base: string, cap: Capture | Capture['request'], keys: Keys, opts: { urlOverride?: string } = {}): Promise<Res> {
	const req = 'request' in cap ? cap.request : cap;
	let url = (opts.urlOverride ?? req.url).replace('{store}', base);
	url = swapKeys(url, keys);
	const headers: Record<string, string> = {};
	for (const [k, v] of Object.entries(req.headers || {})) headers[k] = k.toLowerCase() === 'authorization' ? swapBasic(v, keys) : v;
	let body: string | undefined;
	if (req.body !== null && req.body !== undefined) body = typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
	return send(req.method, url, headers, body);
}

/** Link header -> [{ url, rel }]. */
export function parseLink(h: string | string[] | undefined): Array<{ url: string; rel: string }> {
	if (!h) return [];
	const s = Array.isArray(h) ? h.join(', ') : h;
	return [...s.matchAll(/<([^>]*)>;\s*rel="([^"]*)"/g)].map((m) => ({ url: m[1], rel: m[2] }));
}

/** Same top-level keys, in any order. */
export function keysOf(o: any): string[] {
	return o && typeof o === 'object' && !Array.isArray(o) ? Object.keys(o).sort() : [];
}

/** Assert the sandbox answer matches the capture: status, content type, paging headers, Link rels, Location, body shape. */
export function expectMatches(res: Res, cap: Capture, base: string, opts: { bodyKeys?: boolean; errorMessage?: boolean } = {}): void {
	const exp = cap.response;
	expect(res.status).toBe(exp.status);
	const ct = (exp.headers['Content-Type'] ?? exp.headers['content-type']) as string | undefined;
	if (ct) expect(String(res.headers['content-type'])).toBe(ct);
	for (const h of ['X-WP-Total', 'X-WP-TotalPages']) {
		if (exp.headers[h] !== undefined) expect(res.headers[h.toLowerCase()]).toBeDefined();
		else expect(res.headers[h.toLowerCase()]).toBeUndefined();
	}
	if (exp.headers.Link !== undefined) {
		expect(parseLink(res.headers.link).map((l) => l.rel)).toEqual(parseLink(exp.headers.Link).map((l) => l.rel));
	}
	if (exp.headers.Location !== undefined) {
		expect(String(res.headers.location)).toMatch(new RegExp('^' + escapeRe(String(exp.headers.Location).replace('{store}', base)).replace(/(\/)\d+(?=\/|$)/g, '$1\\d+') + '$'));
	}
	if (exp.headers.Allow !== undefined) expect(res.headers.allow).toBe(exp.headers.Allow);
	const b = exp.body;
	if (b && typeof b === 'object' && !Array.isArray(b) && typeof b.code === 'string' && 'message' in b) {
		expect(res.body.code).toBe(b.code);
		if (opts.errorMessage !== false) expect(res.body.message).toBe(b.message);
		if (typeof b.data === 'number') expect(res.body.data).toBe(b.data);
		else expect(res.body.data.status).toBe(b.data.status);
		return;
	}
	if (opts.bodyKeys === false) return;
	if (Array.isArray(b)) {
		expect(Array.isArray(res.body)).toBe(true);
		if (b.length && res.body.length) expect(keysOf(res.body[0])).toEqual(keysOf(b[0]));
	} else if (b && typeof b === 'object') {
		expect(keysOf(res.body)).toEqual(keysOf(b));
	}
}

export function escapeRe(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

