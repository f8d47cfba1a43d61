/**
 * The contract between the router and the operations: what an operation module exports, and the configuration of a resource.
 */
import { type IDataObject, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';

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

export interface OperationOption {
	name: string;
	value: string;
	description: string;
	action: string;
}

/** How an operation shows in the Operation list (its value is its key in the resource's operations map). */
export type OperationLabel = Omit<OperationOption, 'value'>;

/** An operation module as a resource lists it: the contract plus its label. */
export type LabelledOperation = OperationModule & { option: OperationLabel };
