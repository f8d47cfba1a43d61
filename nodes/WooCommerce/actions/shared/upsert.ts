import { type IDataObject, type IExecuteFunctions, type INodeExecutionData, NodeOperationError } from 'n8n-workflow';

import { wooApiBatch, wooApiLookupEach, wooApiRequest } from '../../transport';
import { type ItemOperation } from './contract';
import { batchItemErrorJson, itemErrorJson, itemLabel, operationError } from './errors';
import { batchConcurrency } from './factories';
import { runEachItem } from './itemLoop';

/**
 * Create or Update for many items (customers by email, coupons by code): the lookups are sent a few at a time and
 * the writes go in batch requests of 100, instead of a lookup and a write per item one after the other.
 * WooCommerce filters customers by one `email` and coupons by one `code` per request (no list form), so the lookups
 * stay one per item; the writes drop from N requests to ceil(N/100).
 * A few items, or items that share a key (the later ones must see what the earlier ones created), go item by item.
 */

/** From this many items on, Create or Update takes the bulk path. */
export const BULK_UPSERT_MIN_ITEMS = 10;

export interface UpsertItem {
	key: string;
	/** Sent when the record is created (key included). */
	create: IDataObject;
	/** Sent when the record exists. */
	update: IDataObject;
}

export interface BulkUpsertConfig {
	label: string;
	/** How a duplicate is named: `Several ${plural} have the ${keyName} "…"`, and what to do about it. */
	plural: string;
	keyName: string;
	duplicateHint: string;
	collection: string;
	/** The list filter that finds a record by key, e.g. 'email', and any other filter (e.g. role=all). */
	param: string;
	qs?: IDataObject;
	/** Reads one item's key and bodies; throws a NodeOperationError for bad input. */
	prepare: (ctx: IExecuteFunctions, itemIndex: number) => UpsertItem;
	/** The records of a lookup that really have the key. */
	matches: (records: IDataObject[], key: string) => IDataObject[];
	/** Normalises a key to compare input items (e.g. lower case). */
	same: (key: string) => string;
}

/**
 * Create or Update of one item: one lookup by the key (GET collection?param=key), then an update of the one record
 * that has it or a create. A key that several records share writes nothing. The output says which in `_operation`.
 */
export function upsertItemOperation(config: BulkUpsertConfig) {
	return async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
		const { key, create, update } = config.prepare(this, itemIndex);
		const found = (await wooApiRequest.call(this, 'GET', config.collection, {
			qs: { [config.param]: key, ...(config.qs ?? {}) },
			itemIndex,
		})) as IDataObject[];
		const matches = config.matches(Array.isArray(found) ? found : [], key);
		if (matches.length > 1) {
			throw operationError(
				this,
				itemIndex,
				`Several ${config.plural} have the ${config.keyName} "${key}" (IDs ${matches.map((entry) => String(entry.id)).join(', ')}), so ${itemLabel(itemIndex)} was not written`,
				config.duplicateHint,
			);
		}
		if (matches.length === 1) {
			const id = Number(matches[0].id);
			const record = (await wooApiRequest.call(this, 'PUT', `${config.collection}/${id}`, { body: update, itemIndex })) as IDataObject;
			return { _operation: 'updated', ...record };
		}
		const record = (await wooApiRequest.call(this, 'POST', config.collection, { body: create, itemIndex })) as IDataObject;
		return { _operation: 'created', ...record };
	};
}

export function bulkUpsertOperation(
	single: ItemOperation,
	config: BulkUpsertConfig,
): (this: IExecuteFunctions, items: INodeExecutionData[]) => Promise<INodeExecutionData[]> {
	return async function executeAll(this: IExecuteFunctions, items: INodeExecutionData[]) {
		const output: INodeExecutionData[] = new Array(items.length);
		const fail = (itemIndex: number, error: NodeOperationError) => {
			if (!this.continueOnFail()) throw error;
			output[itemIndex] = { json: itemErrorJson(error), pairedItem: { item: itemIndex } };
		};
		const prepared: Array<UpsertItem & { itemIndex: number }> = [];
		const keys = new Set<string>();
		let shared = false;
		if (items.length >= BULK_UPSERT_MIN_ITEMS) {
			for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
				try {
					const item = config.prepare(this, itemIndex);
					if (keys.has(config.same(item.key))) shared = true;
					keys.add(config.same(item.key));
					prepared.push({ ...item, itemIndex });
				} catch (error) {
					fail(itemIndex, error instanceof NodeOperationError ? error : new NodeOperationError(this.getNode(), error as Error, { itemIndex }));
				}
			}
		}
		if (items.length < BULK_UPSERT_MIN_ITEMS || shared) return await runEachItem(this, single, items.length);

		const concurrency = batchConcurrency(this);
		const found = await wooApiLookupEach.call(
			this,
			config.collection,
			prepared.map((item) => ({ key: item.key, itemIndex: item.itemIndex })),
			{ param: config.param, qs: config.qs, concurrency },
		);
		// Decided before the first write: an ambiguous key stops the node with nothing written.
		const creates: typeof prepared = [];
		const updates: Array<(typeof prepared)[number] & { id: number }> = [];
		prepared.forEach((item, position) => {
			const matches = config.matches(found[position], item.key);
			if (matches.length > 1) {
				const ids = matches.map((entry) => String(entry.id)).join(', ');
				fail(
					item.itemIndex,
					operationError(
						this,
						item.itemIndex,
						`Several ${config.label}s have the ${config.param} "${item.key}" (IDs ${ids}), so ${itemLabel(item.itemIndex)} was not written`,
						`Update the ${config.label} by ID instead.`,
					),
				);
			} else if (matches.length === 1) updates.push({ ...item, id: Number(matches[0].id) });
			else creates.push(item);
		});

		const results = await wooApiBatch.call(
			this,
			config.collection,
			{ create: creates.map((item) => item.create), update: updates.map((item) => ({ ...item.update, id: item.id })) },
			{ partial: true, concurrency },
		);
		if (results.failure && !this.continueOnFail()) throw results.failure.error;
		const written = (kind: 'create' | 'update', list: typeof prepared) =>
			list.forEach((item, position) => {
				const result = results[kind][position];
				if (result.ok) {
					output[item.itemIndex] = { json: { _operation: kind === 'create' ? 'created' : 'updated', ...result.json }, pairedItem: { item: item.itemIndex } };
					return;
				}
				output[item.itemIndex] = { json: batchItemErrorJson(result.json), pairedItem: { item: item.itemIndex } };
			});
		written('create', creates);
		written('update', updates);
		if (!this.continueOnFail()) {
			const refused = output.findIndex((item) => item && 'error' in item.json);
			if (refused >= 0) {
				const ok = output.filter((item) => item && !('error' in item.json)).length;
				throw operationError(
					this,
					refused,
					`The store refused the ${config.label} of ${itemLabel(refused)}: ${String(output[refused].json.error)}`,
					`${ok} other item(s) were written. Turn on Continue On Fail to get one output item per input item with its own result or error.`,
				);
			}
		}
		return output;
	};
}
