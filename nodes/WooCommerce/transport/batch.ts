/**
 * Batch writes: `POST <endpoint>/batch` with {create, update, delete}, split into requests of at most
 * 100 operations, sent a few at a time (see ./batchWindow), each result mapped back to its input.
 * A request is sent again only after 429 (the store refused it unprocessed); otherwise never (POST).
 * A failing item comes back in place as `{ ok: false, json: { id?, error: { code, message, status } } }`.
 *
 * When a whole request fails, no further request is started; the results of the requests answered (before it, or
 * in flight beside it) are kept, the failed request's operations and those of the requests not sent come back as
 * failed items, and `failure` says what happened. By default that failure is thrown; with `partial: true` it is
 * returned.
 */
import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { BatchChunk, BatchItemResult, BatchOperations, BatchResults } from './batchPlan';
import { BATCH_KINDS, chunkBatch, countOperations, emptyResults, mapChunkResults } from './batchPlan';
import { BatchWindow } from './batchWindow';
import { buildApiError } from './errors';
import { backoffDelay, wait } from './retry';
import { scrubText } from './scrub';
import type { WooFunctions } from './request';
import { getStoreSecrets, wooApiRequest } from './request';

export * from './batchPlan';

/** At most this many IDs of applied operations are listed in the failure's description. */
const MAX_LISTED_IDS = 100;

export { DEFAULT_BATCH_CONCURRENCY, MAX_BATCH_CONCURRENCY } from './batchWindow';

/** Sends of one batch request when the store answers 429 (it did not process the request). */
const MAX_THROTTLED_SENDS = 4;

export interface BatchFailure {
	/** 1-based number of the request that failed, of `requests`. */
	request: number;
	requests: number;
	/** 1-based range of the failed request's operations, of `total`. */
	first: number;
	last: number;
	total: number;
	/** Operations of the requests answered besides the failed one (their results, per-item errors included, are kept). */
	applied: number;
	/** IDs of the records those operations wrote (successful results only). */
	appliedIds: Array<number | string>;
	/** Operations of the requests not sent because of the failure. */
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

interface ChunkOutcome {
	body?: IDataObject;
	error?: unknown;
}

/** POSTs one chunk; a 429 lowers the window and sends it again after a pause (the store did not process it). */
async function sendChunk(
	ctx: WooFunctions,
	path: string,
	chunk: BatchChunk,
	window: BatchWindow,
	itemIndex: number | undefined,
): Promise<ChunkOutcome> {
	for (let send = 1; ; send++) {
		const started = Date.now();
		try {
			const body = (await wooApiRequest.call(ctx, 'POST', path, { body: chunk.body as IDataObject, itemIndex })) as IDataObject;
			window.answered(Date.now() - started, chunk.last - chunk.first + 1);
			return { body };
		} catch (error) {
			const status = error instanceof NodeApiError ? error.httpCode : undefined;
			if (status === '503') window.throttled();
			if (status !== '429' || send >= MAX_THROTTLED_SENDS) return { error };
			window.throttled();
			await wait(backoffDelay(send));
		}
	}
}

/**
 * Sends the chunks with at most `window.size` in flight, in order. After a failure nothing new is started;
 * the requests in flight finish. An undefined outcome means the chunk was not sent.
 */
async function sendChunks(
	ctx: WooFunctions,
	path: string,
	chunks: BatchChunk[],
	window: BatchWindow,
	itemIndex: number | undefined,
): Promise<Array<ChunkOutcome | undefined>> {
	const outcomes: Array<ChunkOutcome | undefined> = new Array(chunks.length).fill(undefined);
	let next = 0;
	let inFlight = 0;
	let stopped = false;
	await new Promise<void>((resolve) => {
		const pump = (): void => {
			while (!stopped && next < chunks.length && inFlight < window.size) {
				const index = next++;
				inFlight++;
				void sendChunk(ctx, path, chunks[index], window, itemIndex).then((outcome) => {
					outcomes[index] = outcome;
					inFlight--;
					if (outcome.error !== undefined) stopped = true;
					pump();
				});
			}
			if (inFlight === 0) resolve();
		};
		pump();
	});
	return outcomes;
}

export async function wooApiBatch(
	this: WooFunctions,
	endpoint: string,
	ops: BatchOperations,
	options: { itemIndex?: number; partial?: boolean; concurrency?: number } = {},
): Promise<BatchOutcome> {
	const chunks = chunkBatch(ops);
	const results: BatchOutcome = emptyResults(ops);
	const path = `${endpoint.replace(/^\/+|\/+$/g, '')}/batch`;
	const outcomes = await sendChunks(this, path, chunks, new BatchWindow(options.concurrency), options.itemIndex);
	let applied = 0;
	const answered: BatchChunk[] = [];
	outcomes.forEach((outcome, index) => {
		if (outcome?.body === undefined) return;
		mapChunkResults(chunks[index], outcome.body, results);
		applied += chunks[index].last - chunks[index].first + 1;
		answered.push(chunks[index]);
	});
	const i = outcomes.findIndex((outcome) => outcome?.error !== undefined);
	if (i < 0) return results;

	const chunk = chunks[i];
	const outcome = outcomes[i] as ChunkOutcome;
	// Config errors (NodeOperationError) come before anything is sent and need no batch context.
	if (!(outcome.error instanceof NodeApiError)) throw outcome.error as Error;
	const failed = outcome.error;
	const secrets = await getStoreSecrets.call(this);
	const status = failed.httpCode ?? undefined;
	const tooLarge = status === '413';
	const refused = status !== undefined && /^4\d\d$/.test(status);
	const total = countOperations(ops);
	const later = chunks.filter((_, index) => outcomes[index] === undefined);
	const notSent = later.reduce((sum, c) => sum + c.last - c.first + 1, 0);
	const appliedIds = appliedIdsOf(answered, results);
	const otherFailures = outcomes.filter((other, index) => index !== i && other?.error !== undefined).length;
	const label = `Batch request ${i + 1} of ${chunks.length}`;
	const parts: string[] = [];
	parts.push(
		applied > 0
			? `${appliedRequestsText(chunks, outcomes)} (${applied} operations) were applied; this one ${refused ? 'was refused' : 'failed'}${notSent ? ` and the following (${notSent} operations) were not sent` : ''}.`
			: `${refused ? 'No operation was applied' : 'No other request was applied'}${notSent ? `; the following requests (${notSent} operations) were not sent` : ''}.`,
	);
	if (otherFailures) parts.push(`${otherFailures} other request(s) sent at the same time failed too.`);
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
	outcomes.forEach((other, index) => {
		if (index === i || other?.error === undefined) return;
		const otherError = other.error as { message?: string; httpCode?: string | null };
		failChunk(chunks[index], results, {
			code: 'batch_request_failed',
			message: scrubText(`Batch request ${index + 1} of ${chunks.length} failed: ${otherError.message ?? 'unknown error'}`, secrets),
			status: otherError.httpCode && /^\d+$/.test(otherError.httpCode) ? Number(otherError.httpCode) : null,
		});
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

/** "Requests 1 to 3" when the answered requests are contiguous from 1, else "Requests 1, 3" (sent concurrently). */
function appliedRequestsText(chunks: BatchChunk[], outcomes: Array<ChunkOutcome | undefined>): string {
	const numbers = chunks.map((_, index) => index + 1).filter((n) => outcomes[n - 1]?.body !== undefined);
	const contiguous = numbers.every((n, index) => n === index + 1);
	return contiguous ? `Requests 1 to ${numbers.length}` : `Requests ${numbers.join(', ')}`;
}
