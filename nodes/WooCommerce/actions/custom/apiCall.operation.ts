import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/common.descriptions';
import { normalizeApiPath, wooApiRequest, wooApiRequestAllItems } from '../../transport';
import { type OperationLabel } from '../shared/contract';
import { updateDisplayOptions } from '../shared/descriptions';
import { itemLabel, operationError } from '../shared/errors';
import { readLimit } from '../shared/records';
import { parseJsonParameter } from '../shared/values';

const properties: INodeProperties[] = [
	{
		displayName: 'Method',
		name: 'method',
		type: 'options',
		options: [
			{ name: 'DELETE', value: 'DELETE' },
			{ name: 'GET', value: 'GET' },
			{ name: 'POST', value: 'POST' },
			{ name: 'PUT', value: 'PUT' },
		],
		default: 'GET',
	},
	{
		displayName: 'Path',
		name: 'path',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. products/12/variations',
		description:
			'Path relative to the API root chosen in the credential, e.g. orders/123/notes. It must stay under that root (no ".." above it). The credential signs the request, so do not add keys.',
	},
	{
		...returnAllOrLimit[0],
		description: 'Whether to walk every page of a GET list (stable order, each record once) instead of one request',
		displayOptions: { show: { method: ['GET'] } },
	},
	{
		...returnAllOrLimit[1],
		displayOptions: { show: { method: ['GET'], returnAll: [false] } },
		description: 'Max number of results to return when the path is a list; ignored for a single record',
	},
	{
		displayName: 'Query Parameters (JSON)',
		name: 'query',
		type: 'json',
		default: '{}',
		description: 'Query parameters as a JSON object, e.g. {"status": "processing", "per_page": 20}',
	},
	{
		displayName: 'Body (JSON)',
		name: 'body',
		type: 'json',
		default: '{}',
		description: 'Request body as JSON',
		displayOptions: { show: { method: ['POST', 'PUT'] } },
	},
];

const displayOptions = { show: { resource: ['custom'], operation: ['apiCall'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** The Path as the server will read it (decoded, `.` and `..` resolved), refused when it leaves the API root. */
function readPath(ctx: IExecuteFunctions, itemIndex: number): string {
	const raw = String(ctx.getNodeParameter('path', itemIndex, '')).trim();
	const at = raw.indexOf('?');
	const normalized = normalizeApiPath(at < 0 ? raw : raw.slice(0, at));
	if (!raw || /^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//') || (normalized.ok && normalized.path === '')) {
		throw operationError(
			ctx,
			itemIndex,
			`The field "Path" in ${itemLabel(itemIndex)} must be a path relative to the API root`,
			'Use e.g. "orders/123/notes", not a full URL: the store address comes from the credential.',
		);
	}
	if (!normalized.ok) {
		throw operationError(
			ctx,
			itemIndex,
			`The field "Path" in ${itemLabel(itemIndex)} must stay under the API root: ${normalized.reason}`,
			'Custom API Call reaches only the API chosen in the credential (e.g. /wp-json/wc/v3/). Remove "..", "%2e%2e" and similar parts from the path.',
		);
	}
	return at < 0 ? normalized.path : `${normalized.path}${raw.slice(at)}`;
}

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const method = this.getNodeParameter('method', itemIndex) as IHttpRequestMethods;
	const path = readPath(this, itemIndex);
	const query = parseJsonParameter(this, this.getNodeParameter('query', itemIndex, '{}'), itemIndex, 'Query Parameters (JSON)');
	if (Array.isArray(query)) {
		throw operationError(this, itemIndex, `The field "Query Parameters (JSON)" in ${itemLabel(itemIndex)} must be a JSON object`);
	}
	if (method === 'GET') {
		// Walks as many pages as the Limit needs (WooCommerce's own page size is 10); a single record is one item.
		const limit = readLimit(this, itemIndex);
		return await wooApiRequestAllItems.call(this, path, query, { returnAll: limit === undefined, limit, itemIndex });
	}
	const body =
		method === 'POST' || method === 'PUT'
			? parseJsonParameter(this, this.getNodeParameter('body', itemIndex, '{}'), itemIndex, 'Body (JSON)')
			: undefined;
	const response = (await wooApiRequest.call(this, method, path, { qs: query, body, itemIndex })) as
		| IDataObject
		| IDataObject[];
	return response ?? { success: true };
}

export const option: OperationLabel = {
	name: 'Custom API Call',
	description: 'Send any request to the store’s REST API with this credential',
	action: 'Make a custom API call',
};
