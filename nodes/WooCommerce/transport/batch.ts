/**
 * Batch writes: `POST <endpoint>/batch` with {create, update, delete}, split into requests of at most
 * 100 operations, sent one after the other (never retried: POST), each result mapped back to its input.
 * A failing item comes back in place as `{ ok: false, json: { id?, error: { code, message, status } } }`.
 *
 * When a whole request fails, the results of the requests already answered are kept, the failed request's
 * operations and those of the requests after it (not sent: the store may be down) come back as failed items, and
 * `failure` says what happened. By default that failure is thrown; with `partial: true` it is returned.
 */
import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { BatchChunk, BatchItemResult, BatchOperations, BatchResults } from './batchPlan';
import { BATCH_KINDS, chunkBatch, countOperations, emptyResults, mapChunkResults } from './batchPlan';
import { buildApiError } from './errors';
import { scrubText } from './scrub';
import type { WooFunctions } from './request';
import { getStoreSecrets, wooApiRequest } from './request';

export * from './batchPlan';

/** At most this many IDs of applied operations are listed in the failure's description. */
const MAX_LISTED_IDS = 100;

export interface BatchFailure {
	/** 1-based number of the request that failed, of `requests`. */
	request: number;
	requests: number;
	/** 1-based range of the failed request's operations, of `total`. */
	first: number;
	last: number;
	total: number;
	/** Operations of the requests answered before the failure (their results, per-item errors included, are kept). */
	applied: number;
	/** IDs of the records those operations wrote (successful results only). */
	appliedIds: Array<number | string>;
	/** Operations of the requests after the failed one, which were not sent. */
	notSent: number;
	/** The scrubbed error naming the failed request and saying what was applied. */
	error: NodeApiError;
}

export interface BatchOutcome extends BatchResults {
	/** Set when a request failed (only returned with `partial: true`; thrown otherwise). */
	failure?: BatchFailure;
}

function failChunk(chunk: BatchChunk, results: BatchResults, error: IDataObject): void {
	for (const kind of BATCH_KINDS) {
		for (const position of chunk.positions[kind]) {
			const result: BatchItemResult = { ok: false, json: { error: { ...error } } };
			results[kind][position] = result;
		}
	}
}

function appliedIdsOf(chunks: BatchChunk[], results: BatchResults): Array<number | string> {
	const ids: Array<number | string> = [];
	for (const chunk of chunks) {
		for (const kind of BATCH_KINDS) {
			for (const position of chunk.positions[kind]) {
				const result = results[kind][position];
				const id = result.json.id;
				if (result.ok && (typeof id === 'number' || typeof id === 'string')) ids.push(id);
			}
		}
	}
	return ids;
}

export async function wooApiBatch(
	this: WooFunctions,
	endpoint: string,
	ops: BatchOperations,
	options: { itemIndex?: number; partial?: boolean } = {},
): Promise<BatchOutcome> {
	const chunks = chunkBatch(ops);
	const results: BatchOutcome = emptyResults(ops);
	const path = `${endpoint.replace(/^\/+|\/+$/g, '')}/batch`;
	let applied = 0;
	for (let i = 0; i < chunks.length; i++) {
		const chunk = chunks[i];
		const outcome = await wooApiRequest
			.call(this, 'POST', path, { body: chunk.body as IDataObject, itemIndex: options.itemIndex })
			.then(
				(body: unknown) => ({ body: body as IDataObject, error: undefined }),
				(error: unknown) => ({ body: undefined, error }),
			);
		if (outcome.error === undefined) {
			mapChunkResults(chunk, outcome.body, results);
			applied += chunk.last - chunk.first + 1;
			continue;
		}
		// Config errors (NodeOperationError) come before anything is sent and need no batch context.
		if (!(outcome.error instanceof NodeApiError)) throw outcome.error as Error;
		const failed = outcome.error;
		const secrets = await getStoreSecrets.call(this);
		const status = failed.httpCode ?? undefined;
		const tooLarge = status === '413';
		const refused = status !== undefined && /^4\d\d$/.test(status);
		const total = countOperations(ops);
		const later = chunks.slice(i + 1);
		const notSent = later.reduce((sum, c) => sum + c.last - c.first + 1, 0);
		const appliedIds = appliedIdsOf(chunks.slice(0, i), results);
		const label = `Batch request ${i + 1} of ${chunks.length}`;
		const parts: string[] = [];
		parts.push(
			applied > 0
				? `Requests 1 to ${i} (${applied} operations) were applied; this one ${refused ? 'was refused' : 'failed'}${notSent ? ` and the following (${notSent} operations) were not sent` : ''}.`
				: `${refused ? 'No operation was applied' : 'No earlier request was applied'}${notSent ? `; the following requests (${notSent} operations) were not sent` : ''}.`,
		);
		if (!refused) parts.push(`The store may have applied part of request ${i + 1} before it failed: check the store before running it again.`);
		if (appliedIds.length) {
			const listed = appliedIds.slice(0, MAX_LISTED_IDS).join(', ');
			const more = appliedIds.length > MAX_LISTED_IDS ? ` and ${appliedIds.length - MAX_LISTED_IDS} more` : '';
			parts.push(`IDs written by the applied requests: ${listed}${more}.`);
		}
		const error = buildApiError(
			this.getNode(),
			{
				httpCode: failed.httpCode,
				code: tooLarge ? 'woocommerce_rest_request_entity_too_large' : undefined,
				message: `${label} (operations ${chunk.first}–${chunk.last} of ${total}) failed: ${failed.message}`,
				description: `${failed.description ?? ''} ${parts.join(' ')}`.trim(),
			},
			{ secrets, itemIndex: options.itemIndex },
		);
		const storeCode = failed.errorResponse?.woocommerceCode;
		const statusNumber = status !== undefined && /^\d+$/.test(status) ? Number(status) : null;
		failChunk(chunk, results, {
			code: tooLarge ? 'woocommerce_rest_request_entity_too_large' : typeof storeCode === 'string' ? storeCode : 'batch_request_failed',
			message: error.message,
			status: statusNumber,
		});
		for (const next of later) {
			failChunk(next, results, {
				code: 'batch_not_sent',
				message: scrubText(`Not sent because batch request ${i + 1} of ${chunks.length} failed: ${failed.message}`, secrets),
				status: null,
			});
		}
		results.failure = {
			request: i + 1,
			requests: chunks.length,
			first: chunk.first,
			last: chunk.last,
			total,
			applied,
			appliedIds,
			notSent,
			error,
		};
		if (!options.partial) throw error;
		return results;
	}
	return results;
}
