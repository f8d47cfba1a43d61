/**
 * Batch writes: `POST <endpoint>/batch` with {create, update, delete}, split into requests of at most
 * 100 operations, sent one after the other (never retried: POST), each result mapped back to its input.
 * A failing item comes back in place as `{ ok: false, json: { id?, error: { code, message, status } } }`.
 */
import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { BatchOperations, BatchResults } from './batchPlan';
import { chunkBatch, countOperations, emptyResults, mapChunkResults } from './batchPlan';
import { buildApiError } from './errors';
import type { WooFunctions } from './request';
import { getStoreSecrets, wooApiRequest } from './request';

export * from './batchPlan';

export async function wooApiBatch(
	this: WooFunctions,
	endpoint: string,
	ops: BatchOperations,
	options: { itemIndex?: number } = {},
): Promise<BatchResults> {
	const chunks = chunkBatch(ops);
	const results = emptyResults(ops);
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
		const response = outcome.body;
		let failure: NodeApiError | undefined;
		if (outcome.error !== undefined) {
			// Config errors (NodeOperationError) need no batch context.
			if (!(outcome.error instanceof NodeApiError)) throw outcome.error as Error;
			failure = outcome.error;
		}
		if (failure) {
			const secrets = await getStoreSecrets.call(this);
			const status = failure.httpCode ?? undefined;
			const tooLarge = status === '413';
			const done =
				applied > 0
					? ` Requests 1 to ${i} (${applied} operations) were applied; this one and the following were not.`
					: ' No operation was applied.';
			throw buildApiError(
				this.getNode(),
				{
					httpCode: failure.httpCode,
					code: tooLarge ? 'woocommerce_rest_request_entity_too_large' : undefined,
					message: `Batch request ${i + 1} of ${chunks.length} (operations ${chunk.first}–${chunk.last} of ${countOperations(ops)}) failed: ${failure.message}`,
					description: `${failure.description ?? ''}${done}`.trim(),
				},
				{ secrets, itemIndex: options.itemIndex },
			);
		}
		mapChunkResults(chunk, response, results);
		applied += chunk.last - chunk.first + 1;
	}
	return results;
}
