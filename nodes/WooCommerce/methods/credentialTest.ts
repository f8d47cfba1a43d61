/**
 * Credential test with a diagnosis: one request to find the WordPress REST API, one authenticated read, one
 * harmless write probe (POST <resource>/batch with an empty body: it changes nothing, a read-only key gets 401),
 * and a few comparisons between auth modes to say exactly what is wrong and what to change.
 *
 * n8n only gives `this.helpers.request` here (the legacy request-promise style), so requests are signed with auth.ts.
 */
import type {
	ICredentialDataDecryptedObject,
	ICredentialTestFunctions,
	ICredentialsDecrypted,
	IDataObject,
	INodeCredentialTestResult,
} from 'n8n-workflow';

import {
	AUTH_MODE_LABELS,
	apiBaseUrl,
	applyAuth,
	buildQueryString,
	normalizeStoreUrl,
	plainHttpRefusal,
	readCredentials,
	resolveAuthMode,
	scrubSecrets,
	secretsOf,
	type ResolvedAuthMode,
	type WooCredentials,
} from '../transport/auth';
import { scrubAndCut } from '../transport/scrub';

/** `this.helpers.request` of a credential test (request-promise-native options). */
export type LegacyRequest = (options: IDataObject) => Promise<unknown>;

export interface CredentialTestOptions {
	/** Per-request timeout; 20 s by default. */
	timeoutMs?: number;
}

const KEYS_PAGE = 'WooCommerce > Settings > Advanced > REST API';
const PERMALINKS =
	'In WordPress go to Settings > Permalinks, choose anything but "Plain" (e.g. "Post name") and save';

interface Reply {
	/** The HTML page title, scrubbed, then cut to 100 characters (a secret cut in half would no longer be found). */
	title?: string;
	status: number;
	headers: Record<string, string>;
	text: string;
	json: unknown;
	isJson: boolean;
}

interface WooError {
	code: string;
	message: string;
}

/** A finished diagnosis: thrown from deep inside and turned into the test result. */
class Verdict extends Error {
	constructor(
		message: string,
		readonly ok = false,
	) {
		super(message);
	}
}

const fail = (message: string): never => {
	throw new Verdict(message);
};

function headerText(value: unknown): string {
	if (Array.isArray(value)) return value.map(String).join(', ');
	return value === undefined || value === null ? '' : String(value);
}

function pageTitle(text: string): string | undefined {
	const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text);
	if (!match) return undefined;
	const title = match[1]
		.replace(/<[^>]*>/g, '')
		.replace(/&#8211;|&ndash;/g, '-')
		.replace(/&#8212;|&mdash;/g, '-')
		.replace(/&lsaquo;/g, '<')
		.replace(/&rsaquo;/g, '>')
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#0?39;/g, "'")
		.replace(/&nbsp;/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return title === '' ? undefined : title;
}

function describePage(reply: Reply): string {
	const type = (reply.headers['content-type'] ?? '').split(';')[0].trim();
	if (/html/i.test(type) || /<html|<!doctype/i.test(reply.text)) {
		const { title } = reply;
		return `HTTP ${reply.status} with an HTML page${title ? ` titled "${title}"` : ' without a title'}`;
	}
	if (reply.text.trim() === '') return `HTTP ${reply.status} with an empty body`;
	return `HTTP ${reply.status} with a body that is not JSON (${type || 'no content type'})`;
}

/** PHP notices or warnings printed before the JSON (WP_DEBUG_DISPLAY on): clients cannot parse the answer. */
function phpNoise(reply: Reply): string | undefined {
	const match = /<b>(Notice|Warning|Deprecated|Fatal error|Parse error)<\/b>|^\s*(PHP )?(Notice|Warning|Deprecated|Fatal error):/im.exec(
		reply.text.slice(0, 5000),
	);
	return match ? (match[1] ?? match[3]) : undefined;
}

function looksLikeFirewall(reply: Reply): boolean {
	const head = `${pageTitle(reply.text) ?? ''} ${reply.text.slice(0, 3000)}`;
	return (
		/captcha|attention required|just a moment|cloudflare|sucuri|wordfence|incapsula|imperva|mod_security|access denied|you have been blocked|security check|bot protection|ddos|request rejected|not acceptable/i.test(
			head,
		) || !!reply.headers['cf-mitigated']
	);
}

function looksLikeMaintenance(reply: Reply): boolean {
	const head = `${pageTitle(reply.text) ?? ''} ${reply.text.slice(0, 3000)}`;
	return /maintenance|briefly unavailable|coming soon|under construction/i.test(head);
}

function advertisesRestRoute(reply: Reply): boolean {
	const link = reply.headers.link ?? '';
	if (/rest_route=/.test(link) && /api\.w\.org/.test(link)) return true;
	return /<link[^>]+rel=["']https:\/\/api\.w\.org\/["'][^>]*rest_route=/i.test(reply.text);
}

function advertisesWpJson(reply: Reply): boolean {
	return /api\.w\.org/.test(reply.headers.link ?? '') || /rel=["']https:\/\/api\.w\.org\/["']/i.test(reply.text);
}

function wooError(reply: Reply): WooError | undefined {
	const body = reply.json as IDataObject | undefined;
	if (!body || typeof body !== 'object') return undefined;
	if (typeof body.code === 'string' || typeof body.message === 'string') {
		return { code: String(body.code ?? ''), message: String(body.message ?? '') };
	}
	const errors = body.errors as IDataObject[] | undefined;
	if (Array.isArray(errors) && errors[0] && typeof errors[0] === 'object') {
		return { code: String(errors[0].code ?? ''), message: String(errors[0].message ?? '') };
	}
	return undefined;
}

function stripHtml(text: string): string {
	return text
		.replace(/<[^>]*>/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

function quoteError(error: WooError | undefined, reply: Reply): string {
	if (!error) return `HTTP ${reply.status}`;
	const message = stripHtml(error.message).slice(0, 200);
	return `HTTP ${reply.status} ${error.code}${message ? `: "${message}"` : ''}`;
}

/** The sentence for a request that never got an HTTP answer. */
function unreachable(error: IDataObject, url: string, creds: WooCredentials, timeoutMs: number): string {
	const cause = (error.cause ?? {}) as IDataObject;
	const code = String(error.code ?? cause.code ?? '');
	const text = `${String(error.message ?? '')} ${String(cause.message ?? '')}`;
	const parsed = new URL(url);
	const host = parsed.hostname;
	const port = parsed.port || (parsed.protocol === 'https:' ? '443' : '80');
	if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || /getaddrinfo/i.test(text)) {
		return `Cannot reach the store: the server name "${host}" does not resolve (DNS). Check the Store URL for typos.`;
	}
	if (code === 'ECONNREFUSED') {
		return `Cannot reach the store: ${host}:${port} refused the connection. Check the Store URL (http:// or https://, and the port) and that the web server is running.`;
	}
	if (code === 'ETIMEDOUT' || code === 'ECONNABORTED' || code === 'ESOCKETTIMEDOUT' || /timeout/i.test(text)) {
		const seconds = Math.round(timeoutMs / 100) / 10;
		return `Cannot reach the store: ${host} did not answer within ${seconds} second${seconds === 1 ? '' : 's'}. Check the Store URL, and that no firewall blocks n8n from reaching the store.`;
	}
	if (code === 'DEPTH_ZERO_SELF_SIGNED_CERT' || code === 'SELF_SIGNED_CERT_IN_CHAIN' || /self[- ]signed/i.test(text)) {
		return `The store's TLS certificate is self-signed, so n8n cannot verify it. If you trust this store (e.g. a staging site), turn on "Ignore SSL Issues" in the credential; otherwise install a valid certificate on the store.`;
	}
	if (code === 'CERT_HAS_EXPIRED') {
		return `The store's TLS certificate has expired: renew it on the store (n8n refuses expired certificates).`;
	}
	if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
		return `The store's TLS certificate is not valid for "${host}": use the address the certificate was issued for in the Store URL, or fix the certificate.`;
	}
	if (
		code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' ||
		code === 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY' ||
		code === 'UNABLE_TO_GET_ISSUER_CERT'
	) {
		return `The store's TLS certificate cannot be verified: its chain is incomplete or its issuer is unknown. Install the full certificate chain on the store.`;
	}
	if (code === 'EPROTO' || /wrong version number|ssl3_get_record|packet length too long/i.test(text)) {
		return `${host}:${port} does not speak HTTPS. If the store has no HTTPS, use http:// in the Store URL.`;
	}
	if (code === 'ECONNRESET' || code === 'EPIPE' || /socket hang up/i.test(text)) {
		return `Cannot reach the store: ${host} closed the connection before answering (${code || 'connection reset'}). A firewall or proxy may block n8n; check the Store URL and try again.`;
	}
	const detail = scrubSecrets(String(error.message ?? code ?? 'unknown error'), creds).slice(0, 200);
	return `Cannot reach the store at ${creds.url}: ${detail}`;
}

class StoreClient {
	constructor(
		private readonly request: LegacyRequest,
		readonly creds: WooCredentials,
		private readonly timeoutMs: number,
	) {}

	async send(
		method: string,
		url: string,
		init: { headers?: Record<string, string>; body?: string } = {},
	): Promise<Reply> {
		let response: IDataObject;
		try {
			response = (await this.request({
				method,
				uri: url,
				headers: { Accept: 'application/json, */*;q=0.1', ...(init.headers ?? {}) },
				body: init.body,
				json: false,
				resolveWithFullResponse: true,
				simple: false,
				followRedirect: false,
				followAllRedirects: false,
				timeout: this.timeoutMs,
				rejectUnauthorized: !this.creds.allowUnauthorizedCerts,
			})) as IDataObject;
		} catch (error) {
			const status = Number((error as IDataObject).statusCode ?? ((error as IDataObject).response as IDataObject)?.status);
			if (!status) return fail(unreachable(error as IDataObject, url, this.creds, this.timeoutMs));
			const response = ((error as IDataObject).response ?? {}) as IDataObject;
			return this.toReply(status, (response.headers ?? {}) as IDataObject, response.body ?? response.data);
		}
		return this.toReply(Number(response.statusCode), (response.headers ?? {}) as IDataObject, response.body);
	}

	private toReply(status: number, rawHeaders: IDataObject, body: unknown): Reply {
		const headers: Record<string, string> = {};
		for (const [name, value] of Object.entries(rawHeaders ?? {})) headers[name.toLowerCase()] = headerText(value);
		const text =
			typeof body === 'string'
				? body
				: Buffer.isBuffer(body)
					? body.toString('utf8')
					: body === undefined || body === null
						? ''
						: JSON.stringify(body);
		let json: unknown;
		let isJson = false;
		const trimmed = text.replace(/^\uFEFF/, '').trim();
		if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
			try {
				json = JSON.parse(trimmed);
				isJson = true;
			} catch {
				isJson = false;
			}
		}
		const fullTitle = pageTitle(text);
		const title = fullTitle === undefined ? undefined : scrubAndCut(fullTitle, 100, secretsOf(this.creds));
		return { status, headers, text, json, isJson, title };
	}

	/** Signed request to the API (`path` relative to the API root). */
	async api(
		method: string,
		path: string,
		qs: IDataObject,
		mode: ResolvedAuthMode,
		body?: string,
	): Promise<Reply> {
		const query = buildQueryString(qs);
		const url = `${apiBaseUrl(this.creds)}/${path}${query ? `?${query}` : ''}`;
		const headers: Record<string, string> = body === undefined ? {} : { 'Content-Type': 'application/json' };
		const signed = applyAuth(this.creds, { method, url, headers }, { mode });
		return await this.send(method, signed.url, { headers: signed.headers, body });
	}
}

/** The store's own home URL from the REST index, normalised, when it announces one. */
function homeOf(index: unknown): string | undefined {
	const home = (index as IDataObject | undefined)?.home;
	if (typeof home !== 'string' || home === '') return undefined;
	try {
		return normalizeStoreUrl(home);
	} catch {
		return undefined;
	}
}

/** When WordPress believes its address is http:// while the credential uses https:// (a proxy or CDN in front). */
function httpsNotSeen(index: IDataObject | undefined, creds: WooCredentials, quoted: string): string | undefined {
	const home = homeOf(index);
	if (!home || !/^https:/i.test(creds.url) || home !== creds.url.replace(/^https:/i, 'http:')) return undefined;
	return `WordPress believes its address is ${home} (${quoted}): it does not see that requests come over HTTPS (the store is behind a proxy or CDN that does not pass X-Forwarded-Proto), so WooCommerce ignores Basic Auth and Query String and checks OAuth signatures against the http:// address. Make WordPress aware of HTTPS (WordPress Address and Site Address in Settings > General, and the proxy's X-Forwarded-Proto header), or set the Store URL to ${home} with Authentication "OAuth 1.0a".`;
}

function httpsNotSeenMessage(quoted: string): string {
	return `WordPress does not see that requests come over HTTPS (${quoted}): the store is behind a proxy or CDN that does not pass X-Forwarded-Proto, so WooCommerce ignores Basic Auth and Query String and checks OAuth signatures against the http:// address. Make WordPress aware of HTTPS (the proxy's X-Forwarded-Proto header, or $_SERVER['HTTPS'] = 'on' in wp-config.php); if the store is also reachable over http://, an http:// Store URL with OAuth 1.0a works meanwhile.`;
}

/** Whether an OAuth request signed for the http:// address but sent over https:// is accepted. */
async function signedForHttpWorks(client: StoreClient): Promise<boolean> {
	const { creds } = client;
	const qs = creds.apiVersion === 'wc-api/v3' ? LEGACY_READ_QS : READ_QS;
	const httpUrl = `${apiBaseUrl(creds).replace(/^https:/i, 'http:')}/${READ_PATH}?${buildQueryString(qs)}`;
	const signed = applyAuth(creds, { method: 'GET', url: httpUrl, headers: {} }, { mode: 'oauth1' });
	const reply = await client.send('GET', signed.url.replace(/^http:/i, 'https:'), { headers: signed.headers });
	return isOk(reply);
}

function sameOrigin(a: URL, b: URL): boolean {
	return a.protocol === b.protocol && a.host === b.host;
}

/** Step 1: find the WordPress REST API at <store>/wp-json/ (no credentials). Returns the index when there is one. */
async function discover(client: StoreClient): Promise<IDataObject | undefined> {
	const { creds } = client;
	const root = `${creds.url}/wp-json/`;
	let url = root;
	let reply = await client.send('GET', url);
	for (let hop = 0; hop < 3 && reply.status >= 300 && reply.status < 400; hop++) {
		const location = reply.headers.location;
		if (!location) break;
		const target = new URL(location, url);
		const from = new URL(url);
		if (!sameOrigin(target, from)) {
			let suggestion = `${target.protocol}//${target.host}`;
			try {
				suggestion = normalizeStoreUrl(target.href);
			} catch {
				// keep the origin
			}
			const what = target.host === from.host ? `${from.protocol}// to ${target.protocol}//` : `to ${target.host}`;
			return fail(
				`The store redirects ${what} (HTTP ${reply.status} to ${suggestion}/...). Set the Store URL to ${suggestion} so requests are not redirected (a redirect drops the credentials and the request body).`,
			);
		}
		if (target.pathname.replace(/\/+$/, '') !== new URL(root).pathname.replace(/\/+$/, '')) {
			// Same site, but /wp-json/ sends elsewhere (home page, login page...): the REST API is not routed.
			const page = await client.send('GET', target.href);
			if (advertisesRestRoute(page)) {
				return fail(
					`The store does not serve its REST API at ${root} (HTTP ${reply.status} redirect to ${target.pathname}): it uses "Plain" permalinks, and WooCommerce only accepts API keys on /wp-json/ addresses. ${PERMALINKS}.`,
				);
			}
			if (page.status < 300 && !page.isJson) {
				const login = /wp-login\.php|login/i.test(target.pathname);
				return fail(
					`The store redirects its REST API (${root}) to ${login ? 'its login page' : target.pathname} (HTTP ${reply.status}): a security plugin or the web server blocks the WordPress REST API. Allow the REST API at /wp-json/wc/ for API keys.`,
				);
			}
			reply = page;
			url = target.href;
			break;
		}
		url = target.href;
		reply = await client.send('GET', url);
	}

	if (reply.isJson && reply.status < 300) {
		const index = reply.json as IDataObject;
		const namespaces = Array.isArray(index?.namespaces) ? (index.namespaces as string[]) : undefined;
		// Some plugins trim the index, but it stays an object describing the site.
		const describesSite = !!index && typeof index === 'object' && !Array.isArray(index) && ['name', 'url', 'home', 'routes'].some((key) => key in index);
		if (!namespaces && !describesSite) {
			fail(
				`${root} answered JSON that is not the WordPress REST API index (no site name, no namespaces): this is not a WordPress site, or something in front of it answers for it. Check the Store URL: it must be the address of the WordPress site, with its sub-folder if WordPress is installed in one (e.g. https://example.com/shop).`,
			);
		}
		if (namespaces && creds.apiVersion !== 'wc-api/v3' && !namespaces.includes(creds.apiVersion)) {
			const woo = namespaces.filter((ns) => /^wc\/v\d$/.test(ns));
			if (woo.length === 0) {
				fail(
					`WordPress answers at ${root}, but WooCommerce's REST API is not there (no "${creds.apiVersion}" namespace): check that the WooCommerce plugin is installed and active in WordPress (Plugins).`,
				);
			}
			fail(
				`This store's WooCommerce offers the REST API versions ${woo.join(', ')}, not ${creds.apiVersion}: choose one of them in API Version (wc/v3 is the current one).`,
			);
		}
		return index;
	}
	if (reply.isJson) {
		// A JSON error on the index (e.g. a plugin that requires login for the REST API): the keys may still work.
		return undefined;
	}
	if (reply.status === 200 && advertisesRestRoute(reply)) {
		return fail(
			`The store answers ${root} with its HTML home page instead of the REST API: it uses "Plain" permalinks, so /wp-json/ is not routed and WooCommerce never checks API keys. ${PERMALINKS}.`,
		);
	}
	return fail(pageVerdict(reply, root, 'discover'));
}

/** A sentence for a non-JSON answer. */
function pageVerdict(reply: Reply, where: string, step: 'discover' | 'api'): string {
	const noise = phpNoise(reply);
	if (noise) {
		return `${where} answered HTTP ${reply.status} with PHP messages ("${noise}") printed before or instead of the JSON, so no client can read it. Turn off the display of PHP errors on the store (WP_DEBUG_DISPLAY false in wp-config.php), and fix the plugin or theme that causes them.`;
	}
	const what = `${where} answered ${describePage(reply)} instead of JSON`;
	if (looksLikeFirewall(reply)) {
		return `${what}: a firewall, CAPTCHA or bot protection is blocking n8n. Allow n8n's IP address (or the /wp-json/ path) in the firewall, CDN or security plugin.`;
	}
	if (reply.status === 503 || looksLikeMaintenance(reply)) {
		return `${what}: the store seems to be in maintenance mode. Try again when the store is back online.`;
	}
	if (advertisesRestRoute(reply)) {
		return `${what}: the store uses "Plain" permalinks, so /wp-json/ is not routed and WooCommerce never checks API keys. ${PERMALINKS}.`;
	}
	if (reply.status === 404 && step === 'discover') {
		const wordpress = advertisesWpJson(reply);
		return wordpress
			? `${what}: this is a WordPress site, but its REST API is disabled or blocked at /wp-json/ (by a plugin or the web server). Allow the REST API for /wp-json/wc/.`
			: `${what}: there is no WordPress REST API at this address. Check the Store URL: it must be the address of the WordPress site, with its sub-folder if WordPress is installed in one (e.g. https://example.com/shop).`;
	}
	if (reply.status >= 500) {
		return `${what}: the store has a server error. Check the store's error log, then try again.`;
	}
	return `${what}. Check the Store URL: it must be the address of the WordPress site, with its sub-folder if WordPress is installed in one (e.g. https://example.com/shop).`;
}

function modeName(creds: WooCredentials, mode: ResolvedAuthMode): string {
	return creds.authentication === 'auto' ? `${AUTH_MODE_LABELS[mode]} (Automatic)` : AUTH_MODE_LABELS[mode];
}

const READ_PATH = 'products';
const NONCE_USED = /invalid nonce|nonce has already been used/i;
const READ_QS: IDataObject = { per_page: 1, _fields: 'id' };
const LEGACY_READ_QS: IDataObject = { filter: { limit: 1 }, fields: 'id' };

function readProbe(client: StoreClient, mode: ResolvedAuthMode): Promise<Reply> {
	const legacy = client.creds.apiVersion === 'wc-api/v3';
	return client.api('GET', READ_PATH, legacy ? LEGACY_READ_QS : READ_QS, mode);
}

/** A record as a list returns it: an object with a numeric ID. */
function isRecord(entry: unknown): boolean {
	return !!entry && typeof entry === 'object' && typeof (entry as IDataObject).id === 'number';
}

/**
 * Whether the read probe got WooCommerce's answer: a list of records with IDs (`{products: [...]}` on the legacy API).
 * Anything answering 200 JSON to every request (`{}`, `[]` for a record) must not pass for a store.
 */
function isOk(reply: Reply): boolean {
	if (reply.status < 200 || reply.status >= 300 || !reply.isJson) return false;
	const list = Array.isArray(reply.json) ? reply.json : (reply.json as IDataObject | undefined)?.products;
	return Array.isArray(list) && list.every(isRecord);
}

function messageIs(error: WooError | undefined, pattern: RegExp): boolean {
	return !!error && pattern.test(error.message);
}

/** Step 2: an authenticated read; on failure, compare modes and explain. Returns the mode that works. */
async function checkRead(client: StoreClient, index: IDataObject | undefined): Promise<ResolvedAuthMode> {
	const { creds } = client;
	const mode = resolveAuthMode(creds, creds.url);
	const endpoint = `${apiBaseUrl(creds)}/${READ_PATH}`;
	let reply = await readProbe(client, mode);
	let error = wooError(reply);
	if (mode === 'oauth1' && messageIs(error, NONCE_USED)) {
		reply = await readProbe(client, mode);
		error = wooError(reply);
	}
	if (isOk(reply)) return mode;
	if (reply.isJson && reply.status >= 200 && reply.status < 300) {
		return fail(
			`${endpoint} answered HTTP ${reply.status} with JSON that is not a WooCommerce product list (no records with IDs), so the key could not be checked: something other than WooCommerce answers at this address. Check the Store URL and the API Version.`,
		);
	}

	if (!reply.isJson) {
		if (reply.status >= 300 && reply.status < 400) {
			return fail(
				`The store redirects its API (${endpoint} answered HTTP ${reply.status}): it uses "Plain" permalinks, so /wp-json/ is not routed and WooCommerce never checks API keys. ${PERMALINKS}.`,
			);
		}
		return fail(pageVerdict(reply, endpoint, 'api'));
	}

	const legacy = creds.apiVersion === 'wc-api/v3';
	const message = error?.message ?? '';
	const quoted = quoteError(error, reply);

	if (/consumer secret is invalid/i.test(message) && !legacy) {
		return fail(
			`The Consumer Secret does not belong to this Consumer Key (${quoted}). Paste the secret of the same key again; if it is lost, create a new key in ${KEYS_PAGE} (the secret is shown only once).`,
		);
	}
	if (/consumer key is invalid/i.test(message)) {
		return fail(
			`The store does not know this Consumer Key (${quoted}). Check that you pasted the whole key (ck_...) and that it still exists in ${KEYS_PAGE} of this site (a staging copy has its own keys).`,
		);
	}
	if (/read permissions/i.test(message)) {
		return fail(
			`The key is "Write" only, so reading fails (${quoted}). Change its Permissions to "Read/Write" in ${KEYS_PAGE}.`,
		);
	}
	if (/missing oauth parameter|parameter is missing/i.test(message) || error?.code === 'woocommerce_rest_authentication_missing_parameter') {
		return fail(
			`The store did not receive every OAuth parameter (${quoted}): a proxy, cache or security plugin removes query parameters from the URL. Let the oauth_* parameters through, or use an https:// Store URL with Basic Auth.`,
		);
	}
	if (/signature method/i.test(message)) {
		return fail(`The store refused the OAuth signature method ${creds.signatureMethod} (${quoted}): choose HMAC-SHA256.`);
	}
	if (/timestamp/i.test(message)) {
		const storeDate = reply.headers.date ? Date.parse(reply.headers.date) : NaN;
		const skew = Number.isNaN(storeDate) ? undefined : Math.round((storeDate - Date.now()) / 60000);
		const clocks =
			skew !== undefined && Math.abs(skew) >= 10
				? ` The store's clock is about ${Math.abs(skew)} minutes ${skew > 0 ? 'ahead of' : 'behind'} n8n's.`
				: '';
		return fail(
			`The store refused the OAuth timestamp (${quoted}): the clocks of n8n and the store differ by more than 15 minutes.${clocks} Set the correct time (e.g. with NTP) on the machine whose clock is wrong.`,
		);
	}
	if (NONCE_USED.test(message)) {
		return fail(
			`The store refused the OAuth nonce as already used, even for a new one (${quoted}): a proxy or cache between n8n and the store seems to replay requests. Exclude /wp-json/ from caching.`,
		);
	}
	if (/signature/i.test(message)) {
		const notSeen = httpsNotSeen(index, creds, quoted);
		if (notSeen) return fail(notSeen);
		if (/^https:/i.test(creds.url) && (await signedForHttpWorks(client))) return fail(httpsNotSeenMessage(quoted));
		const home = homeOf(index);
		if (home && home !== creds.url) {
			return fail(
				`The store refused the OAuth signature (${quoted}) because it signs with its own address, ${home}, not ${creds.url}. Set the Store URL to ${home}.`,
			);
		}
		if (/^https:/i.test(creds.url)) {
			const basic = await readProbe(client, 'basic');
			if (isOk(basic)) {
				return fail(
					`The store refused the OAuth signature (${quoted}), but Basic Auth works with the same key: set Authentication to "Basic Auth" (or "Automatic"). A proxy in front of the store probably changes the address or the query string.`,
				);
			}
			if (messageIs(wooError(basic), /consumer secret is invalid/i)) {
				return fail(
					`The Consumer Secret does not belong to this Consumer Key (the OAuth signature was refused, and Basic Auth answers "Consumer secret is invalid."). Paste the secret of the same key again, or create a new key in ${KEYS_PAGE}.`,
				);
			}
		}
		return fail(
			`The store refused the OAuth signature (${quoted}). Most likely the Consumer Secret is wrong: paste it again (or create a new key in ${KEYS_PAGE}). Otherwise the Store URL differs from the WordPress address (Settings > General), or a proxy changes the address or the query string.`,
		);
	}

	if (reply.status === 404 && (error?.code === 'rest_no_route' || error?.code === 'woocommerce_api_no_route')) {
		if (legacy) {
			return fail(
				`The store has no legacy REST API at ${apiBaseUrl(creds)} (${quoted}): install and activate the "WooCommerce Legacy REST API" plugin, or choose API Version wc/v3.`,
			);
		}
		return fail(
			`WordPress answers, but WooCommerce's REST API is not there (${quoted} for ${endpoint}): check that the WooCommerce plugin is installed and active in WordPress (Plugins).`,
		);
	}

	if (reply.status === 403) {
		return fail(
			`The key is valid, but its WordPress user may not read the store's data (${quoted}). Create the key for a user with the Administrator or Shop Manager role.`,
		);
	}

	if (reply.status === 401 && (mode === 'basic' || mode === 'queryString')) {
		// WooCommerce ignored the key: unknown key, a stripped Authorization header, or WordPress not seeing HTTPS.
		const other: ResolvedAuthMode = mode === 'basic' ? 'queryString' : 'basic';
		const second = await readProbe(client, other);
		if (isOk(second)) {
			if (mode === 'basic') {
				return fail(
					`The store (or a proxy in front of it) removes the Authorization header, so Basic Auth never reaches WooCommerce (${quoted}). Query String authentication works with the same key: set Authentication to "Query String".`,
				);
			}
			return fail(
				`The store ignores consumer_key/consumer_secret in the URL (${quoted}), but Basic Auth works with the same key: set Authentication to "Basic Auth" (or "Automatic").`,
			);
		}
		if (messageIs(wooError(second), /consumer secret is invalid/i)) {
			return fail(
				`The Consumer Secret does not belong to this Consumer Key (${quoted} with ${AUTH_MODE_LABELS[mode]}, "Consumer secret is invalid." with ${AUTH_MODE_LABELS[other]}). Paste the secret of the same key again, or create a new key in ${KEYS_PAGE}.`,
			);
		}
		const notSeen = httpsNotSeen(index, creds, quoted);
		if (notSeen) return fail(notSeen);
		const oauth = await readProbe(client, 'oauth1');
		const oauthError = wooError(oauth);
		if (messageIs(oauthError, /consumer key is invalid/i)) {
			return fail(
				`The store does not know this Consumer Key (${quoted}; with OAuth 1.0a: "Consumer key is invalid."). Check that you pasted the whole key (ck_...) and that it still exists in ${KEYS_PAGE} of this site.`,
			);
		}
		if (isOk(oauth)) {
			return fail(
				`WooCommerce ignores Basic Auth and Query String here (${quoted}) because WordPress does not see the request as HTTPS (the store is behind a proxy or CDN that does not pass X-Forwarded-Proto). OAuth 1.0a works with the same key: set Authentication to "OAuth 1.0a".`,
			);
		}
		if (messageIs(oauthError, /signature/i) && (await signedForHttpWorks(client))) {
			return fail(httpsNotSeenMessage(quoted));
		}
		return fail(
			`WooCommerce did not accept the key (${quoted}): the key may not exist on this site, or WordPress does not see the request as HTTPS. Check the key in ${KEYS_PAGE}, or try Authentication "OAuth 1.0a".`,
		);
	}

	if (reply.status === 401 && mode === 'oauth1') {
		return fail(
			`WooCommerce did not check the key (${quoted}): the OAuth parameters did not reach it. A proxy, cache or security plugin may remove query parameters, or the store is not served at /wp-json/. ${PERMALINKS}, and exclude /wp-json/ from caching.`,
		);
	}

	if (reply.status >= 500) {
		return fail(`The store answered ${quoted} for ${endpoint}: it has a server error. Check the store's error log, then try again.`);
	}
	return fail(`The store answered ${quoted} for ${endpoint}; the key could not be checked.`);
}

/** Step 3: a write that changes nothing (an empty batch): 401 for a read-only key. */
async function checkWrite(client: StoreClient, mode: ResolvedAuthMode): Promise<'write' | 'readOnly' | 'noEditRole' | 'unknown'> {
	const legacy = client.creds.apiVersion === 'wc-api/v3';
	const reply = legacy
		? await client.api('POST', 'products/bulk', {}, mode, JSON.stringify({ products: [] }))
		: await client.api('POST', 'products/batch', {}, mode, '{}');
	const error = wooError(reply);
	if (messageIs(error, /write permissions/i)) return 'readOnly';
	if (reply.status === 403) return 'noEditRole';
	if ((reply.status >= 200 && reply.status < 300) || reply.status === 400) return 'write';
	return 'unknown';
}

/** The diagnosis itself, for any `request` function shaped like n8n's `this.helpers.request`. */
export async function testWooCommerceCredential(
	request: LegacyRequest,
	data: ICredentialDataDecryptedObject,
	options: CredentialTestOptions = {},
): Promise<INodeCredentialTestResult> {
	let creds: WooCredentials;
	try {
		creds = readCredentials(data);
	} catch (error) {
		return { status: 'Error', message: scrubSecrets((error as Error).message) };
	}
	const scrub = (message: string) => scrubSecrets(message, creds);
	try {
		const mode = resolveAuthMode(creds, creds.url);
		if ((mode === 'basic' || mode === 'queryString') && !/^https:/i.test(creds.url)) {
			return { status: 'Error', message: scrub(plainHttpRefusal(mode)) };
		}
		const client = new StoreClient(request, creds, options.timeoutMs ?? 20000);
		let index: IDataObject | undefined;
		if (creds.apiVersion === 'wc-api/v3') {
			const reply = await client.send('GET', `${apiBaseUrl(creds)}/`);
			if (!reply.isJson || reply.status >= 300) {
				if (reply.isJson || reply.status === 404) {
					fail(
						`The store has no legacy REST API at ${apiBaseUrl(creds)} (${reply.isJson ? quoteError(wooError(reply), reply) : describePage(reply)}): install and activate the "WooCommerce Legacy REST API" plugin, or choose API Version wc/v3.`,
					);
				}
				fail(pageVerdict(reply, `${apiBaseUrl(creds)}/`, 'api'));
			}
			const store = (reply.json as IDataObject | undefined)?.store;
			if (!store || typeof store !== 'object') {
				fail(
					`${apiBaseUrl(creds)}/ answered JSON that is not the legacy REST API's index (no "store"): something other than the "WooCommerce Legacy REST API" plugin answers there. Check the Store URL, or choose API Version wc/v3.`,
				);
			}
		} else {
			index = await discover(client);
		}
		const used = await checkRead(client, index);
		const write = await checkWrite(client, used);
		const how = `${creds.apiVersion === 'wc-api/v3' ? 'legacy REST API wc-api/v3' : `REST API ${creds.apiVersion}`}, ${modeName(creds, used)}`;
		if (write === 'readOnly') {
			return {
				status: 'OK',
				message: scrub(
					`Connected (${how}), but the key is read-only: reading works, writing will fail. Create a Read/Write key in ${KEYS_PAGE} if your workflows create, update or delete anything.`,
				),
			};
		}
		if (write === 'noEditRole') {
			return {
				status: 'OK',
				message: scrub(
					`Connected (${how}). Reading works, but the key's WordPress user may not edit products: writing will fail. Use a key of an Administrator or Shop Manager.`,
				),
			};
		}
		if (write === 'unknown') {
			return { status: 'OK', message: scrub(`Connected (${how}). Reading works; write access could not be checked.`) };
		}
		return { status: 'OK', message: scrub(`Connected (${how}): the key can read and write.`) };
	} catch (error) {
		if (error instanceof Verdict) return { status: error.ok ? 'OK' : 'Error', message: scrub(error.message) };
		return { status: 'Error', message: scrub(`The credential test failed: ${(error as Error).message ?? String(error)}`) };
	}
}

/** `methods.credentialTest.wooCommerceRestApiTest` of the WooCommerce nodes. */
export async function wooCommerceRestApiTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	// ICredentialTestFunctions offers no other helper than `request` (no httpRequest), hence the exception.
	// eslint-disable-next-line @n8n/community-nodes/no-deprecated-workflow-functions
	const request: LegacyRequest = async (options) => await this.helpers.request(options);
	return await testWooCommerceCredential(request, credential.data ?? {});
}
