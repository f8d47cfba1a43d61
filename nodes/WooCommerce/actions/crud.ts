import { NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { wooApiBatch, wooApiRequest, wooApiRequestAllItems } from '../transport';
import {
	batchConcurrencyOption,
	concurrencyOption,
	extraFieldsJson,
	fieldsOption,
	forceDeleteParameter,
	returnAllOrLimit,
	simplifyParameter,
	sortOptions,
} from '../descriptions/common.descriptions';
import {
	buildBody,
	getId,
	itemLabel,
	operationError,
	parseFieldList,
	parseJsonParameter,
	parseId,
	selectFields,
	toApiValue,
	topLevelFields,
	updateDisplayOptions,
} from './common';
import { createOnce, idempotencyKeyParameter, readIdempotencyKey } from './idempotency';

export type ItemResult = IDataObject | IDataObject[];

export type ExecuteItem = (this: IExecuteFunctions, itemIndex: number) => Promise<ItemResult>;
export type ExecuteAll = (this: IExecuteFunctions, items: INodeExecutionData[]) => Promise<INodeExecutionData[]>;

/**
 * What every `<operation>.operation.ts` exports: its parameters, and `execute` (one item; the router owns the loop)
 * or `executeAll` (all items in one call: batch-style operations), or both (a bulk path beside the per-item one).
 */
/** An operation the router runs item by item. */
export interface ItemOperation {
	description: INodeProperties[];
	execute: ExecuteItem;
}
/** An operation that takes all items in one call (batch-style). */
export interface AllOperation {
	description: INodeProperties[];
	executeAll: ExecuteAll;
}
export type OperationModule =
	| (ItemOperation & { executeAll?: ExecuteAll })
	| (AllOperation & { execute?: undefined });

/** How a resource maps to the REST API; shared by the generic operations below. */
export interface ResourceConfig {
	resource: string;
	/** Lower-case singular noun for messages, e.g. "tag". */
	label: string;
	/** Collection path relative to the API root, e.g. "products/tags" or "products/12/variations". */
	collection: (this: IExecuteFunctions, itemIndex: number) => string;
	/** The ID parameter (usually a resource locator). */
	idParameter: INodeProperties;
	/** Parameters that locate the parent (e.g. the product of a variation), shown on every operation. */
	parentParameters?: INodeProperties[];
	simplify?: (record: IDataObject) => IDataObject;
}

/** Scopes an operation's parameters to its resource and operation. */
export function showFor(resource: string, operation: string, properties: INodeProperties[]): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, properties);
}

/** Like showFor, with the resource's parent parameters (e.g. the product of a variation) first. */
export function show(config: ResourceConfig, operation: string, properties: INodeProperties[]) {
	return showFor(config.resource, operation, [...(config.parentParameters ?? []), ...properties]);
}

/** Options > Fields, the only option of a single-record read. */
export const optionsWithFields: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [fieldsOption],
};

export function recordId(ctx: IExecuteFunctions, config: ResourceConfig, itemIndex: number): number {
	return getId(ctx, config.idParameter.name, itemIndex, config.label);
}

/** Reads Options > Fields and returns the `_fields` query plus the paths to keep. */
export function fieldSelection(ctx: IExecuteFunctions, itemIndex: number) {
	const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const paths = parseFieldList(options.fields);
	return { paths, query: paths.length ? { _fields: topLevelFields(paths).join(',') } : {} };
}

/** Applies Simplify (when the resource has it and no explicit fields were asked) and Fields. */
export function shapeRecords(
	ctx: IExecuteFunctions,
	config: ResourceConfig,
	itemIndex: number,
	records: IDataObject[],
	paths: string[],
): IDataObject[] {
	if (paths.length) return records.map((record) => selectFields(record, paths));
	if (config.simplify && (ctx.getNodeParameter('simplify', itemIndex, true) as boolean)) {
		return records.map(config.simplify);
	}
	return records;
}

const WOO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?$/;

/** WooCommerce wants ISO 8601 dates; values with a zone are sent in UTC with dates_are_gmt. */
export function filtersToQuery(
	ctx: IExecuteFunctions,
	itemIndex: number,
	filters: IDataObject,
	dateFields: string[] = [],
): IDataObject {
	const query: IDataObject = {};
	for (const [key, raw] of Object.entries(filters)) {
		const value = toApiValue(raw) as IDataObject[keyof IDataObject];
		if (value === undefined || value === null || value === '') continue;
		if (Array.isArray(value) && value.length === 0) continue;
		if (dateFields.includes(key)) {
			const text = String(value).trim();
			if (WOO_DATE.test(text)) {
				// WooCommerce's date-time args need the seconds: 2026-11-22 and 2026-11-22T10:00 get 400 rest_invalid_date.
				const [day, time = '00:00:00'] = text.split(/[T ]/);
				query[key] = `${day}T${time.length === 5 ? `${time}:00` : time}`;
				continue;
			}
			const date = new Date(text);
			if (Number.isNaN(date.getTime())) {
				throw operationError(
					ctx,
					itemIndex,
					`The filter "${key}" in ${itemLabel(itemIndex)} is not a valid date: "${text.slice(0, 40)}"`,
					'Use a date such as 2026-11-22 or 2026-11-22T10:00:00, or pick one with the date picker.',
				);
			}
			query[key] = date.toISOString().slice(0, 19);
			query.dates_are_gmt = true;
			continue;
		}
		query[key] = value;
	}
	return query;
}

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

/** Reads Return All / Limit: undefined for Return All, else a limit of at least 1 (or an error naming the item). */
export function readLimit(ctx: IExecuteFunctions, itemIndex: number): number | undefined {
	const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
	if (returnAll) return undefined;
	const limit = ctx.getNodeParameter('limit', itemIndex, 50) as number;
	if (!Number.isInteger(limit) || limit < 1) {
		throw operationError(
			ctx,
			itemIndex,
			`The field "Limit" in ${itemLabel(itemIndex)} must be a whole number of at least 1`,
			'Set Limit to how many records you want, or turn on Return All.',
		);
	}
	return limit;
}

export function getManyOperation(
	config: ResourceConfig,
	options: {
		filters?: INodeProperties[];
		dateFilters?: string[];
		orderBy?: string[];
		/** Lists without pagination (e.g. order notes) return everything in one call. */
		paginated?: boolean;
		defaultQuery?: IDataObject;
	} = {},
): ItemOperation {
	const paginated = options.paginated ?? true;
	const optionFields: INodeProperties[] = [fieldsOption];
	if (paginated) optionFields.push(concurrencyOption);
	if (options.orderBy) optionFields.push(...sortOptions(options.orderBy));
	const properties: INodeProperties[] = [
		...(paginated ? returnAllOrLimit : []),
		...(config.simplify ? [simplifyParameter] : []),
	];
	if (options.filters?.length) {
		properties.push({
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: options.filters,
		});
	}
	properties.push({
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: optionFields.sort((a, b) => a.displayName.localeCompare(b.displayName)),
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

export interface WriteOptions {
	/** Required parameters, named after WooCommerce fields. */
	fields?: INodeProperties[];
	/** Optional fields, in the Additional Fields / Update Fields collection. */
	optionalFields?: INodeProperties[];
	/** Reshapes UI values into the API body (e.g. category IDs to [{ id }]). */
	transform?: (body: IDataObject) => IDataObject;
	/** Checks and reshapes the built body with the item at hand, so errors can name the field and the item. */
	prepare?: (ctx: IExecuteFunctions, itemIndex: number, body: IDataObject) => IDataObject | Promise<IDataObject>;
	/**
	 * Builds and checks the body from the required values and the collection's values itself (instead of
	 * `buildBody` + `transform` + `prepare`), e.g. when the JSON escape hatch must be checked like the fields.
	 */
	body?: (
		ctx: IExecuteFunctions,
		itemIndex: number,
		required: IDataObject,
		optional: IDataObject,
	) => IDataObject | Promise<IDataObject>;
	/** Offer an Idempotency Key (for records without a natural unique key, e.g. orders). */
	idempotencyKey?: boolean;
}

/** Reads required parameters (by name) and an optional-fields collection, as they are set on the item. */
function readValues(
	ctx: IExecuteFunctions,
	itemIndex: number,
	required: string[],
	collectionName: string,
): { required: IDataObject; optional: IDataObject } {
	const values: IDataObject = {};
	for (const name of required) {
		values[name] = ctx.getNodeParameter(name, itemIndex) as IDataObject[keyof IDataObject];
	}
	const optional = ctx.getNodeParameter(collectionName, itemIndex, {}) as IDataObject;
	return { required: values, optional };
}

/**
 * Reads required parameters plus an optional-fields collection into a WooCommerce body (names = API fields), then
 * lets the resource check and reshape it with the item at hand, so its errors can name the field and the item.
 */
export function readBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	required: string[],
	collectionName: string,
	transform?: (ctx: IExecuteFunctions, itemIndex: number, body: IDataObject) => IDataObject,
): IDataObject {
	const values = readValues(ctx, itemIndex, required, collectionName);
	const body = buildBody(ctx, itemIndex, values.required, values.optional);
	return transform ? transform(ctx, itemIndex, body) : body;
}

async function writeBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	write: WriteOptions,
	collectionName: string,
): Promise<IDataObject> {
	const names = (write.fields ?? []).map((property) => property.name);
	const values = readValues(ctx, itemIndex, names, collectionName);
	if (write.body) return await write.body(ctx, itemIndex, values.required, values.optional);
	let body = buildBody(ctx, itemIndex, values.required, values.optional);
	if (write.transform) body = write.transform(body);
	return write.prepare ? await write.prepare(ctx, itemIndex, body) : body;
}

/** An "Additional Fields" / "Update Fields" collection with the JSON escape hatch, options sorted by name. */
export function fieldsCollection(name: string, displayName: string, fields: INodeProperties[]): INodeProperties {
	return {
		displayName,
		name,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [...fields, extraFieldsJson].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

/** The error of an update that would send an empty body. */
export function nothingToUpdate(ctx: IExecuteFunctions, itemIndex: number, collection = 'Update Fields') {
	return operationError(
		ctx,
		itemIndex,
		`Nothing to update in ${itemLabel(itemIndex)}`,
		`Add at least one field under "${collection}".`,
	);
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
			return { collection, payload: parseId(ctx, ctx.getNodeParameter('batchId', itemIndex), itemIndex, config.label) };
		}
		const data = parseJsonParameter(ctx, ctx.getNodeParameter('batchData', itemIndex), itemIndex, 'Data (JSON)');
		if (Array.isArray(data)) {
			throw operationError(ctx, itemIndex, `The field "Data (JSON)" in ${itemLabel(itemIndex)} must be a JSON object, not an array`);
		}
		const payload: IDataObject = { ...data };
		if (action === 'update') {
			payload.id = parseId(ctx, ctx.getNodeParameter('batchId', itemIndex), itemIndex, config.label);
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

/** Options > Batch Concurrency, shown by every operation that writes in batch requests. */
export const batchOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [batchConcurrencyOption],
};

/** The Batch Concurrency option (read once: a batch is one call for all items). */
export function batchConcurrency(ctx: IExecuteFunctions): number | undefined {
	const options = ctx.getNodeParameter('options', 0, {}) as IDataObject;
	return options.batchConcurrency as number | undefined;
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
			const action = this.getNodeParameter('batchAction', 0) as 'create' | 'update' | 'delete';
			const output: INodeExecutionData[] = new Array(items.length);
			// Input is validated for every item before anything is sent.
			const operations: Array<{ itemIndex: number; payload: IDataObject | number }> = [];
			const collections = new Set<string>();
			for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
				const prepared = prepareBatchItem(this, config, action, itemIndex);
				if ('error' in prepared) {
					if (!this.continueOnFail()) throw prepared.error;
					output[itemIndex] = { json: { error: prepared.error.message }, pairedItem: { item: itemIndex } };
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
						json: result.ok ? result.json : { success: false, ...result.json },
						pairedItem: { item: operation.itemIndex },
					};
				});
			}
			return output;
		},
	};
}

export interface OperationOption {
	name: string;
	value: string;
	description: string;
	action: string;
}

/** The Operation selector of a resource, options sorted by name like n8n lists them. */
export function operationProperty(resource: string, options: OperationOption[], defaultOperation: string): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: [...options].sort((a, b) => a.name.localeCompare(b.name)),
		default: defaultOperation,
	};
}

export function operationOptions(
	config: ResourceConfig,
	operations: OperationOption[],
	defaultOperation = 'getAll',
): INodeProperties {
	return operationProperty(config.resource, operations, defaultOperation);
}
