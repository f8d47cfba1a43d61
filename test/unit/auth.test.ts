import { createHmac, randomBytes } from 'crypto';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';

import { apiBaseUrl, normalizeStoreUrl, readCredentials, scrubSecrets, secretsOf, type WooCredentials } from '../../nodes/WooCommerce/transport/credentials';
import { applyAuth, plainHttpRefusal, resolveAuthMode } from '../../nodes/WooCommerce/transport/auth';
import { buildQueryString, rfc3986Encode, stripAuthParams } from '../../nodes/WooCommerce/transport/phpQuery';
import { generateNonce, oauth1Sign } from '../../nodes/WooCommerce/transport/oauth';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const OAuth = require('oauth-1.0a');

/** The real-store OAuth oracle (public test key). Kept next to the repository, or copied into test/fixtures. */
function findOracleDir(): string {
	const candidates = [
		process.env.WOO_OAUTH_ORACLE_DIR,
		resolve(__dirname, '../fixtures/oauth-oracle'),
		resolve(__dirname, '../fixtures/woocommerce-captures/oauth-oracle'),
		resolve(__dirname, '../../../shared/woocommerce-captures/oauth-oracle'),
	].filter((dir): dir is string => !!dir);
	const found = candidates.find((dir) => existsSync(join(dir, '01-get-products-hmac-sha256-query.json')));
	if (!found) throw new Error(`OAuth oracle not found; looked in: ${candidates.join(', ')}`);
	return found;
}

const ORACLE = findOracleDir();
const SECRET = 'cs_published_example_secret';
const KEY = 'ck_published_example_key';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Oracle = any;
const load = (file: string): Oracle => JSON.parse(readFileSync(join(ORACLE, file), 'utf8'));
const accepted = readdirSync(ORACLE).filter((f) => /^\d\d-.*\.json$/.test(f));

function creds(over: Partial<WooCredentials> = {}): WooCredentials {
	return {
		url: 'http://127.0.0.1:8080',
		consumerKey: KEY,
		consumerSecret: SECRET,
		authentication: 'oauth1',
		signatureMethod: 'HMAC-SHA256',
		apiVersion: 'wc/v3',
		allowUnauthorizedCerts: false,
		...over,
	};
}

function formPairs(body: string | null): Array<[string, string]> | undefined {
	if (!body) return undefined;
	return [...new URLSearchParams(body).entries()];
}

function withoutOAuth(url: string): string {
	return stripAuthParams(url);
}

function signFile(f: Oracle, over: { url?: string; nonce?: string; timestamp?: string; body?: string | null } = {}) {
	const extra: Record<string, string> = {};
	if (f.oauth_params?.oauth_version) extra.oauth_version = f.oauth_params.oauth_version;
	return oauth1Sign({
		method: f.method,
		url: over.url ?? f.url_sent,
		consumerKey: KEY,
		consumerSecret: SECRET,
		signatureMethod: f.signature_method,
		formBody: formPairs(over.body !== undefined ? over.body : f.content_type?.includes('form') ? f.body : null),
		nonce: over.nonce ?? f.oauth_params.oauth_nonce,
		timestamp: over.timestamp ?? f.oauth_params.oauth_timestamp,
		extraOAuthParams: extra,
	});
}

describe('OAuth 1.0a signer against the real-store oracle', () => {
	it('finds every accepted case', () => {
		expect(accepted.length).toBeGreaterThanOrEqual(15);
	});

	it.each(accepted)('%s: HMAC of the recorded base string gives the recorded signature', (file) => {
		const f = load(file);
		const algo = f.signature_method === 'HMAC-SHA1' ? 'sha1' : 'sha256';
		expect(createHmac(algo, f.signing_key).update(f.base_string).digest('base64')).toBe(f.signature);
	});

	it.each(accepted)('%s: parameter string, base string and signature byte for byte', (file) => {
		const f = load(file);
		const signed = signFile(f);
		expect(signed.baseUrl).toBe(f.base_url);
		expect(signed.parameterString).toBe(f.parameter_string);
		expect(signed.baseString).toBe(f.base_string);
		expect(signed.signature).toBe(f.signature);
		expect(f.response_status).toBeLessThan(300);
	});

	it.each(accepted.filter((file) => load(file).where === 'query' && !load(file).oauth_params.oauth_version))(
		'%s: applyAuth sends exactly the recorded URL',
		(file) => {
			const f = load(file);
			const form = formPairs(f.content_type?.includes('form') ? f.body : null);
			const out = applyAuth(
				creds({ url: f.store_origin, signatureMethod: f.signature_method }),
				{
					method: f.method,
					url: withoutOAuth(f.url_sent),
					headers: {},
					formBody: form ? Object.fromEntries(form) : undefined,
				},
				{ nonce: f.oauth_params.oauth_nonce, timestamp: Number(f.oauth_params.oauth_timestamp) },
			);
			expect(out.url).toBe(f.url_sent);
			expect(out.headers).toEqual({});
		},
	);

	it('header-mode cases carry the same signature as the Authorization header', () => {
		for (const file of accepted.filter((name) => load(name).where === 'header')) {
			const f = load(file);
			const header: string = f.authorization_header;
			expect(header).toContain(`oauth_signature="${rfc3986Encode(signFile(f).signature)}"`);
		}
	});

	it('15: a form body on PUT is not signed, and signing it gives the refused signature', () => {
		const f = load('15-extra-put-form-body-not-signed-200.json');
		expect(signFile(f).signature).toBe(f.signature);
		const refused = f.same_request_with_body_fields_signed;
		// What a plain RFC 5849 signer does (it signs form fields on any method): the store refused it.
		const asPost = oauth1Sign({
			method: 'POST',
			url: 'http://127.0.0.1:8080/wp-json/wc/v3/products/16',
			consumerKey: KEY,
			consumerSecret: SECRET,
			formBody: formPairs(f.body),
			nonce: refused.oauth_nonce,
			timestamp: refused.oauth_timestamp,
		});
		expect(asPost.parameterString).toBe(refused.parameter_string);
	});

	it('rejected-1: the secret without "&" is the refused signature; the default key is what the store expected', () => {
		const f = load('rejected-1-signing-key-without-ampersand-401.json');
		expect(oauth1Sign({ ...signInput(f), lastAmpersand: false }).signature).toBe(f.signature);
		expect(oauth1Sign(signInput(f)).signature).toBe(f.store_expected.signature);
		expect(f.response_excerpt.message).toBe('Invalid signature - provided signature does not match.');
	});

	it('rejected-2: status[] is signed as status[0], status[1] in the order sent, like the store', () => {
		const f = load('rejected-2-array-literal-brackets-401.json');
		const ours = oauth1Sign(signInput(f));
		expect(ours.parameterString).toBe(f.store_expected.parameter_string);
		expect(ours.baseString).toBe(f.store_expected.base_string);
		expect(ours.signature).toBe(f.store_expected.signature);
		expect(ours.signature).not.toBe(f.signature);
		const ok = f.same_url_signed_the_woocommerce_way;
		const again = oauth1Sign({ ...signInput(f), url: ok.url_sent, nonce: ok.oauth_nonce, timestamp: ok.oauth_timestamp });
		expect(again.signature).toBe(ok.signature);
		expect(ok.response_status).toBe(200);
	});

	it('rejected-3: the base URL is the URL as configured (localhost signs localhost; 127.0.0.1 is what the store expected)', () => {
		const f = load('rejected-3-signed-for-localhost-401.json');
		const localhost = oauth1Sign({ ...signInput(f), url: f.url_sent.replace('127.0.0.1', 'localhost') });
		expect(localhost.baseString).toBe(f.base_string);
		expect(localhost.signature).toBe(f.signature);
		const configured = oauth1Sign(signInput(f));
		expect(configured.baseUrl).toBe(f.store_expected.base_url);
		expect(configured.signature).toBe(f.store_expected.signature);
	});

	it('rejected-4: members of an array keep the order they were sent (postcode before city)', () => {
		const f = load('rejected-4-extra-nested-names-sorted-401.json');
		const ours = oauth1Sign({ ...signInput(f), formBody: formPairs(f.body) });
		expect(ours.signature).not.toBe(f.signature);
		const ok = f.same_body_signed_the_woocommerce_way;
		const again = oauth1Sign({
			...signInput(f),
			url: ok.url_sent,
			formBody: formPairs(ok.body),
			nonce: ok.oauth_nonce,
			timestamp: ok.oauth_timestamp,
		});
		expect(again.parameterString).toBe(ok.parameter_string);
		expect(again.baseString).toBe(ok.base_string);
		expect(again.signature).toBe(ok.signature);
		expect(ok.response_status).toBe(201);
	});

	it('rejected-5: eleven indexed members are signed in the order sent, and byte-ordered members too', () => {
		const f = load('rejected-5-extra-eleven-array-members-401.json');
		expect(oauth1Sign(signInput(f)).signature).not.toBe(f.signature);
		for (const ok of [f.same_url_signed_in_sent_order, f.same_members_sent_in_byte_order]) {
			const again = oauth1Sign({ ...signInput(f), url: ok.url_sent, nonce: ok.oauth_nonce, timestamp: ok.oauth_timestamp });
			expect(again.parameterString).toBe(ok.parameter_string);
			expect(again.signature).toBe(ok.signature);
			expect(ok.response_status).toBe(200);
		}
	});

	it('basic-auth.json: the Basic header is base64(key:secret)', () => {
		const f = load('basic-auth.json');
		const out = applyAuth(creds({ url: f.store_origin, authentication: 'basic' }), {
			method: 'GET',
			url: f.url_sent,
			headers: { Accept: 'application/json' },
		});
		expect(out.headers).toEqual({ Accept: 'application/json', Authorization: f.authorization_header });
		expect(out.url).toBe(f.url_sent);
	});
});

function signInput(f: Oracle) {
	return {
		method: f.method,
		url: f.url_sent,
		consumerKey: KEY,
		consumerSecret: SECRET,
		signatureMethod: f.signature_method,
		nonce: f.oauth_params.oauth_nonce,
		timestamp: f.oauth_params.oauth_timestamp,
	};
}

describe('OAuth 1.0a signer against the oauth-1.0a package', () => {
	// No '.' or space in names: PHP turns them into '_' (tested below), which a standard signer does not know.
	const alphabet = ['a', 'b', 'z', '_', '-', '~', 'A', 'Z', '0', '9'];
	const valueChars = [
		...'abcXYZ019-._~ !"#$%&\'()*+,/:;<=>?@[\\]^`{|}',
		'é',
		'ü',
		'€',
		'中',
		'😀',
		'\n',
	];
	// Deterministic pseudo-random generator so a failure can be replayed.
	let seed = 20261122;
	const rand = (n: number) => {
		seed = (seed * 1103515245 + 12345) % 2147483648;
		return seed % n;
	};
	const word = (chars: string[], min: number, max: number) =>
		Array.from({ length: min + rand(max - min + 1) }, () => chars[rand(chars.length)]).join('');

	it('gives the same signature on 300 random requests (same nonce and timestamp)', () => {
		for (let i = 0; i < 300; i++) {
			const qs: Record<string, unknown> = {};
			const count = rand(6);
			for (let j = 0; j < count; j++) qs[`${word(['p', 'q', 'r'], 1, 1)}${word(alphabet, 0, 6)}`] = word(valueChars, 0, 12);
			if (rand(4) === 0) qs.billing = { city: word(valueChars, 1, 8), postcode: word(valueChars, 1, 5) };
			if (rand(4) === 0) qs.include = [rand(100), rand(100), rand(100)];
			if (rand(5) === 0) qs.flag = rand(2) === 0;
			const method = ['GET', 'POST', 'PUT', 'DELETE'][rand(4)];
			const signatureMethod = rand(2) === 0 ? 'HMAC-SHA1' : 'HMAC-SHA256';
			const secret = `cs_${randomBytes(20).toString('hex')}`;
			const key = `ck_${randomBytes(20).toString('hex')}`;
			const nonce = generateNonce();
			const timestamp = 1795371000 + rand(1000);
			const host = ['http://127.0.0.1:8080', 'https://shop.example.com', 'https://example.com/sub/dir'][rand(3)];
			const path = `${host}/wp-json/wc/v3/${['products', 'orders/12/notes', 'products/batch'][rand(3)]}`;
			const query = buildQueryString(qs as never);
			const url = query ? `${path}?${query}` : path;

			const ours = oauth1Sign({ method, url, consumerKey: key, consumerSecret: secret, signatureMethod, nonce, timestamp });

			const oauth = OAuth({
				consumer: { key, secret },
				signature_method: signatureMethod,
				hash_function: (base: string, k: string) =>
					createHmac(signatureMethod === 'HMAC-SHA1' ? 'sha1' : 'sha256', k).update(base).digest('base64'),
			});
			const data: Record<string, string> = {};
			for (const [name, value] of new URLSearchParams(query)) data[name] = value;
			const theirs = oauth.getSignature({ method, url: path, data }, undefined, {
				oauth_consumer_key: key,
				oauth_nonce: nonce,
				oauth_signature_method: signatureMethod,
				oauth_timestamp: timestamp,
			});
			if (theirs !== ours.signature) {
				throw new Error(`mismatch for ${method} ${url}: ${oauth.getBaseString({ method, url: path, data }, {
					oauth_consumer_key: key,
					oauth_nonce: nonce,
					oauth_signature_method: signatureMethod,
					oauth_timestamp: timestamp,
				})}\nvs\n${ours.baseString}`);
			}
		}
	});

	it('signs names the way PHP reads them: "." and space become "_", [] gets indexes, a repeated name keeps the last value', () => {
		const sign = (query: string) =>
			oauth1Sign({ method: 'GET', url: `http://x/wp-json/wc/v3/p?${query}`, consumerKey: 'k', consumerSecret: 's', nonce: 'n', timestamp: 1 })
				.parameterString.split('&').filter((pair) => !pair.startsWith('oauth_')).join('&');
		expect(sign('a.b=1&c+d=2')).toBe('a_b=1&c_d=2');
		expect(sign('s%5B%5D=x&s%5B%5D=y')).toBe('s%5B0%5D=x&s%5B1%5D=y');
		expect(sign('s[5]=x&s[]=y')).toBe('s%5B5%5D=x&s%5B6%5D=y');
		expect(sign('a=1&a=2')).toBe('a=2');
		expect(sign('m[k][]=1&m[k][]=2&m[j]=3')).toBe('m%5Bk%5D%5B0%5D=1&m%5Bk%5D%5B1%5D=2&m%5Bj%5D=3');
		expect(sign('x[y=1')).toBe('x_y=1');
		expect(sign('q=a+b%2Bc')).toBe('q=a%20b%2Bc');
	});

	it('nonces are 32 alphanumerics and do not repeat', () => {
		const seen = new Set<string>();
		for (let i = 0; i < 1000; i++) {
			const nonce = generateNonce();
			expect(nonce).toMatch(/^[A-Za-z0-9]{32}$/);
			seen.add(nonce);
		}
		expect(seen.size).toBe(1000);
	});

	it('uses the current time in seconds and no oauth_version', () => {
		const before = Math.floor(Date.now() / 1000);
		const out = applyAuth(creds(), { method: 'GET', url: 'http://127.0.0.1:8080/wp-json/wc/v3/products', headers: {} });
		const sent = new URL(out.url).searchParams;
		const ts = Number(sent.get('oauth_timestamp'));
		expect(ts).toBeGreaterThanOrEqual(before);
		expect(ts).toBeLessThanOrEqual(before + 5);
		expect(sent.has('oauth_version')).toBe(false);
		expect([...sent.keys()]).toEqual([
			'oauth_consumer_key',
			'oauth_nonce',
			'oauth_signature_method',
			'oauth_timestamp',
			'oauth_signature',
		]);
	});
});

describe('buildQueryString', () => {
	it.each([
		[{}, ''],
		[{ per_page: 2, orderby: 'id', order: 'asc' }, 'order=asc&orderby=id&per_page=2'],
		[{ search: 'blue shirt & "cap"+100%/é' }, 'search=blue%20shirt%20%26%20%22cap%22%2B100%25%2F%C3%A9'],
		[{ search: "it's (50%) off! ~*" }, 'search=it%27s%20%2850%25%29%20off%21%20~%2A'],
		[{ status: ['processing', 'on-hold'] }, 'status=processing%2Con-hold'],
		[{ include: [10, 2, 33] }, 'include=10%2C2%2C33'],
		[{ include: [] }, ''],
		[{ featured: true, on_sale: false }, 'featured=true&on_sale=false'],
		[{ a: null, b: undefined, c: '' }, 'c='],
		[{ filter: { limit: 5, q: 'tee' } }, 'filter%5Blimit%5D=5&filter%5Bq%5D=tee'],
		[{ billing: { postcode: '94110', city: 'Springfield' } }, 'billing%5Bcity%5D=Springfield&billing%5Bpostcode%5D=94110'],
		[{ meta: [{ key: 'k', value: 'v' }] }, 'meta%5B0%5D%5Bkey%5D=k&meta%5B0%5D%5Bvalue%5D=v'],
		[{ after: new Date('2026-11-22T10:00:00Z') }, 'after=2026-11-22T10%3A00%3A00.000Z'],
		[{ Z: 1, a: 1, _: 1, '~': 1, '-': 1, B: 1 }, '-=1&B=1&Z=1&_=1&a=1&~=1'],
		[{ z: 2, 'é': 1 }, '%C3%A9=1&z=2'],
	])('%j -> %s', (qs, expected) => {
		expect(buildQueryString(qs as never)).toBe(expected);
	});

	it('sorts names byte-wise on the encoded form', () => {
		const out = buildQueryString({ per_page: 1, page: 2, 'page[x]': 3, order: 'asc', orderby: 'id' });
		expect(out).toBe('order=asc&orderby=id&page=2&page%5Bx%5D=3&per_page=1');
	});

	it('encodes every byte but the unreserved characters', () => {
		for (let c = 0; c < 128; c++) {
			const ch = String.fromCharCode(c);
			const encoded = rfc3986Encode(ch);
			if (/[A-Za-z0-9\-._~]/.test(ch)) expect(encoded).toBe(ch);
			else expect(encoded).toBe('%' + c.toString(16).toUpperCase().padStart(2, '0'));
		}
		expect(rfc3986Encode('😀')).toBe('%F0%9F%98%80');
	});
});

describe('normalizeStoreUrl', () => {
	it.each([
		['https://example.com', 'https://example.com'],
		['https://example.com/', 'https://example.com'],
		['  https://example.com/  \n', 'https://example.com'],
		['HTTPS://Example.COM/', 'https://example.com'],
		['https://example.com:443/', 'https://example.com'],
		['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
		['http://localhost:8080/', 'http://localhost:8080'],
		['https://example.com/shop', 'https://example.com/shop'],
		['https://example.com/shop/', 'https://example.com/shop'],
		['https://example.com/wp-json', 'https://example.com'],
		['https://example.com/wp-json/', 'https://example.com'],
		['https://example.com/wp-json/wc/v3', 'https://example.com'],
		['https://example.com/wp-json/wc/v3/products?per_page=1', 'https://example.com'],
		['https://example.com/shop/wp-json/wc/v3/orders/12', 'https://example.com/shop'],
		['https://example.com/wp-admin/', 'https://example.com'],
		['https://example.com/wp-admin/admin.php?page=wc-settings&tab=advanced&section=keys', 'https://example.com'],
		['https://example.com/shop/wp-admin/index.php', 'https://example.com/shop'],
		['https://example.com/index.php', 'https://example.com'],
		['https://example.com/index.php?rest_route=/wc/v3/products', 'https://example.com'],
		['https://example.com/?rest_route=/wc/v3/products', 'https://example.com'],
		['https://example.com/shop/?rest_route=/', 'https://example.com/shop'],
		['https://example.com/wc-api/v3/', 'https://example.com'],
		['https://example.com/wp-login.php', 'https://example.com'],
		['https://example.com/#top', 'https://example.com'],
		['"https://example.com/"', 'https://example.com'],
		['<https://example.com/>', 'https://example.com'],
		['https://example.com/wp-jsonx', 'https://example.com/wp-jsonx'],
		['https://bücher.example/', 'https://xn--bcher-kva.example'],
	])('%j -> %s', (raw, expected) => {
		expect(normalizeStoreUrl(raw)).toBe(expected);
	});

	it.each([
		['', 'Store URL is empty: enter the address of your store, e.g. https://example.com'],
		['   ', 'Store URL is empty: enter the address of your store, e.g. https://example.com'],
		[
			'example.com',
			'Store URL "example.com" is not a valid address: enter the full address of your store, starting with https:// or http://, e.g. https://example.com',
		],
		[
			'ftp://example.com',
			'Store URL "ftp://example.com" is not a valid address: enter the full address of your store, starting with https:// or http://, e.g. https://example.com',
		],
		[
			'https://',
			'Store URL "https://" is not a valid address: enter the full address of your store, starting with https:// or http://, e.g. https://example.com',
		],
		[
			'https://exa mple.com',
			'Store URL "https://exa mple.com" is not a valid address: enter the full address of your store, starting with https:// or http://, e.g. https://example.com',
		],
		[
			'https://admin:pw@example.com',
			'Store URL must not contain a user name or password: enter only the address of your store, e.g. https://example.com',
		],
	])('%j is refused', (raw, message) => {
		expect(() => normalizeStoreUrl(raw)).toThrow(message);
	});
});

describe('readCredentials', () => {
	const base = { url: 'https://example.com/', consumerKey: ' ck_abc ', consumerSecret: 'cs_def\n' };

	it('normalises and fills defaults', () => {
		expect(readCredentials(base)).toEqual({
			url: 'https://example.com',
			consumerKey: 'ck_abc',
			consumerSecret: 'cs_def',
			authentication: 'auto',
			signatureMethod: 'HMAC-SHA256',
			apiVersion: 'wc/v3',
			allowUnauthorizedCerts: false,
		});
		expect(
			readCredentials({
				...base,
				authentication: 'oauth1',
				signatureMethod: 'HMAC-SHA1',
				apiVersion: 'wc-api/v3',
				ignoreSslIssues: true,
			}),
		).toMatchObject({ authentication: 'oauth1', signatureMethod: 'HMAC-SHA1', apiVersion: 'wc-api/v3', allowUnauthorizedCerts: true });
	});

	it('keeps Ignore SSL Issues of credentials saved under its former name', () => {
		const saved = { url: 'https://example.com', consumerKey: 'ck_abc', consumerSecret: 'cs_def', allowUnauthorizedCerts: true };
		expect(readCredentials(saved).allowUnauthorizedCerts).toBe(true);
	});

	it.each([
		[{ url: '' }, 'Store URL is empty'],
		[{ url: undefined }, 'Store URL is empty'],
		[{ consumerKey: '' }, 'Consumer Key is empty: create a key in WooCommerce > Settings > Advanced > REST API'],
		[{ consumerSecret: '  ' }, 'Consumer Secret is empty'],
		[{ consumerKey: 'cs_x', consumerSecret: 'ck_y' }, 'Consumer Key and Consumer Secret are swapped'],
		[{ consumerKey: 'cs_x' }, 'Consumer Key starts with cs_'],
		[{ consumerKey: 'ck_same', consumerSecret: 'ck_same' }, 'Consumer Key and Consumer Secret are the same'],
		[{ consumerKey: 'ck_a b' }, 'Consumer Key contains spaces'],
		[{ consumerSecret: 'cs_a b' }, 'Consumer Secret contains spaces'],
		[{ authentication: 'digest' }, 'Authentication "digest" is not supported: choose Automatic, Basic Auth, Query String or OAuth 1.0a'],
		[{ signatureMethod: 'PLAINTEXT' }, 'Signature Method "PLAINTEXT" is not supported'],
		[{ apiVersion: 'wc/v4' }, 'API Version "wc/v4" is not supported'],
	])('%j -> %s', (over, message) => {
		expect(() => readCredentials({ ...base, ...over } as never)).toThrow(message);
	});

	it('never puts the secret in its messages', () => {
		for (const over of [{ consumerKey: 'cs_x', consumerSecret: 'ck_secretvalue' }, { consumerSecret: 'cs_a b' }]) {
			try {
				readCredentials({ ...base, ...over });
			} catch (error) {
				expect((error as Error).message).not.toContain('secretvalue');
				expect((error as Error).message).not.toContain('cs_a b');
			}
		}
	});
});

describe('apiBaseUrl', () => {
	it.each([
		['wc/v3', 'https://example.com/shop/wp-json/wc/v3'],
		['wc/v2', 'https://example.com/shop/wp-json/wc/v2'],
		['wc/v1', 'https://example.com/shop/wp-json/wc/v1'],
		['wc-api/v3', 'https://example.com/shop/wc-api/v3'],
	])('%s', (apiVersion, expected) => {
		expect(apiBaseUrl({ url: 'https://example.com/shop', apiVersion: apiVersion as never })).toBe(expected);
	});
});

describe('applyAuth', () => {
	const https = creds({ url: 'https://shop.example.com', consumerKey: 'ck_k', consumerSecret: 'cs_s+/=&x' });
	const http = creds({ url: 'http://shop.example.com', consumerKey: 'ck_k', consumerSecret: 'cs_s+/=&x' });
	const req = (url: string) => ({ method: 'GET', url, headers: { Accept: 'application/json' } });

	it('Automatic is Basic over https and OAuth 1.0a over http', () => {
		expect(resolveAuthMode({ authentication: 'auto' }, 'https://x')).toBe('basic');
		expect(resolveAuthMode({ authentication: 'auto' }, 'http://x')).toBe('oauth1');
		expect(resolveAuthMode({ authentication: 'queryString' }, 'http://x')).toBe('queryString');
		const viaHttps = applyAuth({ ...https, authentication: 'auto' }, req('https://shop.example.com/wp-json/wc/v3/products'));
		expect(viaHttps.headers.Authorization).toBe(`Basic ${Buffer.from('ck_k:cs_s+/=&x').toString('base64')}`);
		const viaHttp = applyAuth({ ...http, authentication: 'auto' }, req('http://shop.example.com/wp-json/wc/v3/products'));
		expect(viaHttp.headers.Authorization).toBeUndefined();
		expect(viaHttp.url).toMatch(/\?oauth_consumer_key=ck_k&oauth_nonce=[A-Za-z0-9]{32}&oauth_signature_method=HMAC-SHA256&oauth_timestamp=\d+&oauth_signature=/);
	});

	it('Basic replaces any Authorization header, whatever its case', () => {
		const out = applyAuth({ ...https, authentication: 'basic' }, {
			method: 'GET',
			url: 'https://shop.example.com/wp-json/wc/v3/products?per_page=1',
			headers: { authorization: 'Bearer old', Accept: 'application/json' },
		});
		expect(Object.keys(out.headers).sort()).toEqual(['Accept', 'Authorization']);
		expect(out.url).toBe('https://shop.example.com/wp-json/wc/v3/products?per_page=1');
	});

	it('Query String appends the encoded key and secret, and replaces stale ones', () => {
		const out = applyAuth({ ...https, authentication: 'queryString' }, req(
			'https://shop.example.com/wp-json/wc/v3/products?consumer_key=old&per_page=1&consumer_secret=old&oauth_nonce=x',
		));
		expect(out.url).toBe(
			'https://shop.example.com/wp-json/wc/v3/products?per_page=1&consumer_key=ck_k&consumer_secret=cs_s%2B%2F%3D%26x',
		);
		expect(out.headers).toEqual({ Accept: 'application/json' });
	});

	it('OAuth 1.0a signs what is sent: the query, a POST form body and the oauth parameters', () => {
		const c = { ...http, signatureMethod: 'HMAC-SHA1' as const };
		const out = applyAuth(c, {
			method: 'POST',
			url: 'http://shop.example.com/wp-json/wc/v3/customers?a=1&oauth_signature=stale',
			headers: {},
			formBody: { email: 'a+b@example.com', 'billing[city]': 'San Francisco' },
		}, { nonce: 'n'.repeat(32), timestamp: 1795371222 });
		const expected = oauth1Sign({
			method: 'POST',
			url: 'http://shop.example.com/wp-json/wc/v3/customers?a=1',
			consumerKey: 'ck_k',
			consumerSecret: 'cs_s+/=&x',
			signatureMethod: 'HMAC-SHA1',
			formBody: { email: 'a+b@example.com', 'billing[city]': 'San Francisco' },
			nonce: 'n'.repeat(32),
			timestamp: 1795371222,
		});
		expect(expected.parameterString).toContain('email=a%2Bb%40example.com');
		expect(out.url).toBe(
			`http://shop.example.com/wp-json/wc/v3/customers?a=1&oauth_consumer_key=ck_k&oauth_nonce=${'n'.repeat(32)}&oauth_signature_method=HMAC-SHA1&oauth_timestamp=1795371222&oauth_signature=${rfc3986Encode(expected.signature)}`,
		);
	});

	it('OAuth over https signs the https URL, with a sub-directory and a port', () => {
		const signed = oauth1Sign({
			method: 'get',
			url: 'https://Example.com:8443/shop/wp-json/wc/v3/products?per_page=1#frag',
			consumerKey: 'ck',
			consumerSecret: 'cs',
			nonce: 'x',
			timestamp: 1,
		});
		expect(signed.baseUrl).toBe('https://example.com:8443/shop/wp-json/wc/v3/products');
		expect(signed.baseString.startsWith('GET&https%3A%2F%2Fexample.com%3A8443%2Fshop%2Fwp-json%2Fwc%2Fv3%2Fproducts&')).toBe(true);
	});

	it('the legacy API signs filter[...] names as sent', () => {
		const legacy = creds({ apiVersion: 'wc-api/v3' });
		const out = applyAuth(legacy, {
			method: 'GET',
			url: `http://127.0.0.1:8080/wc-api/v3/products?${buildQueryString({ filter: { limit: 2 }, fields: 'id,title' })}`,
			headers: {},
		}, { nonce: 'abc', timestamp: 1795371222 });
		const params = new URL(out.url).searchParams;
		const data: Record<string, string> = { 'filter[limit]': '2', fields: 'id,title' };
		const oauth = OAuth({
			consumer: { key: KEY, secret: SECRET },
			signature_method: 'HMAC-SHA256',
			hash_function: (b: string, k: string) => createHmac('sha256', k).update(b).digest('base64'),
		});
		const theirs = oauth.getSignature({ method: 'GET', url: 'http://127.0.0.1:8080/wc-api/v3/products', data }, undefined, {
			oauth_consumer_key: KEY,
			oauth_nonce: 'abc',
			oauth_signature_method: 'HMAC-SHA256',
			oauth_timestamp: 1795371222,
		});
		expect(params.get('oauth_signature')).toBe(theirs);
	});

	it.each([
		['basic', 'Basic Auth is not used over plain HTTP'],
		['queryString', 'Query String authentication is not used over plain HTTP'],
	])('%s over http:// throws, explains why and what to choose', (mode, start) => {
		const run = () => applyAuth({ ...http, authentication: mode as never }, req('http://shop.example.com/wp-json/wc/v3/products'));
		expect(run).toThrow(start);
		expect(run).toThrow(
			'WooCommerce ignores it on http:// addresses (every request would get 401), and the consumer secret would travel in clear text. In the credential, set Authentication to "OAuth 1.0a" or "Automatic", or use the store\'s https:// address.',
		);
		expect(plainHttpRefusal(mode as never)).not.toContain('cs_s');
	});

	it('refuses a relative URL', () => {
		expect(() => applyAuth(https, req('/wp-json/wc/v3/products'))).toThrow('it is not an absolute http(s) URL');
	});

	it('does not modify its input', () => {
		const input = req('https://shop.example.com/wp-json/wc/v3/products');
		const copy = JSON.parse(JSON.stringify(input));
		applyAuth({ ...https, authentication: 'basic' }, input);
		expect(input).toEqual(copy);
	});
});

describe('secretsOf and scrubSecrets', () => {
	const c = { consumerKey: 'ck_k', consumerSecret: 'cs_s+/=&x' };

	it('lists the secret, its encodings and the Basic token', () => {
		const token = Buffer.from('ck_k:cs_s+/=&x').toString('base64');
		expect(secretsOf(c).sort()).toEqual(
			[`Basic ${token}`, token, 'cs_s+/=&x', 'cs_s%2B%2F%3D%26x'].sort(),
		);
		expect(secretsOf({ consumerKey: 'k', consumerSecret: '' })).toEqual([]);
	});

	it('removes every secret, oauth_signature and Authorization value from a text', () => {
		const token = Buffer.from('ck_k:cs_s+/=&x').toString('base64');
		const text = `GET https://x/?consumer_key=ck_k&consumer_secret=cs_s%2B%2F%3D%26x&oauth_signature=abc%3D secret cs_s+/=&x {"Authorization":"Basic ${token}"} Authorization: OAuth oauth_nonce="1"`;
		const out = scrubSecrets(text, c);
		for (const secret of secretsOf(c)) expect(out).not.toContain(secret);
		expect(out).not.toContain('abc%3D');
		expect(out).not.toContain('oauth_nonce="1"');
		expect(out).toContain('consumer_key=ck_k');
	});
});
