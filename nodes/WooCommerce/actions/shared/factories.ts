/**
 * Operation factories: Get, Get Many, Create, Update, Delete, Batch for any resource from its ResourceConfig, and the wrappers some resources add.
 */
import {
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
	NodeApiError,
	NodeOperationError,
} from 'n8n-workflow';

import {
	concurrencyOption,
	fieldsOption,
	forceDeleteParameter,
	returnAllOrLimit,
	simplifyParameter,
	sortOptions,
} from '../../descriptions/common.descriptions';
import { wooApiBatch, wooApiCount, wooApiRequest, wooApiRequestAllItems, wooErrorCode, wooErrorData } from '../../transport';
import { nothingToUpdate, writeBody } from './bodies';
import { AllOperation, type ItemOperation, type ItemResult, type ResourceConfig, WriteOptions } from './contract';
import { batchOptions, byLabel, fieldsCollection, optionsWithFields, show, showFor } from './descriptions';
import { batchItemErrorJson, itemErrorJson, itemLabel, operationError } from './errors';
import { createOnce, idempotencyKeyParameter, readIdempotencyKey } from './idempotency';
import { checkIdList, parseId, recordId } from './ids';
import {
	asList,
	fieldSelection,
	filtersToQuery,
	readLimit,
	selectFields,
	shapeRecords,
	topLevelFields,
} from './records';
import { itemParameter, parseJsonParameter, validated } from './values';

export function getOperation(config: ResourceConfig, extra: INodeProperties[] = []): ItemOperation {
	const properties: INodeProperties[] = [
		config.idParameter,
		...(config.simplify ? [simplifyParameter] : []),
		...extra,
		optionsWithFields,
	];
	return {
		description: show(config, 'get', properties),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const id = recordId(this, config, itemIndex);
			const { paths, query } = fieldSelection(this, itemIndex);
			const record = (await wooApiRequest.call(
				this,
				'GET',
				`${config.collection.call(this, itemIndex)}/${id}`,
				{ qs: query, itemIndex },
			)) as IDataObject;
			return shapeRecords(this, config, itemIndex, [record], paths)[0];
		},
	};
}

/** What a list operation reads: its Filters (and which are dates), its sort fields, its fixed query. */
export interface ListOptions {
	filters?: INodeProperties[];
	dateFilters?: string[];
	orderBy?: string[];
	/** Lists without pagination (e.g. order notes) return everything in one call. */
	paginated?: boolean;
	defaultQuery?: IDataObject;
}

function filtersCollection(filters: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		description:
			'With a legacy API credential (wc-api/v3) only Search, the date filters, Status, Type, Role, SKU, Email and Code apply; any other filter is refused by name instead of being ignored',
		options: filters,
	};
}

/** Count: how many records Get Many would return with the same Filters, in one request (`{ "count": N }`). */
export function countOperation(config: ResourceConfig, options: ListOptions): ItemOperation {
	return {
		description: show(config, 'count', options.filters?.length ? [filtersCollection(options.filters)] : []),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
			const qs: IDataObject = { ...(options.defaultQuery ?? {}), ...filtersToQuery(this, itemIndex, filters, options.dateFilters) };
			return { count: await wooApiCount.call(this, config.collection.call(this, itemIndex), qs, itemIndex) };
		},
	};
}

export function getManyOperation(config: ResourceConfig, options: ListOptions = {}): ItemOperation {
	const paginated = options.paginated ?? true;
	const optionFields: INodeProperties[] = [fieldsOption];
	if (paginated) optionFields.push(concurrencyOption);
	if (options.orderBy) optionFields.push(...sortOptions(options.orderBy));
	const properties: INodeProperties[] = [
		...(paginated ? returnAllOrLimit : []),
		...(config.simplify ? [simplifyParameter] : []),
	];
	if (options.filters?.length) properties.push(filtersCollection(options.filters));
	properties.push({
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: optionFields.sort((a, b) => byLabel(a.displayName, b.displayName)),
	});
	return {
		description: show(config, 'getAll', properties),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
			const opts = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
			const { paths, query: fieldsQuery } = fieldSelection(this, itemIndex);
			const qs: IDataObject = {
				...(options.defaultQuery ?? {}),
				...filtersToQuery(this, itemIndex, filters, options.dateFilters),
				...fieldsQuery,
			};
			if (paths.length && !topLevelFields(paths).includes('id')) {
				// The walk de-duplicates by id, so ask for it and drop it afterwards.
				qs._fields = `${qs._fields},id`;
			}
			if (opts.orderby) qs.orderby = opts.orderby;
			if (opts.order) qs.order = opts.order;
			const endpoint = config.collection.call(this, itemIndex);
			let records: IDataObject[];
			if (paginated) {
				const limit = readLimit(this, itemIndex);
				records = await wooApiRequestAllItems.call(this, endpoint, qs, {
					returnAll: limit === undefined,
					limit,
					concurrency: opts.concurrency as number | undefined,
					itemIndex,
				});
			} else {
				records = (await wooApiRequest.call(this, 'GET', endpoint, { qs, itemIndex })) as IDataObject[];
			}
			return shapeRecords(this, config, itemIndex, records, paths);
		},
	};
}

export function createOperation(config: ResourceConfig, write: WriteOptions): ItemOperation {
	const properties = [
		...(write.fields ?? []),
		...(write.idempotencyKey ? [idempotencyKeyParameter] : []),
		fieldsCollection('additionalFields', 'Additional Fields', write.optionalFields ?? []),
	];
	return {
		description: show(config, 'create', properties),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			let body = await writeBody(this, itemIndex, write, 'additionalFields');
			const collection = config.collection.call(this, itemIndex);
			const key = write.idempotencyKey ? readIdempotencyKey(this, itemIndex) : undefined;
			return await createOnce(this, collection, body, key, itemIndex);
		},
	};
}

export function updateOperation(config: ResourceConfig, write: WriteOptions): ItemOperation {
	const properties = [
		config.idParameter,
		...(write.fields ?? []),
		fieldsCollection('updateFields', 'Update Fields', write.optionalFields ?? []),
	];
	return {
		description: show(config, 'update', properties),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const id = recordId(this, config, itemIndex);
			const body = await writeBody(this, itemIndex, write, 'updateFields');
			if (Object.keys(body).length === 0) throw nothingToUpdate(this, itemIndex);
			return (await wooApiRequest.call(this, 'PUT', `${config.collection.call(this, itemIndex)}/${id}`, {
				body,
				itemIndex,
			})) as IDataObject;
		},
	};
}

/** `trash`: the resource can be trashed, so Force is a choice; otherwise WooCommerce requires force=true. */
export function deleteOperation(config: ResourceConfig, options: { trash: boolean }): ItemOperation {
	const properties = [config.idParameter, ...(options.trash ? [forceDeleteParameter(config.label)] : [])];
	return {
		description: show(config, 'delete', properties),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const id = recordId(this, config, itemIndex);
			const force = options.trash ? (this.getNodeParameter('force', itemIndex, false) as boolean) : true;
			const record = (await wooApiRequest.call(
				this,
				'DELETE',
				`${config.collection.call(this, itemIndex)}/${id}`,
				{ qs: { force }, itemIndex },
			)) as IDataObject;
			// Some controllers (product reviews) answer { deleted, previous } instead of the record itself.
			const deletedRecord =
				'deleted' in record && record.previous && typeof record.previous === 'object'
					? (record.previous as IDataObject)
					: record;
			return { deleted: true, permanently: force, ...deletedRecord };
		},
	};
}

function prepareBatchItem(
	ctx: IExecuteFunctions,
	config: ResourceConfig,
	action: 'create' | 'update' | 'delete',
	itemIndex: number,
): { collection: string; payload: IDataObject | number } | { error: NodeOperationError } {
	try {
		const collection = config.collection.call(ctx, itemIndex);
		if (action === 'delete') {
			return { collection, payload: parseId(ctx, itemParameter(ctx, 'batchId', itemIndex), itemIndex, config.label) };
		}
		const data = parseJsonParameter(ctx, itemParameter(ctx, 'batchData', itemIndex), itemIndex, 'Data (JSON)');
		if (Array.isArray(data)) {
			throw operationError(ctx, itemIndex, `The field "Data (JSON)" in ${itemLabel(itemIndex)} must be a JSON object, not an array`);
		}
		const payload: IDataObject = { ...data };
		if (action === 'update') {
			payload.id = parseId(ctx, itemParameter(ctx, 'batchId', itemIndex), itemIndex, config.label);
		} else {
			delete payload.id;
		}
		return { collection, payload };
	} catch (error) {
		return {
			error:
				error instanceof NodeOperationError
					? error
					: new NodeOperationError(ctx.getNode(), error as Error, { itemIndex }),
		};
	}
}

/**
 * A parameter of the whole call (a batch's action, its options): the items go out in the same requests, so every
 * item must give the same value; one that differs (an expression) is refused with both items named.
 */
export function callParameter<T>(ctx: IExecuteFunctions, name: string, label: string, fallback: T): T {
	const first = ctx.getNodeParameter(name, 0, fallback) as T;
	// Without an expression in it the value is the same for every item: no need to read it 1,000 times.
	if (!holdsExpression(ctx.getNode().parameters[name])) return first;
	const count = ctx.getInputData().length;
	for (let itemIndex = 1; itemIndex < count; itemIndex++) {
		const value = ctx.getNodeParameter(name, itemIndex, fallback) as T;
		if (JSON.stringify(value) !== JSON.stringify(first)) {
			throw operationError(
				ctx,
				itemIndex,
				`The field "${label}" in ${itemLabel(itemIndex)} differs from item 1 (${JSON.stringify(value)} instead of ${JSON.stringify(first)})`,
				'This operation sends all items in the same requests: give every item the same value, or split the items first (e.g. with a Switch node).',
			);
		}
	}
	return first;
}

function holdsExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (value && typeof value === 'object') return Object.values(value).some(holdsExpression);
	return false;
}

/** The Batch Concurrency option (one value for the call: see callParameter). */
export function batchConcurrency(ctx: IExecuteFunctions): number | undefined {
	return callParameter<IDataObject>(ctx, 'options', 'Options', {}).batchConcurrency as number | undefined;
}

/**
 * Batch: one write per input item, sent in chunks of up to 100 through the transport.
 * Every output item is paired with its input and carries its own result or its own error.
 */
export function batchOperation(config: ResourceConfig): AllOperation {
	const properties: INodeProperties[] = [
		{
			displayName: 'Action',
			name: 'batchAction',
			type: 'options',
			options: [
				{ name: 'Create Many', value: 'create', description: `Create one ${config.label} per input item` },
				{ name: 'Update Many', value: 'update', description: `Update one ${config.label} per input item` },
				{ name: 'Delete Many', value: 'delete', description: `Delete one ${config.label} per input item, permanently` },
			],
			default: 'update',
		},
		{
			displayName: 'ID',
			name: 'batchId',
			type: 'string',
			default: '={{ $json.id }}',
			required: true,
			description: `ID of the ${config.label} each item updates or deletes`,
			displayOptions: { show: { batchAction: ['update', 'delete'] } },
		},
		{
			displayName: 'Data (JSON)',
			name: 'batchData',
			type: 'json',
			default: '={{ $json }}',
			required: true,
			description: `The ${config.label} fields each item sends, as a JSON object in WooCommerce's format (e.g. {"regular_price": "9.90"})`,
			displayOptions: { show: { batchAction: ['create', 'update'] } },
		},
		batchOptions,
	];
	return {
		description: show(config, 'batch', properties),
		async executeAll(this: IExecuteFunctions, items: INodeExecutionData[]) {
			const action = callParameter(this, 'batchAction', 'Action', 'update') as 'create' | 'update' | 'delete';
			const output: INodeExecutionData[] = new Array(items.length);
			// Input is validated for every item before anything is sent.
			const operations: Array<{ itemIndex: number; payload: IDataObject | number }> = [];
			const collections = new Set<string>();
			for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
				const prepared = prepareBatchItem(this, config, action, itemIndex);
				if ('error' in prepared) {
					if (!this.continueOnFail()) throw prepared.error;
					output[itemIndex] = { json: itemErrorJson(prepared.error), pairedItem: { item: itemIndex } };
					continue;
				}
				collections.add(prepared.collection);
				operations.push({ itemIndex, payload: prepared.payload });
			}
			if (collections.size > 1) {
				throw operationError(
					this,
					0,
					`Batch items point to different ${config.label} collections`,
					'A batch writes to one collection: use the same parent (e.g. the same product) for every item, or split the items first.',
				);
			}
			if (operations.length) {
				const endpoint = [...collections][0];
				// partial: a failed request leaves the results of the requests before it, and fails its own items and
				// those of the requests not sent after it, instead of throwing everything away.
				const results = await wooApiBatch.call(
					this,
					endpoint,
					{ [action]: operations.map((operation) => operation.payload) },
					{ partial: true, concurrency: batchConcurrency(this) },
				);
				// Without Continue On Fail a failed request stops the node; its error says what was already applied.
				if (results.failure && !this.continueOnFail()) throw results.failure.error;
				const list = results[action];
				operations.forEach((operation, position) => {
					const result = list[position];
					output[operation.itemIndex] = {
						json: result.ok ? result.json : batchItemErrorJson(result.json),
						pairedItem: { item: operation.itemIndex },
					};
				});
			}
			return output;
		},
	};
}

/**
 * "Get Many" over a list WooCommerce returns whole (shipping zones, gateways, tax classes...): one GET,
 * Return All / Limit applied here, Options > Fields applied here too (and sent as `_fields` to keep it small).
 */
export function unpaginatedListOperation(options: {
	resource: string;
	operation: string;
	endpoint: (this: IExecuteFunctions, itemIndex: number) => string;
	properties?: INodeProperties[];
	limit?: boolean;
	query?: (this: IExecuteFunctions, itemIndex: number) => IDataObject;
	transform?: (records: IDataObject[]) => IDataObject[];
}): ItemOperation {
	const withLimit = options.limit ?? true;
	const properties: INodeProperties[] = [
		...(options.properties ?? []),
		...(withLimit ? returnAllOrLimit : []),
		optionsWithFields,
	];
	return {
		description: showFor(options.resource, options.operation, properties),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
			const endpoint = options.endpoint.call(this, itemIndex);
			const limit = withLimit ? readLimit(this, itemIndex) : undefined;
			const { paths, query } = fieldSelection(this, itemIndex);
			const qs = { ...(options.query ? options.query.call(this, itemIndex) : {}), ...query };
			const response = (await wooApiRequest.call(this, 'GET', endpoint, { qs, itemIndex })) as unknown;
			let records = asList(response);
			if (options.transform) records = options.transform(records);
			if (limit !== undefined) records = records.slice(0, limit);
			return paths.length ? records.map((record) => selectFields(record, paths)) : records;
		},
	};
}

/** One GET of a single object, with Options > Fields. */
export function singleGetOperation(options: {
	resource: string;
	operation: string;
	endpoint: (this: IExecuteFunctions, itemIndex: number) => string;
	properties?: INodeProperties[];
	fields?: boolean;
}): ItemOperation {
	const withFields = options.fields ?? true;
	return {
		description: showFor(options.resource, options.operation, [
			...(options.properties ?? []),
			...(withFields ? [optionsWithFields] : []),
		]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
			const endpoint = options.endpoint.call(this, itemIndex);
			const { paths, query } = withFields ? fieldSelection(this, itemIndex) : { paths: [], query: {} };
			const response = (await wooApiRequest.call(this, 'GET', endpoint, { qs: query, itemIndex })) as IDataObject;
			return paths.length ? selectFields(response, paths) : response;
		},
	};
}

function decodeName(value: unknown): string {
	return String(value ?? '')
		.replace(/&amp;/g, '&')
		.replace(/&#0?39;/g, "'")
		.replace(/&quot;/g, '"')
		.trim()
		.toLowerCase();
}

/**
 * WooCommerce answers 400 `term_exists` (with `data.resource_id`) when a category, tag, attribute term or
 * shipping class with that name already exists at that level: turn it into one clear sentence that names the
 * existing term's ID (read from the error, or looked up by name when the error does not carry it).
 */
export function withTermExists(module: ItemOperation, config: ResourceConfig): ItemOperation {
	const execute = module.execute;
	return {
		description: module.description,
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<ItemResult> {
			let failure: unknown;
			try {
				return await execute.call(this, itemIndex);
			} catch (error) {
				failure = error;
			}
			if (wooErrorCode(failure) !== 'term_exists') {
				// Transport errors are already NodeApiError/NodeOperationError with the store's message: pass them on.
				if (failure instanceof NodeApiError || failure instanceof NodeOperationError) throw failure;
				throw new NodeOperationError(this.getNode(), failure as Error, { itemIndex });
			}
			const name = String(this.getNodeParameter('name', itemIndex, '') ?? '');
			let existing: unknown = wooErrorData(failure)?.resource_id;
			if (existing === undefined) {
				try {
					const matches = (await wooApiRequest.call(this, 'GET', config.collection.call(this, itemIndex), {
						qs: { search: name, per_page: 100, _fields: 'id,name' },
						itemIndex,
					})) as IDataObject[];
					existing = (Array.isArray(matches) ? matches : []).find((term) => decodeName(term.name) === decodeName(name))?.id;
				} catch {
					existing = undefined;
				}
			}
			const idText = existing !== undefined ? ` (ID ${String(existing)})` : '';
			throw operationError(
				this,
				itemIndex,
				`A ${config.label} named "${name.slice(0, 80)}" already exists${idText} at this level, so ${itemLabel(itemIndex)} was not created`,
				`Use the existing ${config.label}${idText} with Update, or choose another name${config.resource === 'productCategory' ? ' or another parent' : ''}.`,
			);
		},
	};
}

/** Checks comma-separated ID filters (Include IDs, Exclude IDs, …) of a Get Many before anything is sent. */
export function withIdFilters(module: ItemOperation, labels: Record<string, string>): ItemOperation {
	return validated(module, (ctx, itemIndex) => {
		const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		for (const [key, label] of Object.entries(labels)) {
			if (filters[key] !== undefined && filters[key] !== '') checkIdList(ctx, itemIndex, label, filters[key]);
		}
	});
}
