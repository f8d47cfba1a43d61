/**
 * Can WordPress deliver webhooks to this URL?
 *
 * WordPress sends webhooks with `wp_safe_remote_post`, whose `wp_http_validate_url` refuses
 * (on a real store the webhook is created with 201 and then never delivered, and gets
 * disabled after 7 failures):
 * - schemes other than http/https, URLs with user:password, IPv6 literal hosts;
 * - ports other than 80, 443 and 8080, unless the host is the site's own host and the port is
 *   the site's own port;
 * - hosts that are loopback (127/8), private (10/8, 172.16/12, 192.168/16) or 0/8 — directly or
 *   through DNS (e.g. `localhost`) — unless the host is the site's own host.
 * We cannot resolve DNS from a node, so only literal addresses and `localhost` are recognised.
 */

export const WORDPRESS_SAFE_PORTS = [80, 443, 8080];

export type DeliveryUrlCheck =
	| { ok: true; warning?: string }
	| { ok: false; reason: string };

function isIpv4(host: string): boolean {
	return /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(host);
}

function isLocalIpv4(host: string): boolean {
	const parts = host.split('.').map((p) => Number(p));
	const [a, b] = parts;
	return (
		a === 127 || a === 10 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)
	);
}

function isLocalName(host: string): boolean {
	return host === 'localhost' || host.endsWith('.localhost');
}

function effectivePort(url: URL): number {
	if (url.port) return Number(url.port);
	return url.protocol === 'https:' ? 443 : 80;
}

/**
 * @param webhookUrl the URL n8n gives for this trigger (`getNodeWebhookUrl('default')`)
 * @param storeUrl the store's home URL from the credential
 */
export function checkDeliveryUrl(webhookUrl: string, storeUrl: string): DeliveryUrlCheck {
	let url: URL;
	try {
		url = new URL(webhookUrl);
	} catch {
		return { ok: false, reason: `n8n's webhook URL "${webhookUrl}" is not a valid URL.` };
	}
	let home: URL | undefined;
	try {
		home = new URL(storeUrl);
	} catch {
		home = undefined;
	}

	const fix =
		"Make n8n reachable from the store on a public address on port 443 (or 80/8080), e.g. behind a reverse proxy or a tunnel, and set n8n's WEBHOOK_URL to it; or use the WooCommerce Poll Trigger, which needs no inbound connection.";

	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return { ok: false, reason: `WordPress only delivers webhooks over http or https, not to "${url.protocol}" URLs.` };
	}
	if (url.username || url.password) {
		return { ok: false, reason: 'WordPress refuses webhook URLs that contain a user name or password.' };
	}
	const host = url.hostname.toLowerCase().replace(/\.$/, '');
	if (host.startsWith('[')) {
		return {
			ok: false,
			reason: `WordPress refuses webhook URLs with an IPv6 address (${url.host}). ${fix}`,
		};
	}
	const homeHost = home?.hostname.toLowerCase().replace(/\.$/, '');
	const sameHost = homeHost !== undefined && homeHost === host;
	const port = effectivePort(url);
	const homeExplicitPort = home?.port ? Number(home.port) : undefined;

	const portAllowed =
		!url.port ||
		WORDPRESS_SAFE_PORTS.includes(port) ||
		(sameHost && homeExplicitPort !== undefined && homeExplicitPort === port);
	if (!portAllowed) {
		return {
			ok: false,
			reason: `WordPress only delivers webhooks to ports 80, 443 and 8080, but n8n's webhook URL (${url.origin}) uses port ${port}: WooCommerce would accept the webhook and then never deliver it. ${fix}`,
		};
	}

	const local = (isIpv4(host) && isLocalIpv4(host)) || isLocalName(host);
	if (local && !sameHost) {
		return {
			ok: false,
			reason: `WordPress refuses to deliver webhooks to loopback or private addresses (${host}) unless it is the store's own host (${homeHost ?? 'unknown'}): WooCommerce would accept the webhook and then never deliver it. ${fix}`,
		};
	}
	if (local && sameHost) {
		return {
			ok: true,
			warning: `n8n's webhook URL is on the store's own private host (${host}); WordPress allows that, but only this machine can deliver to it.`,
		};
	}
	return { ok: true };
}
