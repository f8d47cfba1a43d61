import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { CREDENTIAL_TEST_RULES } from '../nodes/WooCommerce/transport/credentialSentences';
import { apiBaseUrl, readCredentials } from '../nodes/WooCommerce/transport/credentials';
import { legacyQueryFormUrl } from '../nodes/WooCommerce/transport/legacyAddress';
import { appendQuery, buildQueryString } from '../nodes/WooCommerce/transport/phpQuery';
import { applyAuth } from '../nodes/WooCommerce/transport/auth';

/** Request options as n8n hands them to `authenticate`: IHttpRequestOptions, or the legacy request shape. */
type AnyRequestOptions = IHttpRequestOptions & {
	uri?: string;
	form?: IDataObject | string;
	rejectUnauthorized?: boolean;
};

function joinUrl(baseURL: string, url: string): string {
	if (!url) return baseURL;
	return `${baseURL.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
}

function headerValue(headers: IDataObject | undefined, name: string): string | undefined {
	if (!headers) return undefined;
	const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
	return key === undefined ? undefined : String(headers[key]);
}

export class WooCommerceRestApi implements ICredentialType {
	name = 'wooCommerceRestApi';

	displayName = 'WooCommerce REST API';

	documentationUrl = 'https://woocommerce.github.io/woocommerce-rest-api-docs/';

	icon: Icon = { light: 'file:woocommerce.svg', dark: 'file:woocommerce.dark.svg' };

	properties: INodeProperties[] = [
		{
			displayName:
				'Create a key in WordPress under WooCommerce > Settings > Advanced > REST API > Add key, with Permissions "Read/Write" (a "Read" key can only read). Copy the consumer key and secret right away: WooCommerce shows the secret only once.',
			name: 'notice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Store URL',
			name: 'url',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. https://example.com',
			description:
				'Address of the WordPress site that runs WooCommerce, with its sub-folder if WordPress lives in one (e.g. https://example.com/shop). Use the exact address set in WordPress under Settings > General, with https:// if the store has it. A pasted /wp-json/... or /wp-admin/... address is trimmed to the store address.',
		},
		{
			displayName: 'Consumer Key',
			name: 'consumerKey',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. ck_1a2b3c...',
			description: 'The "Consumer key" of the REST API key (starts with ck_)',
		},
		{
			displayName: 'Consumer Secret',
			name: 'consumerSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The "Consumer secret" of the REST API key (starts with cs_)',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			default: 'auto',
			options: [
				{
					name: 'Automatic',
					value: 'auto',
					description:
						'Basic Auth for an https:// store, OAuth 1.0a for an http:// store. Right for most stores.',
				},
				{
					name: 'Basic Auth',
					value: 'basic',
					description:
						'Sends the key in an Authorization header. HTTPS only: WooCommerce ignores it over plain HTTP.',
				},
				{
					name: 'Query String',
					value: 'queryString',
					description:
						'Sends the key as consumer_key/consumer_secret URL parameters. HTTPS only. For servers that remove the Authorization header (the credential test tells you).',
				},
				{
					name: 'OAuth 1.0a',
					value: 'oauth1',
					description:
						'Signs every request; the secret is never sent. The only mode that works over plain HTTP; also works over HTTPS.',
				},
			],
			description: 'How the key is sent to the store',
		},
		{
			displayName: 'Signature Method',
			name: 'signatureMethod',
			type: 'options',
			default: 'HMAC-SHA256',
			options: [
				{ name: 'HMAC-SHA256', value: 'HMAC-SHA256' },
				{ name: 'HMAC-SHA1', value: 'HMAC-SHA1' },
			],
			displayOptions: { show: { authentication: ['oauth1', 'auto'] } },
			description:
				'OAuth 1.0a signature algorithm (used over http:// in Automatic mode). WooCommerce accepts both.',
		},
		{
			displayName: 'API Version',
			name: 'apiVersion',
			type: 'options',
			default: 'wc/v3',
			options: [
				{ name: 'wc/v3 (Recommended)', value: 'wc/v3' },
				{ name: 'wc/v2', value: 'wc/v2' },
				{ name: 'wc/v1', value: 'wc/v1' },
				{
					name: 'wc-api/v3 (Legacy REST API Plugin)',
					value: 'wc-api/v3',
					description:
						'Only with the "WooCommerce Legacy REST API" plugin; it sees no orders on stores with High-Performance Order Storage',
				},
			],
			description: 'REST API the nodes call. Keep wc/v3 unless you have a reason to change it.',
		},
		// Not named after "certs": n8n's scanner treats any field whose name contains "cert" as a secret.
		{
			displayName: 'Ignore SSL Issues (Insecure)',
			name: 'ignoreSslIssues',
			type: 'boolean',
			default: false,
			description:
				"Whether to connect even if the store's TLS certificate cannot be verified, e.g. a self-signed certificate on a staging store",
		},
	];

	/**
	 * n8n's "Test" button: one signed read through `authenticate` (every auth mode, the normalised Store URL, the API
	 * version). wc/v1-v3 read one product category (a store always has its default one), the legacy API the product
	 * count: both answers have a `count`. Errors come back as answers, so the rules can read WooCommerce's own code and
	 * message; the first rule that matches gives the sentence. Node requests give the full diagnosis (transport/diagnosis.ts).
	 */
	test: ICredentialTestRequest = {
		request: {
			url: '={{ $credentials.apiVersion === "wc-api/v3" ? "products/count" : "products/categories" }}',
			qs: { per_page: 1 },
			ignoreHttpStatusErrors: true,
		},
		rules: CREDENTIAL_TEST_RULES,
	};

	/**
	 * Signs a request for the store: folds `qs` into the URL (so an OAuth signature covers exactly what is sent),
	 * then applies Basic, Query String or OAuth 1.0a. Works for the WooCommerce nodes and for the HTTP Request
	 * node's "predefined credential type" (absolute `url`/`uri`, or `baseURL` + `url`).
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const creds = readCredentials(credentials);
		const options: AnyRequestOptions = { ...(requestOptions as AnyRequestOptions) };
		const usesUri = !options.url && typeof options.uri === 'string';
		let url = String((usesUri ? options.uri : options.url) ?? '');
		if (!/^https?:\/\//i.test(url)) {
			// Relative to the API root; the legacy API is asked through index.php (any permalinks, see legacyAddress.ts).
			url = options.baseURL ? joinUrl(options.baseURL, url) : legacyQueryFormUrl(joinUrl(apiBaseUrl(creds), url));
		}
		if (options.qs && Object.keys(options.qs).length > 0) {
			url = appendQuery(url, buildQueryString(options.qs));
		}
		delete options.qs;
		delete options.baseURL;

		const method = String(options.method ?? 'GET').toUpperCase();
		let formBody: Record<string, string> | undefined;
		const isForm = (headerValue(options.headers, 'content-type') ?? '').includes(
			'application/x-www-form-urlencoded',
		);
		const formSource = options.form !== undefined ? 'form' : isForm ? 'body' : undefined;
		if (formSource) {
			// Send the form body in a form we can sign exactly (PHP-style names, RFC 3986 encoding).
			const value = options[formSource];
			const text =
				typeof value === 'string'
					? value
					: value instanceof URLSearchParams
						? value.toString()
						: value && typeof value === 'object'
							? buildQueryString(value as IDataObject)
							: '';
			options[formSource] = text as never;
			formBody = {};
			for (const [name, field] of new URLSearchParams(text)) formBody[name] = field;
		}

		const headers: Record<string, string> = {};
		for (const [name, value] of Object.entries(options.headers ?? {})) {
			if (value !== undefined && value !== null) headers[name] = String(value);
		}
		const signed = applyAuth(creds, { method, url, headers, formBody });
		if (usesUri) options.uri = signed.url;
		else options.url = signed.url;
		options.headers = signed.headers;
		if (creds.allowUnauthorizedCerts) {
			options.skipSslCertificateValidation = true;
			options.rejectUnauthorized = false;
		}
		return options;
	}
}
