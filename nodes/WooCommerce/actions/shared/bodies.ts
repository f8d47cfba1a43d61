/**
 * Request bodies from node parameters: required values plus an Additional/Update Fields collection, typed for the API.
 */
import { type IDataObject, type IExecuteFunctions } from 'n8n-workflow';

import { WriteOptions } from './contract';
import { itemLabel, operationError } from './errors';
import { parseJsonParameter, toApiValue } from './values';

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

export async function writeBody(
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

/** The error of an update that would send an empty body. */
export function nothingToUpdate(ctx: IExecuteFunctions, itemIndex: number, collection = 'Update Fields') {
	return operationError(
		ctx,
		itemIndex,
		`Nothing to update in ${itemLabel(itemIndex)}`,
		`Add at least one field under "${collection}".`,
	);
}

/**
 * Builds a request body from parameters whose names are WooCommerce field names.
 * `extraFieldsJson` (the JSON escape hatch) is merged last so users can send anything the UI lacks.
 */
export function buildBody(ctx: IExecuteFunctions, itemIndex: number, ...parts: IDataObject[]): IDataObject {
	const body: IDataObject = {};
	for (const part of parts) {
		for (const [key, value] of Object.entries(part)) {
			if (key === 'extraFieldsJson') continue;
			if (value === undefined || value === '') continue;
			body[key] = toApiValue(value) as IDataObject[keyof IDataObject];
		}
	}
	for (const part of parts) {
		if (part.extraFieldsJson !== undefined && part.extraFieldsJson !== '') {
			const extra = parseJsonParameter(ctx, part.extraFieldsJson, itemIndex, 'Extra Fields (JSON)');
			if (Array.isArray(extra)) {
				throw operationError(
					ctx,
					itemIndex,
					`The field "Extra Fields (JSON)" in ${itemLabel(itemIndex)} must be a JSON object, not an array`,
				);
			}
			Object.assign(body, extra);
		}
	}
	return body;
}
