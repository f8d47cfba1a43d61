import type { INode } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import {
	buildApiError,
	classifyBody,
	describeHttpFailure,
	describeNetworkFailure,
	parseWooError,
	plainText,
} from '../../nodes/WooCommerce/transport/errors';

const node: INode = {
	id: '1',
	name: 'WooCommerce',
	type: 'n8n-nodes-woocommerce.wooCommerce',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

const HTTPS = 'https://shop.example.com/wp-json/wc/v3/products?per_page=1';
const HTTP = 'http://shop.example.com/wp-json/wc/v3/products?per_page=1';
const json = { 'content-type': 'application/json; charset=UTF-8' };

function fail(status: number, body: unknown, extra: Partial<Parameters<typeof describeHttpFailure>[0]> = {}) {
	return describeHttpFailure({ statusCode: status, headers: json, body, method: 'GET', url: HTTPS, endpoint: 'products', ...extra });
}

describe('reading error bodies', () => {
	it('reads {code, message, data.status}', () => {
		expect(parseWooError({ code: 'rest_no_route', message: 'No route.', data: { status: 404 } })).toEqual({
			code: 'rest_no_route',
			message: 'No route.',
			status: 404,
			data: { status: 404 },
		});
	});

	it('reads the legacy {errors:[{code, message}]}', () => {
		expect(
			parseWooError({ errors: [{ code: 'woocommerce_api_no_product_found', message: 'No product found with the ID equal to 999999' }] }),
		).toEqual({ code: 'woocommerce_api_no_product_found', message: 'No product found with the ID equal to 999999' });
	});

	it('reads a bare numeric data (refund too large answers "data": 500)', () => {
		expect(parseWooError({ code: 'x', message: 'Invalid refund amount.', data: 500 })?.status).toBe(500);
	});

	it('turns HTML entities and tags into plain text', () => {
		expect(plainText('A &quot;quoted&quot; <b>word</b> &amp; more&#8230;')).toBe('A "quoted" word & more…');
	});
});

describe('classifying bodies', () => {
	it('recognises JSON, empty, HTML and cut-off JSON', () => {
		expect(classifyBody('{"a":1}')).toEqual({ kind: 'json', value: { a: 1 } });
		expect(classifyBody('')).toEqual({ kind: 'empty' });
		expect(classifyBody('<!DOCTYPE html><html><head><title>Briefly unavailable for scheduled maintenance</title>')).toEqual({
			kind: 'html',
			title: 'Briefly unavailable for scheduled maintenance',
		});
		expect(classifyBody('[{"id":1},{"id":2},{"na')).toEqual({ kind: 'truncated', length: 23 });
	});
});

describe('HTTP errors: message and hint', () => {
	it('401 read-only key', () => {
		const info = fail(401, { code: 'woocommerce_rest_authentication_error', message: 'The API key provided does not have write permissions.', data: { status: 401 } }, { method: 'POST' });
		expect(info.message).toBe('The API key provided does not have write permissions.');
		expect(info.description).toMatch(/read-only key: create a Read\/Write key/);
		expect(info.description).toContain('woocommerce_rest_authentication_error');
		expect(info.httpCode).toBe('401');
	});

	it('401 wrong secret / unknown key / bad signature / clock / nonce', () => {
		const auth = (message: string) =>
			fail(401, { code: 'woocommerce_rest_authentication_error', message, data: { status: 401 } }, { url: HTTP, authMode: 'oauth1' }).description;
		expect(auth('Consumer secret is invalid.')).toMatch(/Consumer Secret does not belong to this Consumer Key/);
		expect(auth('Consumer key is invalid.')).toMatch(/does not know this Consumer Key/);
		expect(auth('Invalid signature - provided signature does not match.')).toMatch(/Store URL differs from the WordPress address/);
		expect(auth('Invalid signature - signature method is invalid.')).toMatch(/HMAC-SHA256/);
		expect(auth('Invalid timestamp.')).toMatch(/clock/i);
		expect(auth('Invalid nonce - nonce has already been used.')).toMatch(/nonce/);
	});

	it('401 cannot_view over http with Basic or query string → use OAuth', () => {
		const body = { code: 'woocommerce_rest_cannot_view', message: 'Sorry, you cannot list resources.', data: { status: 401 } };
		expect(fail(401, body, { url: HTTP, authMode: 'basic' }).description).toMatch(/OAuth 1\.0a/);
		expect(fail(401, body, { url: HTTP, authMode: 'queryString' }).description).toMatch(/OAuth 1\.0a/);
		expect(fail(401, body, { url: HTTPS, authMode: 'basic' }).description).toMatch(/Query String/);
		expect(fail(401, body, { url: 'https://s.example/?rest_route=/wc/v3/products', authMode: 'basic' }).description).toMatch(/Settings > Permalinks/);
	});

	it('401 header stripped: Consumer key is missing', () => {
		expect(fail(401, { code: 'woocommerce_rest_authentication_error', message: 'Consumer key is missing.', data: { status: 401 } }).description).toMatch(/strips the Authorization header/);
	});

	it('403', () => {
		const info = fail(403, { code: 'woocommerce_rest_cannot_edit', message: 'Sorry, you are not allowed to edit this resource.', data: { status: 403 } });
		expect(info.description).toMatch(/Administrator or Shop Manager/);
	});

	it('404 unknown route vs missing resource', () => {
		const route = fail(404, { code: 'rest_no_route', message: 'No route was found matching the URL and request method.', data: { status: 404 } }, { endpoint: 'nope' });
		expect(route.message).toBe('No route was found matching the URL and request method.');
		expect(route.description).toMatch(/no route for GET nope/);
		expect(route.description).toMatch(/WooCommerce .* is not active/);
		const missing = fail(404, { code: 'woocommerce_rest_product_invalid_id', message: 'Invalid ID.', data: { status: 404 } });
		expect(missing.message).toBe('Invalid ID.');
		expect(missing.description).toMatch(/does not exist/);
		expect(missing.description).toContain('woocommerce_rest_product_invalid_id');
		const legacy = fail(404, { errors: [{ code: 'woocommerce_api_no_product_found', message: 'No product found with the ID equal to 9' }] });
		expect(legacy.message).toBe('No product found with the ID equal to 9');
		expect(legacy.description).toMatch(/does not exist/);
	});

	it('400 invalid parameter lists the parameters', () => {
		const info = fail(400, {
			code: 'rest_invalid_param',
			message: 'Invalid parameter(s): per_page',
			data: { status: 400, params: { per_page: 'per_page must be between 1 (inclusive) and 100 (inclusive)' } },
		});
		expect(info.description).toContain('per_page: per_page must be between 1 (inclusive) and 100 (inclusive)');
	});

	it('413, 429, 5xx, 501', () => {
		expect(fail(413, { code: 'woocommerce_rest_request_entity_too_large', message: 'Unable to accept more than 100 items for this request.', data: { status: 413 } }).description).toMatch(/at most 100/);
		expect(fail(429, { code: 'too_many', message: 'Slow down', data: { status: 429 } }, { attempts: 4 }).description).toMatch(/rate-limiting.*Tried 4 times/);
		expect(fail(500, { code: 'internal_server_error', message: 'Critical error.', data: { status: 500 } }).description).toMatch(/Status > Logs/);
		expect(fail(501, { code: 'woocommerce_rest_trash_not_supported', message: 'Customers do not support trashing.', data: { status: 501 } }).description).toMatch(/Force/);
	});

	it('HTML instead of JSON: plain permalinks (301 and the home page)', () => {
		const redirect = describeHttpFailure({
			statusCode: 301,
			headers: { location: 'https://shop.example.com/wp-json/wc/v3/products/?per_page=1', 'content-type': 'text/html' },
			rawText: '',
			method: 'GET',
			url: HTTPS,
		});
		expect(redirect.message).toMatch(/Plain permalinks/);
		expect(redirect.description).toMatch(/Settings > Permalinks/);
		const home = describeHttpFailure({
			statusCode: 200,
			headers: { 'content-type': 'text/html; charset=UTF-8', link: '<https://shop.example.com/index.php?rest_route=/>; rel="https://api.w.org/"' },
			rawText: '<!DOCTYPE html><html><head><title>Woo Test Store</title></head></html>',
			method: 'GET',
			url: HTTPS,
		});
		expect(home.description).toMatch(/Settings > Permalinks/);
	});

	it('an HTML title holding a secret across the 120-character cut shows no part of it', () => {
		const secret = 'cs_0123456789abcdef0123456789abcdef';
		const title = `Error at https://shop.example.com/wp-json/wc/v3/products/batch?consumer_key=ck_key&x=${'a'.repeat(20)} ${secret}`;
		const info = describeHttpFailure({
			statusCode: 503,
			headers: { 'content-type': 'text/html' },
			rawText: `<html><head><title>${title}</title></head></html>`,
			method: 'GET',
			url: HTTPS,
			secrets: [secret],
		});
		const error = buildApiError(node, info, { secrets: [secret] });
		expect(title.indexOf(secret)).toBeLessThan(120);
		expect(title.indexOf(secret) + secret.length).toBeGreaterThan(120);
		expect(error.message).toContain('page title: "Error at');
		expect(error.message).not.toContain('cs_0123');
	});

	it('HTML instead of JSON: maintenance or firewall shows the status and page title', () => {
		const info = describeHttpFailure({
			statusCode: 503,
			headers: { 'content-type': 'text/html' },
			rawText: '<html><head><title>Briefly unavailable for scheduled maintenance. Check back in a minute.</title></head></html>',
			method: 'GET',
			url: HTTPS,
		});
		expect(info.message).toBe('The store answered HTTP 503 with an HTML page instead of the API (page title: "Briefly unavailable for scheduled maintenance. Check back in a minute.")');
		expect(info.description).toMatch(/maintenance mode/);
	});

	it('a redirect to https tells the right store URL', () => {
		const info = describeHttpFailure({
			statusCode: 301,
			headers: { location: 'https://shop.example.com/wp-json/wc/v3/products?per_page=1' },
			method: 'GET',
			url: HTTP,
		});
		expect(info.message).toBe('The store redirects to https://shop.example.com');
	});

	it('truncated JSON', () => {
		const info = describeHttpFailure({ statusCode: 200, headers: json, rawText: '[{"id":1,"name":"T', method: 'GET', url: HTTPS });
		expect(info.message).toMatch(/cut off/);
		expect(info.code).toBe('invalid_json');
	});

	it('a site that is not WordPress', () => {
		const info = describeHttpFailure({ statusCode: 404, headers: { 'content-type': 'text/html' }, rawText: '<html><title>Not Found</title></html>', method: 'GET', url: HTTPS });
		expect(info.message).toMatch(/not the WooCommerce REST API/);
	});
});

describe('network errors', () => {
	const request = { method: 'GET', url: HTTPS };
	it.each([
		['ENOTFOUND', /could not be resolved/],
		['ECONNREFUSED', /Nothing accepted the connection/],
		['ETIMEDOUT', /did not answer in time/],
		['ECONNRESET', /closed the connection/],
		['DEPTH_ZERO_SELF_SIGNED_CERT', /certificate is not trusted/],
		['SELF_SIGNED_CERT_IN_CHAIN', /certificate is not trusted/],
		['EPROTO', /TLS connection/],
	])('%s', (code, message) => {
		const info = describeNetworkFailure({ code, message: 'x' }, request);
		expect(info.message).toMatch(message);
		expect(info.httpCode).toBeNull();
		expect(info.description).toContain(code);
	});

	it('socket hang up without a code', () => {
		expect(describeNetworkFailure({ message: 'socket hang up' }, request).message).toMatch(/closed the connection/);
	});
});

describe('NodeApiError', () => {
	it('keeps our message (n8n would swap messages that mention network codes), sets itemIndex and scrubs', () => {
		const info = describeNetworkFailure({ code: 'ECONNREFUSED' }, { method: 'GET', url: 'https://shop.example.com/wp-json/wc/v3/products?consumer_secret=cs_abc' });
		const error = buildApiError(node, { ...info, description: `${info.description} secret cs_abcdef` }, { secrets: ['cs_abcdef'], itemIndex: 3 });
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe(info.message);
		expect(error.context.itemIndex).toBe(3);
		expect(error.description).not.toContain('cs_abcdef');
		expect(JSON.stringify(error)).not.toContain('cs_abcdef');
		expect(error.httpCode).toBeNull();
	});

	it('carries the HTTP status', () => {
		const error = buildApiError(node, fail(404, { code: 'rest_no_route', message: 'No route.', data: { status: 404 } }));
		expect(error.httpCode).toBe('404');
		expect(error.message).toBe('No route.');
	});
});
