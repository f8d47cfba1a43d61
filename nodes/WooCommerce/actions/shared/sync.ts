import {
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
	NodeOperationError,
} from 'n8n-workflow';

import { batchConcurrencyOption } from '../../descriptions/common.descriptions';
import { type BatchItemResult, wooApiBatch, wooApiLookup } from '../../transport';
import { type AllOperation, type ResourceConfig } from './contract';
import { show } from './descriptions';
import { batchItemErrorJson, itemErrorJson, itemLabel, operationError } from './errors';
import { batchConcurrency, callParameter } from './factories';
import { productStatusField, stockStatusField } from './productFields';

/**
 * Sync by SKU (products and variations): the incoming items are the source of truth for the fields chosen in the
 * node. The records are read 100 SKUs per request, only the records whose chosen fields differ are written, in
 * batch requests of 100. An unchanged record is never written (each write fires `*.updated` webhooks, which feed
 * the overwrite loops between two systems).
 */

type SyncKind = 'text' | 'decimal' | 'integer';

/** The fields a sync may own, and how their values compare ("10" = "10.00"; stock as a whole number). */
const SYNC_FIELDS: Array<{ property: INodeProperties; kind: SyncKind; productOnly?: boolean }> = [
	{ kind: 'text', productOnly: true, property: { displayName: 'Name', name: 'name', type: 'string', default: '' } },
	{
		kind: 'decimal',
		property: { displayName: 'Regular Price', name: 'regular_price', type: 'string', default: '', placeholder: 'e.g. 19.90', description: 'Empty clears the price' },
	},
	{
		kind: 'decimal',
		property: { displayName: 'Sale Price', name: 'sale_price', type: 'string', default: '', placeholder: 'e.g. 14.90', description: 'Empty ends the sale' },
	},
	{ kind: 'text', property: { ...productStatusField } },
	{
		kind: 'integer',
		property: {
			displayName: 'Stock Quantity',
			name: 'stock_quantity',
			type: 'number',
			default: 0,
			description: 'Whole number of units; a record written with a quantity gets Manage Stock turned on',
		},
	},
	{ kind: 'text', property: { ...stockStatusField, description: 'Ignored by WooCommerce when Manage Stock is on: the quantity decides' } },
	{ kind: 'decimal', property: { displayName: 'Weight', name: 'weight', type: 'string', default: '', placeholder: 'e.g. 0.2', description: 'In the store’s weight unit' } },
];

export type SyncOperation = 'updated' | 'unchanged' | 'created' | 'missing' | 'error';

type Value = IDataObject[string];

interface Change extends IDataObject {
	old: Value;
	new: Value;
}

interface Update {
	entry: SyncEntry;
	id: Value;
	changes: Record<string, Change>;
}

interface SyncEntry {
	itemIndex: number;
	sku: string;
	collection: string;
	values: IDataObject;
}

/** The value to send, or an error message naming the field. */
export function normaliseSyncValue(kind: SyncKind, value: unknown): { value: string | number } | { error: string } {
	if (kind === 'integer') {
		const n = typeof value === 'string' && value.trim() !== '' ? Number(value.trim()) : value;
		if (typeof n !== 'number' || !Number.isInteger(n)) return { error: 'must be a whole number, e.g. 12' };
		return { value: n };
	}
	const text = value === null || value === undefined ? '' : String(value).trim();
	if (kind === 'decimal' && text !== '' && !/^-?(\d+\.?\d*|\.\d+)$/.test(text)) {
		return { error: 'must be a number with a dot as the decimal separator, e.g. 10.50, or empty' };
	}
	return { value: text };
}

/** Whether the store's value already equals the wanted one, compared as the store means it. */
export function sameSyncValue(kind: SyncKind, stored: unknown, wanted: unknown): boolean {
	if (kind === 'integer') return stored !== null && stored !== undefined && stored !== '' && Number(stored) === wanted;
	const text = stored === null || stored === undefined ? '' : String(stored);
	if (kind === 'decimal') {
		if (text.trim() === '' || wanted === '') return text.trim() === wanted;
		return Number(text) === Number(wanted);
	}
	return text === wanted;
}

/** The changes that bring `record` to `values` (with Manage Stock turned on when a quantity is set). */
export function syncChanges(record: IDataObject, values: IDataObject): Record<string, Change> {
	const changes: Record<string, Change> = {};
	for (const { property, kind } of SYNC_FIELDS) {
		if (!(property.name in values)) continue;
		if (!sameSyncValue(kind, record[property.name], values[property.name])) {
			changes[property.name] = { old: record[property.name] ?? null, new: values[property.name] };
		}
	}
	if ('stock_quantity' in values && record.manage_stock !== true) changes.manage_stock = { old: record.manage_stock ?? false, new: true };
	return changes;
}

/** The chosen fields an item carries (a field the item lacks is not synced for it). */
function pick(json: IDataObject, names: string[]): IDataObject {
	const out: IDataObject = {};
	for (const name of names) if (json[name] !== undefined) out[name] = json[name];
	return out;
}

/** A refused write in the one item-error shape, with what Sync adds (`_operation`, the SKU, the changes). */
function resultError(result: BatchItemResult): IDataObject {
	const { id: _id, ...json } = batchItemErrorJson(result.json);
	return json;
}

export function syncOperation(config: ResourceConfig, options: { canCreate: boolean }): AllOperation {
	const fields = SYNC_FIELDS.filter((field) => config.resource === 'product' || !field.productOnly);
	const kindOf = new Map(fields.map((field) => [field.property.name, field.kind]));
	const missingOptions = [
		{ name: 'Skip and Report', value: 'skip', description: 'Output the item with "_operation": "missing" and write nothing' },
		...(options.canCreate
			? [{ name: 'Create', value: 'create', description: `Create a ${config.label} with this SKU and the synced fields` }]
			: []),
		{ name: 'Error', value: 'error', description: 'Stop the node before anything is written (with Continue On Fail: an error on that item)' },
	];
	const manual = { show: { syncMapping: ['manual'] } };
	const properties: INodeProperties[] = [
		{
			displayName: 'Mapping',
			name: 'syncMapping',
			type: 'options',
			options: [
				{
					name: 'Map Each Field Manually',
					value: 'manual',
					description: 'Give the SKU and each field as a value or an expression',
				},
				{
					name: 'Map Automatically',
					value: 'auto',
					description:
						'The incoming items carry "sku" and the chosen fields under WooCommerce\'s names (e.g. regular_price, stock_quantity): no expression is evaluated per item, the fastest for thousands of items',
				},
			],
			default: 'manual',
		},
		{
			displayName: 'SKU',
			name: 'syncSku',
			type: 'string',
			required: true,
			default: '={{ $json.sku }}',
			description: `The SKU that identifies the ${config.label} each item syncs`,
			displayOptions: manual,
		},
		{
			displayName: 'Fields to Sync',
			name: 'syncFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'The fields the incoming items own: only these are compared and written',
			options: fields.map((field) => field.property),
			displayOptions: manual,
		},
		{
			displayName: 'Fields to Sync',
			name: 'syncFieldNames',
			type: 'multiOptions',
			required: true,
			default: [],
			description: 'The fields the incoming items own, read from the item fields of the same name: only these are compared and written',
			options: fields.map((field) => ({ name: field.property.displayName, value: field.property.name })),
			displayOptions: { show: { syncMapping: ['auto'] } },
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				batchConcurrencyOption,
				{
					displayName: 'If SKU Is Not Found',
					name: 'ifMissing',
					type: 'options',
					options: missingOptions,
					default: 'skip',
					description: `What to do with an item whose SKU no ${config.label} has`,
				},
			],
		},
	];

	async function executeAll(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		const output: INodeExecutionData[] = new Array(items.length);
		const settings = callParameter<IDataObject>(this, 'options', 'Options', {});
		const ifMissing = (settings.ifMissing as string | undefined) ?? 'skip';
		const concurrency = batchConcurrency(this);
		const emit = (itemIndex: number, json: IDataObject) => {
			output[itemIndex] = { json, pairedItem: { item: itemIndex } };
		};
		// Problems found before anything is written stop the node, unless Continue On Fail.
		const refuse = (itemIndex: number, sku: string, message: string, description: string) => {
			if (!this.continueOnFail()) throw operationError(this, itemIndex, message, description);
			emit(itemIndex, { _operation: 'error', sku, ...itemErrorJson(operationError(this, itemIndex, message, description)) });
		};

		// Map Automatically reads the items themselves: n8n evaluates no expression per item (~0.4 ms each).
		const auto = callParameter<string>(this, 'syncMapping', 'Mapping', 'manual') === 'auto';
		const autoFields = auto ? callParameter<string[]>(this, 'syncFieldNames', 'Fields to Sync', []) : [];
		const entries: SyncEntry[] = [];
		const firstItemOfSku = new Map<string, number>();
		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			let collection: string;
			try {
				collection = config.collection.call(this, itemIndex);
			} catch (error) {
				const failure = error instanceof NodeOperationError ? error : new NodeOperationError(this.getNode(), error as Error, { itemIndex });
				if (!this.continueOnFail()) throw failure;
				emit(itemIndex, { _operation: 'error', ...itemErrorJson(failure) });
				continue;
			}
			const sku = String((auto ? items[itemIndex].json.sku : this.getNodeParameter('syncSku', itemIndex, '')) ?? '').trim();
			if (sku === '') {
				refuse(itemIndex, sku, `The field "SKU" is empty in ${itemLabel(itemIndex)}`, `Sync finds each ${config.label} by its SKU: give one for every item.`);
				continue;
			}
			const raw = auto ? pick(items[itemIndex].json, autoFields) : (this.getNodeParameter('syncFields', itemIndex, {}) as IDataObject);
			const values: IDataObject = {};
			let invalid: string | undefined;
			for (const [name, value] of Object.entries(raw)) {
				const kind = kindOf.get(name);
				if (!kind) continue;
				const normalised = normaliseSyncValue(kind, value);
				if ('error' in normalised) {
					const label = fields.find((field) => field.property.name === name)?.property.displayName ?? name;
					invalid = `The field "${label}" (${JSON.stringify(value)}) in ${itemLabel(itemIndex)} ${normalised.error}`;
					break;
				}
				values[name] = normalised.value;
			}
			if (invalid) {
				refuse(itemIndex, sku, invalid, 'Fix the value in the incoming item or the expression that maps it.');
				continue;
			}
			if (Object.keys(values).length === 0) {
				if (auto && autoFields.length) {
					refuse(
						itemIndex,
						sku,
						`${itemLabel(itemIndex)} has none of the fields to sync (${autoFields.join(', ')})`,
						'With Map Automatically, the items carry the values under WooCommerce\'s field names: rename them first (e.g. with an Edit Fields node), or map each field manually.',
					);
					continue;
				}
				throw new NodeOperationError(this.getNode(), 'No field to sync is chosen', {
					itemIndex,
					description: 'Add at least one field under "Fields to Sync" (e.g. Stock Quantity or Regular Price).',
				});
			}
			const scopedKey = `${collection}\n${sku}`;
			const first = firstItemOfSku.get(scopedKey);
			if (first !== undefined) {
				refuse(
					itemIndex,
					sku,
					`The SKU "${sku}" of ${itemLabel(itemIndex)} is also in ${itemLabel(first)}`,
					'Each SKU may come once per run: remove or merge the duplicate items first (e.g. with a Remove Duplicates node).',
				);
				continue;
			}
			firstItemOfSku.set(scopedKey, itemIndex);
			entries.push({ itemIndex, sku, collection, values });
		}

		const collections = [...new Set(entries.map((entry) => entry.collection))];
		const fieldNames = [...new Set(entries.flatMap((entry) => Object.keys(entry.values)))];
		// Every collection is read and decided before the first write, so a refused item stops the node with
		// nothing written.
		const plans: Array<{ collection: string; itemIndex: number; updates: Update[]; creates: SyncEntry[] }> = [];
		for (const collection of collections) {
			const group = entries.filter((entry) => entry.collection === collection);
			const found = await wooApiLookup.call(
				this,
				collection,
				group.map((entry) => entry.sku),
				{
					param: 'sku',
					qs: { status: 'any', _fields: ['id', 'sku', 'manage_stock', ...fieldNames].join(',') },
					concurrency,
					itemIndex: group[0].itemIndex,
				},
			);

			const updates: Update[] = [];
			const creates: SyncEntry[] = [];
			for (const entry of group) {
				const matches = found.get(entry.sku) ?? [];
				if (matches.length > 1) {
					refuse(
						entry.itemIndex,
						entry.sku,
						`The SKU "${entry.sku}" of ${itemLabel(entry.itemIndex)} belongs to ${matches.length} ${config.label}s (IDs ${matches.map((m) => String(m.id)).join(', ')})`,
						`Nothing was written for it: make the SKU unique in the store, or update the ${config.label}s by ID.`,
					);
				} else if (matches.length === 1) {
					const changes = syncChanges(matches[0], entry.values);
					if (Object.keys(changes).length === 0) emit(entry.itemIndex, { _operation: 'unchanged', id: matches[0].id, sku: entry.sku });
					else updates.push({ entry, id: matches[0].id, changes });
				} else if (ifMissing === 'create' && options.canCreate) {
					creates.push(entry);
				} else if (ifMissing === 'error') {
					refuse(
						entry.itemIndex,
						entry.sku,
						`No ${config.label} has the SKU "${entry.sku}" (${itemLabel(entry.itemIndex)})`,
						`Check the SKU, or set "If SKU Is Not Found" to Skip and Report${options.canCreate ? ' or Create' : ''}.`,
					);
				} else {
					emit(entry.itemIndex, { _operation: 'missing', sku: entry.sku });
				}
			}
			if (updates.length || creates.length) plans.push({ collection, itemIndex: group[0].itemIndex, updates, creates });
		}

		for (const { collection, itemIndex, updates, creates } of plans) {

			const createBody = (entry: SyncEntry): IDataObject => ({
				sku: entry.sku,
				...entry.values,
				...('stock_quantity' in entry.values ? { manage_stock: true } : {}),
			});
			const updateBody = (update: Update): IDataObject => {
				const body: IDataObject = { id: update.id };
				for (const [name, change] of Object.entries(update.changes)) body[name] = change.new;
				return body;
			};
			const results = await wooApiBatch.call(
				this,
				collection,
				{ create: creates.map(createBody), update: updates.map(updateBody) },
				{ partial: true, concurrency, itemIndex },
			);
			if (results.failure && !this.continueOnFail()) throw results.failure.error;
			creates.forEach((entry, position) => {
				const result = results.create[position];
				const written: Record<string, Change> = {};
				for (const [name, value] of Object.entries(createBody(entry))) if (name !== 'sku') written[name] = { old: null, new: value };
				emit(
					entry.itemIndex,
					result.ok
						? { _operation: 'created', id: result.json.id, sku: entry.sku, changes: written }
						: { _operation: 'error', sku: entry.sku, ...resultError(result) },
				);
			});
			updates.forEach((update, position) => {
				const result = results.update[position];
				emit(
					update.entry.itemIndex,
					result.ok
						? { _operation: 'updated', id: update.id, sku: update.entry.sku, changes: update.changes }
						: { _operation: 'error', id: update.id, sku: update.entry.sku, changes: update.changes, ...resultError(result) },
				);
			});
		}
		return output;
	}

	return { description: show(config, 'sync', properties), executeAll };
}
