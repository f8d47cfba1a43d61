import { type IDataObject, type IExecuteFunctions, type INodeProperties, type NodeApiError } from 'n8n-workflow';

import { isUnknownWriteOutcome, wooApiRequest, wooApiRequestAllItems } from '../../transport';

/** Meta key that carries the key on the record (visible under the order's custom fields in wp-admin). */
export const IDEMPOTENCY_META_NAME = 'n8n_idempotency_key';

/** How far back the lookup reads: records created in the last 24 hours. */
export const IDEMPOTENCY_WINDOW_HOURS = 24;

export const idempotencyKeyParameter: INodeProperties = {
	displayName: 'Idempotency Key',
	name: 'idempotencyKey',
	type: 'string',
	default: '',
	placeholder: 'e.g. {{ $json.erpOrderId }}',
	description: `A value that identifies this record in the system it comes from (e.g. the upstream order ID). The node stores it in the record's meta data (${IDEMPOTENCY_META_NAME}) and, before creating, looks for a record created in the last ${IDEMPOTENCY_WINDOW_HOURS} hours with the same key: when there is one, it is returned instead of creating a second one, so re-running the workflow or Retry On Fail never duplicates it. Costs one list request per 100 records created in that window (only IDs and meta data are read). Leave empty to always create.`,
};

export const refundIdempotencyKeyParameter: INodeProperties = {
	...idempotencyKeyParameter,
	placeholder: 'e.g. {{ $json.returnId }}',
	description: `A value that identifies this refund in the system it comes from (e.g. the return or credit note ID). The node stores it in the refund's meta data (${IDEMPOTENCY_META_NAME}) and, before refunding, reads the order's refunds (one request per 100 refunds, IDs and meta data only): when one has the same key, it is returned instead of refunding again, so re-running the workflow or Retry On Fail never refunds twice. Leave empty to always refund.`,
};

/** The key of this item, or undefined when the parameter is empty. */
export function readIdempotencyKey(ctx: IExecuteFunctions, itemIndex: number): string | undefined {
	const value = String(ctx.getNodeParameter('idempotencyKey', itemIndex, '') ?? '').trim();
	return value === '' ? undefined : value;
}

export interface IdempotencyLookup {
	/** Only records created in the last IDEMPOTENCY_WINDOW_HOURS are read (orders); false reads the whole list (refunds). */
	window: boolean;
}

/** The record with this key, read in full, or undefined. */
export async function findByIdempotencyKey(
	ctx: IExecuteFunctions,
	collection: string,
	key: string,
	itemIndex: number,
	lookup: IdempotencyLookup = { window: true },
): Promise<IDataObject | undefined> {
	const qs: IDataObject = { _fields: 'id,meta_data' };
	if (lookup.window) {
		qs.after = new Date(Date.now() - IDEMPOTENCY_WINDOW_HOURS * 3600 * 1000).toISOString().slice(0, 19);
		qs.dates_are_gmt = true;
		qs.status = 'any';
	}
	const recent = await wooApiRequestAllItems.call(ctx, collection, qs, { returnAll: true, itemIndex });
	const match = recent.find((record) =>
		((record.meta_data ?? []) as IDataObject[]).some(
			(meta) => meta.key === IDEMPOTENCY_META_NAME && String(meta.value) === key,
		),
	);
	if (!match) return undefined;
	return (await wooApiRequest.call(ctx, 'GET', `${collection}/${String(match.id)}`, { itemIndex })) as IDataObject;
}

/** The body with the key added to its meta data. */
export function withIdempotencyKey(body: IDataObject, key: string): IDataObject {
	const meta = ((body.meta_data ?? []) as IDataObject[]).filter((entry) => entry.key !== IDEMPOTENCY_META_NAME);
	return { ...body, meta_data: [...meta, { key: IDEMPOTENCY_META_NAME, value: key }] };
}

/**
 * POST `collection` once per key: a record that already has the key is returned instead, the body carries the key,
 * and when the create's answer is lost the record is looked up by the key (found: reported as created).
 * Without a key it is a plain create.
 */
export async function createOnce(
	ctx: IExecuteFunctions,
	collection: string,
	body: IDataObject,
	key: string | undefined,
	itemIndex: number,
	lookup: IdempotencyLookup = { window: true },
): Promise<IDataObject> {
	if (key === undefined) return (await wooApiRequest.call(ctx, 'POST', collection, { body, itemIndex })) as IDataObject;
	const existing = await findByIdempotencyKey(ctx, collection, key, itemIndex, lookup);
	if (existing) return existing;
	let failure: unknown;
	const created = (await wooApiRequest
		.call(ctx, 'POST', collection, { body: withIdempotencyKey(body, key), itemIndex })
		.catch((error: unknown) => {
			failure = error;
			return undefined;
		})) as IDataObject | undefined;
	if (failure === undefined) return created ?? {};
	// The answer was lost: the record is ours if it carries the key.
	const found = isUnknownWriteOutcome(failure)
		? await findByIdempotencyKey(ctx, collection, key, itemIndex, lookup).catch(() => undefined)
		: undefined;
	if (found) return found;
	throw failure as NodeApiError;
}
