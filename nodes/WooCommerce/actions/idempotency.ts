import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { wooApiRequest, wooApiRequestAllItems } from '../transport';

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

/** The key of this item, or undefined when the parameter is empty. */
export function readIdempotencyKey(ctx: IExecuteFunctions, itemIndex: number): string | undefined {
	const value = String(ctx.getNodeParameter('idempotencyKey', itemIndex, '') ?? '').trim();
	return value === '' ? undefined : value;
}

/** The record created in the window with this key, read in full, or undefined. */
export async function findByIdempotencyKey(
	ctx: IExecuteFunctions,
	collection: string,
	key: string,
	itemIndex: number,
): Promise<IDataObject | undefined> {
	const since = new Date(Date.now() - IDEMPOTENCY_WINDOW_HOURS * 3600 * 1000).toISOString().slice(0, 19);
	const recent = await wooApiRequestAllItems.call(
		ctx,
		collection,
		{ after: since, _fields: 'id,meta_data', status: 'any' },
		{ returnAll: true, itemIndex },
	);
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
