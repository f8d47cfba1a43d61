/**
 * What a store owner reads when the store refuses the credential: one sentence per symptom, shared by the
 * credential's "Test" button (its declarative rules, below) and every node request (transport/diagnosis.ts).
 * Each sentence says what is wrong and what to change; the node error's description adds the store's own answer.
 */
import type { IAuthenticateRuleResponseSuccessBody } from 'n8n-workflow';

export const KEYS_PAGE = 'WooCommerce > Settings > Advanced > REST API';
export const PERMALINKS =
	'In WordPress go to Settings > Permalinks, choose anything but "Plain" (e.g. "Post name") and save, or keep Plain permalinks and use the legacy API: install the "WooCommerce Legacy REST API" plugin and set API Version to wc-api/v3 (legacy), which works with any permalinks';

export const CREDENTIAL_SENTENCES = {
	wrongSecret: `The Consumer Secret does not belong to this Consumer Key. Paste the secret of the same key again; if it is lost, create a new key in ${KEYS_PAGE} (the secret is shown only once).`,
	unknownKey: `The store does not know this Consumer Key. Check that you pasted the whole key (ck_...) and that it still exists in ${KEYS_PAGE} of this site (a staging copy has its own keys).`,
	writeOnlyKey: `The key is "Write" only, so reading fails. Change its Permissions to "Read/Write" in ${KEYS_PAGE}.`,
	readOnlyKey: `This is a read-only key: create a Read/Write key in ${KEYS_PAGE} and use it in the credential.`,
	oauthParametersRemoved:
		'The store did not receive every OAuth parameter: a proxy, cache or security plugin removes query parameters from the URL. Let the oauth_* parameters through, or use an https:// Store URL with Basic Auth.',
	signatureMethod: 'The store refused the OAuth signature method: choose HMAC-SHA256.',
	timestamp:
		'The store refused the OAuth timestamp: the clocks of n8n and the store differ by more than 15 minutes. Set the correct time (e.g. with NTP) on the machine whose clock is wrong.',
	nonceReplayed:
		'The store refused the OAuth nonce as already used, even for a new one: a proxy or cache between n8n and the store seems to replay requests. Exclude /wp-json/ from caching.',
	oauthSignature: `The store refused the OAuth signature. Most likely the Consumer Secret is wrong: paste it again (or create a new key in ${KEYS_PAGE}). Otherwise the Store URL differs from the WordPress address (Settings > General), or a proxy changes the address or the query string.`,
	keyNotAccepted: `WooCommerce did not accept the key: the key may not exist on this site (check it in ${KEYS_PAGE}), the web server may remove the Authorization header (then Authentication "Query String" works), WordPress may not see the request as HTTPS (then "OAuth 1.0a" works), or, with OAuth 1.0a, a proxy or "Plain" permalinks keep the oauth_* parameters from WooCommerce.`,
	oauthNotChecked: `WooCommerce did not check the key: the OAuth parameters did not reach it. A proxy, cache or security plugin may remove query parameters, or the store is not served at /wp-json/. ${PERMALINKS}, and exclude /wp-json/ from caching.`,
	noReadPermission:
		"The key is valid, but its WordPress user may not read the store's data. Create the key for a user with the Administrator or Shop Manager role.",
	noWooCommerce:
		"WordPress answers, but WooCommerce's REST API is not there: check that the WooCommerce plugin is installed and active in WordPress (Plugins), and that it offers the API Version chosen in the credential (wc/v3 is the current one).",
	noLegacyApi:
		'The store has no legacy REST API: install and activate the "WooCommerce Legacy REST API" plugin, or choose API Version wc/v3.',
	webPage: `The store answered with a web page instead of WooCommerce's API. Most often the store uses "Plain" permalinks (${PERMALINKS}); otherwise a firewall, CAPTCHA or maintenance mode blocks n8n, or the Store URL is not the address of the WordPress site. Run any WooCommerce node with this credential to see which.`,
	serverError: "The store has a server error. Check the store's error log (WooCommerce > Status > Logs), then try again.",
	notWooCommerce:
		'The store did not answer like WooCommerce: something other than WooCommerce answers at this address. Check the Store URL (the address of the WordPress site, with its sub-folder if WordPress is installed in one, e.g. https://example.com/shop) and the API Version.',
} as const;

export type CredentialSymptom = keyof typeof CREDENTIAL_SENTENCES;

/** The sentence for what WooCommerce said when it refused a key, when its words alone tell the cause. */
export function sentenceForRefusal(code: string | undefined, message: string): string | undefined {
	const text = message.toLowerCase();
	if (text.includes('write permission')) return CREDENTIAL_SENTENCES.readOnlyKey;
	if (text.includes('read permission')) return CREDENTIAL_SENTENCES.writeOnlyKey;
	if (text.includes('consumer secret is invalid')) return CREDENTIAL_SENTENCES.wrongSecret;
	if (text.includes('consumer key is invalid')) return CREDENTIAL_SENTENCES.unknownKey;
	if (code === 'woocommerce_rest_authentication_missing_parameter' || /missing oauth parameter|oauth_\w+ parameter is missing/.test(text)) {
		return CREDENTIAL_SENTENCES.oauthParametersRemoved;
	}
	if (text.includes('signature method')) return CREDENTIAL_SENTENCES.signatureMethod;
	if (text.includes('invalid signature')) return CREDENTIAL_SENTENCES.oauthSignature;
	if (text.includes('timestamp')) return CREDENTIAL_SENTENCES.timestamp;
	if (/invalid nonce|nonce has already been used/.test(text)) return CREDENTIAL_SENTENCES.nonceReplayed;
	return undefined;
}

const rule = (key: string, value: unknown, symptom: CredentialSymptom): IAuthenticateRuleResponseSuccessBody => ({
	type: 'responseSuccessBody',
	properties: { key, value, message: CREDENTIAL_SENTENCES[symptom] },
});

/** WooCommerce's messages, as sent by wc/v1-v3 (`message`) and the legacy API (`errors[0].message`). */
const MESSAGES: Array<[string, CredentialSymptom]> = [
	['Consumer secret is invalid.', 'wrongSecret'],
	['Consumer Secret is invalid.', 'wrongSecret'],
	['Consumer key is invalid.', 'unknownKey'],
	['Consumer Key is invalid.', 'unknownKey'],
	['Invalid signature - provided signature does not match.', 'oauthSignature'],
	['Invalid signature - signature method is invalid.', 'signatureMethod'],
	['Invalid timestamp.', 'timestamp'],
	['Invalid nonce - nonce has already been used.', 'nonceReplayed'],
	['The API key provided does not have read permissions.', 'writeOnlyKey'],
];

/**
 * The "Test" button's rules, first match wins. The test answer (errors included) is the first item n8n makes of the
 * body: a category (or the legacy `{count}`) when all is well, WooCommerce's error object, or the text of a page.
 */
export const CREDENTIAL_TEST_RULES: IAuthenticateRuleResponseSuccessBody[] = [
	// A page's text is a string: its first character is the "<" of the HTML.
	rule('0', '<', 'webPage'),
	...MESSAGES.flatMap(([message, symptom]) => [rule('message', message, symptom), rule('errors.0.message', message, symptom)]),
	rule('code', 'woocommerce_rest_authentication_missing_parameter', 'oauthParametersRemoved'),
	rule('data.status', 403, 'noReadPermission'),
	rule('code', 'woocommerce_rest_cannot_view', 'keyNotAccepted'),
	rule('errors.0.code', 'woocommerce_api_authentication_error', 'keyNotAccepted'),
	rule('code', 'rest_no_route', 'noWooCommerce'),
	rule('errors.0.code', 'woocommerce_api_no_route', 'noLegacyApi'),
	rule('data.status', 500, 'serverError'),
	rule('count', undefined, 'notWooCommerce'),
];
