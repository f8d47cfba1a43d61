/**
 * Why the store refused the credential, in one sentence (the table is credentialSentences.ts).
 * Most causes show in the answer itself; for the ambiguous ones (a key WooCommerce silently ignored, an OAuth
 * signature refused, a missing route, a web page instead of the API) a few read-only probes compare auth modes or
 * read the WordPress REST index, as the owner would. Probes run only after a request already failed, never recurse,
 * and go through the `send` the transport gives (signed here with auth.ts, so a mode can be tried without saving it).
 */
import type { IDataObject } from 'n8n-workflow';

import { type ResolvedAuthMode, type WooCredentials } from './credentials';
import { apiBaseUrl, normalizeStoreUrl } from './credentials';
import { applyAuth } from './auth';
import { isLegacy } from './legacy';
import { legacyQueryFormUrl } from './legacyAddress';
import { buildQueryString } from './phpQuery';
import { CREDENTIAL_SENTENCES as SAY, KEYS_PAGE, PERMALINKS, sentenceForRefusal } from './credentialSentences';
import { classifyBody, htmlTitle, parseWooError } from './errors';

export interface StoreReply {
	status: number;
	/** Lower-case header names. */
	headers: Record<string, string>;
	text: string;
	json?: unknown;
}

/** Sends one unsigned request as given; undefined when no HTTP answer came back. */
export type ProbeSend = (method: string, url: string, headers: Record<string, string>) => Promise<StoreReply | undefined>;

export interface FailedRequest {
	creds: WooCredentials;
	mode: ResolvedAuthMode;
	method: string;
	/** Absolute URL as sent. */
	url: string;
	reply: StoreReply;
	secrets: readonly string[];
}

/** A page's first 3,000 characters with its title: enough to recognise firewalls and maintenance pages. */
function pageHead(reply: StoreReply): string {
	return `${htmlTitle(reply.text) ?? ''} ${reply.text.slice(0, 3000)}`;
}

/** PHP notices or warnings printed before the JSON (WP_DEBUG_DISPLAY on): no client can parse the answer. */
function phpNoise(text: string): string | undefined {
	const match = /<b>(Notice|Warning|Deprecated|Fatal error|Parse error)<\/b>|^\s*(PHP )?(Notice|Warning|Deprecated|Fatal error):/im.exec(text.slice(0, 5000));
	return match ? (match[1] ?? match[3]) : undefined;
}

function looksLikeFirewall(reply: StoreReply): boolean {
	return (
		!!reply.headers['cf-mitigated'] ||
		/captcha|attention required|just a moment|cloudflare|sucuri|wordfence|incapsula|imperva|mod_security|access denied|you have been blocked|security check|bot protection|ddos|request rejected|not acceptable/i.test(
			pageHead(reply),
		)
	);
}

function looksLikeMaintenance(reply: StoreReply): boolean {
	return /maintenance|briefly unavailable|coming soon|under construction/i.test(pageHead(reply));
}

/** WordPress with Plain permalinks announces its REST API as `?rest_route=` (Link header or <link> tag). */
function advertisesRestRoute(reply: StoreReply): boolean {
	const link = reply.headers.link ?? '';
	if (/rest_route=/.test(link) && /api\.w\.org/.test(link)) return true;
	return /<link[^>]+rel=["']https:\/\/api\.w\.org\/["'][^>]*rest_route=/i.test(reply.text);
}

function advertisesWpJson(reply: StoreReply): boolean {
	return /api\.w\.org/.test(reply.headers.link ?? '') || /rel=["']https:\/\/api\.w\.org\/["']/i.test(reply.text);
}

/** The sentence for an answer that is not JSON (a web page, PHP output, an empty body). */
export function pageSentence(reply: StoreReply): string | undefined {
	const kind = classifyBody(reply.text, reply.headers['content-type']);
	if (kind.kind === 'json' || kind.kind === 'truncated') return undefined;
	const noise = phpNoise(reply.text);
	if (noise) {
		return `The store printed PHP messages ("${noise}") before or instead of the JSON, so no client can read it. Turn off the display of PHP errors on the store (WP_DEBUG_DISPLAY false in wp-config.php), and fix the plugin or theme that causes them.`;
	}
	if (kind.kind === 'empty') return reply.status >= 500 ? SAY.serverError : undefined;
	if (looksLikeFirewall(reply)) {
		return "A firewall, CAPTCHA or bot protection is blocking n8n. Allow n8n's IP address (or the /wp-json/ path) in the firewall, CDN or security plugin.";
	}
	if (reply.status === 503 || looksLikeMaintenance(reply)) {
		return 'The store seems to be in maintenance mode. Try again when the store is back online.';
	}
	if (advertisesRestRoute(reply)) {
		return `The store uses "Plain" permalinks, so /wp-json/ is not routed and WooCommerce never checks API keys. ${PERMALINKS}.`;
	}
	if (reply.status === 404) {
		return advertisesWpJson(reply)
			? 'This is a WordPress site, but its REST API is disabled or blocked at /wp-json/ (by a plugin or the web server). Allow the REST API for /wp-json/wc/.'
			: 'There is no WordPress REST API at this address. Check the Store URL: it must be the address of the WordPress site, with its sub-folder if WordPress is installed in one (e.g. https://example.com/shop).';
	}
	return reply.status >= 500 ? SAY.serverError : undefined;
}

/** The store's own home URL from the REST index, normalised, when it announces one. */
function homeOf(index: IDataObject | undefined): string | undefined {
	const home = index?.home;
	if (typeof home !== 'string' || home === '') return undefined;
	try {
		return normalizeStoreUrl(home);
	} catch {
		return undefined;
	}
}

function httpsNotSeenSentence(): string {
	return "WordPress does not see that requests come over HTTPS: the store is behind a proxy or CDN that does not pass X-Forwarded-Proto, so WooCommerce ignores Basic Auth and Query String and checks OAuth signatures against the http:// address. Make WordPress aware of HTTPS (the proxy's X-Forwarded-Proto header, or $_SERVER['HTTPS'] = 'on' in wp-config.php); if the store is also reachable over http://, an http:// Store URL with OAuth 1.0a works meanwhile.";
}

class Probes {
	private index: Promise<IDataObject | undefined> | undefined;

	constructor(
		private readonly creds: WooCredentials,
		readonly send: ProbeSend,
	) {}

	/**
	 * One harmless authenticated read with `mode`. With `signAsHttp`, signed for the http:// address but sent to the
	 * https:// one: WooCommerce accepts that only when WordPress does not see HTTPS.
	 */
	async read(mode: ResolvedAuthMode, signAsHttp = false): Promise<StoreReply | undefined> {
		const qs: IDataObject = isLegacy(this.creds) ? { filter: { limit: 1 }, fields: 'id' } : { per_page: 1, _fields: 'id' };
		const url = legacyQueryFormUrl(`${apiBaseUrl(this.creds)}/products?${buildQueryString(qs)}`);
		let signed: { url: string; headers: Record<string, string> };
		try {
			signed = applyAuth(this.creds, { method: 'GET', url: signAsHttp ? url.replace(/^https:/i, 'http:') : url, headers: { Accept: 'application/json' } }, { mode });
		} catch {
			return undefined; // a mode that cannot be used here (Basic over http://)
		}
		return await this.send('GET', signAsHttp ? signed.url.replace(/^http:/i, 'https:') : signed.url, signed.headers);
	}

	/** The WordPress REST index (no credentials), once. */
	async restIndex(): Promise<IDataObject | undefined> {
		this.index ??= (async () => {
			if (isLegacy(this.creds)) return undefined;
			const reply = await this.send('GET', `${this.creds.url}/wp-json/`, { Accept: 'application/json' });
			if (!reply || reply.status >= 300) return undefined;
			const kind = classifyBody(reply.text, reply.headers['content-type']);
			return kind.kind === 'json' && kind.value && typeof kind.value === 'object' && !Array.isArray(kind.value) ? (kind.value as IDataObject) : undefined;
		})();
		return await this.index;
	}
}

/** Whether a probe got WooCommerce's answer to a read: a list of records with IDs (`{products: [...]}` on the legacy API). */
function readWorks(reply: StoreReply | undefined): boolean {
	if (!reply || reply.status < 200 || reply.status >= 300) return false;
	const kind = classifyBody(reply.text, reply.headers['content-type']);
	if (kind.kind !== 'json') return false;
	const list = Array.isArray(kind.value) ? kind.value : (kind.value as IDataObject | undefined)?.products;
	return Array.isArray(list) && list.every((entry) => !!entry && typeof entry === 'object' && typeof (entry as IDataObject).id === 'number');
}

function messageOf(reply: StoreReply | undefined): string {
	if (!reply) return '';
	const kind = classifyBody(reply.text, reply.headers['content-type']);
	return kind.kind === 'json' ? (parseWooError(kind.value)?.message ?? '') : '';
}

/** With https:// in the credential while WordPress announces http:// (a proxy in front that hides HTTPS). */
function homeIsHttpOfUrl(home: string | undefined, creds: WooCredentials): boolean {
	return !!home && /^https:/i.test(creds.url) && home === creds.url.replace(/^https:/i, 'http:');
}

async function signatureRefused(failed: FailedRequest, probes: Probes): Promise<string> {
	const { creds } = failed;
	const home = homeOf(await probes.restIndex());
	if (homeIsHttpOfUrl(home, creds)) return httpsNotSeenSentence();
	if (/^https:/i.test(creds.url) && readWorks(await probes.read('oauth1', true))) return httpsNotSeenSentence();
	if (home && home !== creds.url) {
		return `The store refused the OAuth signature because it signs with its own address, ${home}, not ${creds.url}. Set the Store URL to ${home}.`;
	}
	if (/^https:/i.test(creds.url)) {
		const basic = await probes.read('basic');
		if (readWorks(basic)) {
			return 'The store refused the OAuth signature, but Basic Auth works with the same key: set Authentication to "Basic Auth" (or "Automatic"). A proxy in front of the store probably changes the address or the query string.';
		}
		if (/consumer secret is invalid/i.test(messageOf(basic))) return SAY.wrongSecret;
	}
	return SAY.oauthSignature;
}

/** WooCommerce answered as if no key was sent (Basic or Query String): compare with the other ways to send it. */
async function keyIgnored(failed: FailedRequest, probes: Probes): Promise<string> {
	const { creds, mode } = failed;
	const other: ResolvedAuthMode = mode === 'basic' ? 'queryString' : 'basic';
	const second = await probes.read(other);
	if (readWorks(second)) {
		return mode === 'basic'
			? 'The store (or a proxy in front of it) removes the Authorization header, so Basic Auth never reaches WooCommerce. Query String authentication works with the same key: set Authentication to "Query String".'
			: 'The store ignores consumer_key/consumer_secret in the URL, but Basic Auth works with the same key: set Authentication to "Basic Auth" (or "Automatic").';
	}
	if (/consumer secret is invalid/i.test(messageOf(second))) return SAY.wrongSecret;
	if (homeIsHttpOfUrl(homeOf(await probes.restIndex()), creds)) return httpsNotSeenSentence();
	const oauth = await probes.read('oauth1');
	const oauthMessage = messageOf(oauth);
	if (/consumer key is invalid/i.test(oauthMessage)) return SAY.unknownKey;
	if (readWorks(oauth)) {
		return 'WooCommerce ignores Basic Auth and Query String here because WordPress does not see the request as HTTPS (the store is behind a proxy or CDN that does not pass X-Forwarded-Proto). OAuth 1.0a works with the same key: set Authentication to "OAuth 1.0a".';
	}
	if (/signature/i.test(oauthMessage) && readWorks(await probes.read('oauth1', true))) return httpsNotSeenSentence();
	return `WooCommerce did not accept the key: the key may not exist on this site, or WordPress does not see the request as HTTPS. Check the key in ${KEYS_PAGE}, or try Authentication "OAuth 1.0a".`;
}

/** A 404 with no route: WooCommerce (or this API version) missing, or only this endpoint. */
async function noRoute(failed: FailedRequest, probes: Probes): Promise<string | undefined> {
	const { creds } = failed;
	if (isLegacy(creds)) {
		const index = await probes.send('GET', legacyQueryFormUrl(`${apiBaseUrl(creds)}/`), { Accept: 'application/json' });
		return index && index.status < 300 && classifyBody(index.text).kind === 'json' ? undefined : SAY.noLegacyApi;
	}
	const listed = (await probes.restIndex())?.namespaces;
	if (!Array.isArray(listed)) {
		// No index to read: ask the namespace itself.
		const own = await probes.send('GET', apiBaseUrl(creds), { Accept: 'application/json' });
		return own && own.status === 404 ? SAY.noWooCommerce : undefined;
	}
	const namespaces = listed.filter((ns): ns is string => typeof ns === 'string');
	if (namespaces.includes(creds.apiVersion)) return undefined;
	const woo = namespaces.filter((ns) => /^wc\/v\d$/.test(ns));
	if (woo.length === 0) return SAY.noWooCommerce;
	return `This store's WooCommerce offers the REST API versions ${woo.join(', ')}, not ${creds.apiVersion}: choose one of them in API Version (wc/v3 is the current one).`;
}

/**
 * The sentence for a request the store refused for a credential reason, or undefined when the failure is about
 * the request itself (a missing record, an invalid parameter...) and the transport's own hint fits better.
 */
export async function diagnoseCredentialFailure(failed: FailedRequest, send: ProbeSend): Promise<string | undefined> {
	const { reply, mode, creds } = failed;
	const probes = new Probes(creds, send);
	const kind = classifyBody(reply.text, reply.headers['content-type']);
	if (kind.kind !== 'json') return reply.status >= 300 && reply.status < 400 ? undefined : pageSentence(reply);
	const error = parseWooError(kind.value);
	if (!error) return undefined;
	const message = error.message ?? '';
	const code = error.code ?? '';
	if (/timestamp/i.test(message)) {
		const storeDate = reply.headers.date ? Date.parse(reply.headers.date) : NaN;
		const skew = Number.isNaN(storeDate) ? undefined : Math.round((storeDate - Date.now()) / 60000);
		if (skew === undefined || Math.abs(skew) < 10) return SAY.timestamp;
		const clocks = `The store's clock is about ${Math.abs(skew)} minutes ${skew > 0 ? 'ahead of' : 'behind'} n8n's.`;
		return SAY.timestamp.replace('15 minutes.', `15 minutes. ${clocks}`);
	}
	if (/invalid signature - provided/i.test(message)) return await signatureRefused(failed, probes);
	const sentence = sentenceForRefusal(code, message);
	if (sentence) return sentence;
	if (reply.status === 404 && (code === 'rest_no_route' || code === 'woocommerce_api_no_route')) return await noRoute(failed, probes);
	if (reply.status === 403 && /cannot_view$/.test(code)) return SAY.noReadPermission;
	if (reply.status === 401 && /cannot_/.test(code)) {
		if (/[?&]rest_route=/.test(failed.url)) return `WooCommerce only checks API keys on /wp-json/ addresses. ${PERMALINKS}.`;
		if (mode === 'oauth1') return SAY.oauthNotChecked;
		return await keyIgnored(failed, probes);
	}
	return undefined;
}
