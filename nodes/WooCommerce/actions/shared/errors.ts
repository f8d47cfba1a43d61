/**
 * The error an operation throws for bad input (names the item and the field, says how to fix it), and the one shape
 * every failing item takes in the output with Continue On Fail, batch or not.
 */
import { type IDataObject, type IExecuteFunctions, NodeApiError, NodeOperationError } from 'n8n-workflow';

import { wooErrorCode } from '../../transport';

/** "item 3" in messages is 1-based like the editor shows it; n8n's itemIndex stays 0-based. */
export function itemLabel(itemIndex: number): string {
	return `item ${itemIndex + 1}`;
}

export function operationError(
	ctx: IExecuteFunctions,
	itemIndex: number,
	message: string,
	description?: string,
): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), message, { itemIndex, description });
}

/**
 * A failing item's output: `{ success: false, error: <message>, code: <WooCommerce code or null>, httpCode: <status or
 * null>, description?, id? }`, whether the item failed alone, in a batch request, or before anything was sent.
 */
export function itemErrorJson(failure: unknown): IDataObject {
	const json: IDataObject = { success: false, error: '', code: null, httpCode: null };
	if (failure instanceof NodeApiError) {
		json.error = failure.message;
		json.code = wooErrorCode(failure) ?? null;
		json.httpCode = failure.httpCode ?? null;
		if (failure.description) json.description = failure.description;
	} else if (failure instanceof NodeOperationError) {
		json.error = failure.message;
		if (failure.description) json.description = failure.description;
	} else {
		json.error = failure instanceof Error ? failure.message : String(failure);
	}
	return json;
}

/** A batch result the store refused (`{ id?, error: { code, message, status } }`) in the same shape. */
export function batchItemErrorJson(result: IDataObject): IDataObject {
	const error = (result.error ?? {}) as IDataObject;
	const json: IDataObject = {
		success: false,
		error: typeof error.message === 'string' && error.message !== '' ? error.message : 'The store refused this item.',
		code: typeof error.code === 'string' ? error.code : null,
		httpCode: error.status === undefined || error.status === null ? null : String(error.status),
	};
	if (result.id !== undefined) json.id = result.id;
	return json;
}
