/**
 * Applying the key to a request: Basic or query-string keys over HTTPS, OAuth 1.0a one-legged otherwise. Pure
 * functions (no I/O): the credential's `authenticate`, the transport and the diagnosis use them.
 * Basic auth and `consumer_key`/`consumer_secret` in the query only work when WordPress sees HTTPS.
 */
import { basicToken, ResolvedAuthMode, WooCredentials } from './credentials';
import { legacySigningUrl } from './legacyAddress';
import { oauth1Sign } from './oauth';
import { appendQuery, rfc3986Encode, stripAuthParams } from './phpQuery';

export interface AuthRequest {
	method: string;
	/** Absolute URL with its final query string. */
	url: string;
	headers: Record<string, string>;
	/** Form-urlencoded body fields, decoded (signed by OAuth on POST). */
	formBody?: Record<string, string>;
}

export interface AuthOptions {
	/** Fixed nonce/timestamp (tests only). */
	nonce?: string;
	timestamp?: number;
	/** Force a mode instead of the credential's (the credential test uses it to compare modes). */
	mode?: ResolvedAuthMode;
}

/** The mode actually used for a URL: Automatic is Basic over https:// and OAuth 1.0a over http://. */
export function resolveAuthMode(creds: Pick<WooCredentials, 'authentication'>, url: string): ResolvedAuthMode {
	if (creds.authentication !== 'auto') return creds.authentication;
	return /^https:/i.test(url) ? 'basic' : 'oauth1';
}

/** The error thrown when Basic or Query String auth would go over plain HTTP. */
export function plainHttpRefusal(mode: 'basic' | 'queryString'): string {
	const what = mode === 'basic' ? 'Basic Auth' : 'Query String authentication';
	return `${what} is not used over plain HTTP: WooCommerce ignores it on http:// addresses (every request would get 401), and the consumer secret would travel in clear text. In the credential, set Authentication to "OAuth 1.0a" or "Automatic", or use the store's https:// address.`;
}


/** Returns the URL and headers to send; the input is not modified. Throws for Basic/Query String over http://. */
export function applyAuth(
	creds: WooCredentials,
	req: AuthRequest,
	options: AuthOptions = {},
): { url: string; headers: Record<string, string> } {
	if (!/^https?:\/\//i.test(req.url)) {
		throw new Error(`Cannot authenticate a request to "${req.url.slice(0, 200)}": it is not an absolute http(s) URL`);
	}
	const mode = options.mode ?? resolveAuthMode(creds, req.url);
	const isHttps = /^https:/i.test(req.url);
	const headers: Record<string, string> = { ...req.headers };
	let url = stripAuthParams(req.url);
	if ((mode === 'basic' || mode === 'queryString') && !isHttps) {
		throw new Error(plainHttpRefusal(mode));
	}
	if (mode === 'basic') {
		for (const name of Object.keys(headers)) if (name.toLowerCase() === 'authorization') delete headers[name];
		headers.Authorization = `Basic ${basicToken(creds)}`;
	} else if (mode === 'queryString') {
		url = appendQuery(
			url,
			`consumer_key=${rfc3986Encode(creds.consumerKey)}&consumer_secret=${rfc3986Encode(creds.consumerSecret)}`,
		);
	} else {
		// The legacy API asked by query is signed for its /wc-api/ address (legacyAddress.ts).
		const signingUrl = legacySigningUrl(url) ?? url;
		const signed = oauth1Sign({
			method: req.method || 'GET',
			url: signingUrl,
			consumerKey: creds.consumerKey,
			consumerSecret: creds.consumerSecret,
			signatureMethod: creds.signatureMethod,
			formBody: req.formBody,
			nonce: options.nonce,
			timestamp: options.timestamp,
			// By the URL, not the credential: a legacy credential may also read the store's wc/v3 (its system status).
			flavor: /\/wc-api\//.test(signingUrl.split('?')[0]) ? 'legacy' : 'wc',
		});
		url = appendQuery(
			url,
			signed.oauthParams.map(([name, value]) => `${rfc3986Encode(name)}=${rfc3986Encode(value)}`).join('&'),
		);
	}
	return { url, headers };
}
