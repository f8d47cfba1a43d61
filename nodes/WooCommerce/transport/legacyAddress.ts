/**
 * Where the legacy API (`wc-api/v3`) is asked. The plugin serves `/wc-api/v3/<route>` through a rewrite rule, which a
 * store with "Plain" permalinks does not have; it serves the same API at `index.php?wc-api-version=3&wc-api-route=/<route>`
 * on every permalink setting (WC_Legacy_API::handle_rest_api_requests reads both from $_GET). The node always uses that
 * form, so a legacy credential works whatever the permalinks. WooCommerce still checks an OAuth signature against
 * `<home>/wc-api/v3/<route>`, with every GET parameter, these two included.
 */
import { rfc3986Encode } from './phpQuery';

const PRETTY = /^(.*)\/wc-api\/v([1-3])(\/[^?#]*)?$/;
const ENTRY = /\/(index\.php)?$/;

/** `https://shop/wc-api/v3/products?a=1` → `https://shop/index.php?wc-api-version=3&wc-api-route=/products&a=1`. */
export function legacyQueryFormUrl(prettyUrl: string): string {
	const at = prettyUrl.indexOf('?');
	const address = at < 0 ? prettyUrl : prettyUrl.slice(0, at);
	const query = at < 0 ? '' : prettyUrl.slice(at + 1);
	const match = PRETTY.exec(address);
	if (!match) return prettyUrl;
	const [, home, version, route] = match;
	const encodedRoute = (route || '/')
		.split('/')
		.map((segment) => rfc3986Encode(decodeSegment(segment)))
		.join('/');
	return `${home}/index.php?wc-api-version=${version}&wc-api-route=${encodedRoute}${query ? `&${query}` : ''}`;
}

/**
 * The address WooCommerce builds the OAuth base string from for a request in the query form (`<home>/wc-api/v3<route>`,
 * the query as sent), or undefined for any other URL.
 */
export function legacySigningUrl(url: string): string | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return undefined;
	}
	if (!ENTRY.test(parsed.pathname)) return undefined;
	const version = parsed.searchParams.get('wc-api-version');
	const route = parsed.searchParams.get('wc-api-route');
	if (!version || !/^[1-3]$/.test(version) || !route) return undefined;
	const home = parsed.pathname.replace(ENTRY, '');
	const at = url.indexOf('?');
	return `${parsed.protocol}//${parsed.host}${home}/wc-api/v${version}${route.startsWith('/') ? route : `/${route}`}${url.slice(at)}`;
}

function decodeSegment(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}
