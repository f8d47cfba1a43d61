import { type IDataObject, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

import { buildBody } from './bodies';
import { itemLabel, operationError } from './errors';
import { checkIdList, checkIdObjects } from './ids';
import {
	BACKORDERS,
	PRODUCT_STATUSES,
	PRODUCT_TYPES,
	productNameField,
	productOptionalFields,
	STOCK_STATUSES,
} from './productFields';
import { checkNonNegativeInteger, checkOption, checkPrice } from './values';

const labels = new Map<string, string>(
	[productNameField, ...productOptionalFields].map((field: INodeProperties) => [field.name, field.displayName]),
);
labels.set('image', 'Image');

function label(name: string): string {
	return labels.get(name) ?? name;
}

function clean(object: IDataObject): IDataObject {
	const result: IDataObject = {};
	for (const [key, value] of Object.entries(object)) {
		if (value === undefined || value === null || value === '') continue;
		result[key] = value;
	}
	return result;
}

function dateText(value: unknown): unknown {
	if (value && typeof value === 'object' && typeof (value as { toISO?: unknown }).toISO === 'function') {
		return (value as { toISO: () => string }).toISO();
	}
	return value;
}

/**
 * Builds and checks the body of a product or variation write. Parameter names are WooCommerce's own, so most
 * values pass through; the ones WooCommerce is strict about are checked here, before any request is sent,
 * and reshaped (prices as strings, IDs as [{ id }], comma lists as arrays). Extra Fields (JSON) is merged last
 * and then checked the same way, so a number price given there is also turned into a string.
 */
export function productBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	kind: 'product' | 'variation',
	...parts: IDataObject[]
): IDataObject {
	const body = buildBody(ctx, itemIndex, ...parts);
	for (const [key, value] of Object.entries(body)) {
		// An empty fixedCollection arrives as {}: nothing to send.
		if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) delete body[key];
	}

	for (const key of ['regular_price', 'sale_price']) {
		if (key in body) body[key] = checkPrice(ctx, itemIndex, label(key), body[key]);
	}
	for (const key of ['stock_quantity', 'low_stock_amount']) {
		if (key in body && body[key] !== null) body[key] = checkNonNegativeInteger(ctx, itemIndex, label(key), body[key]);
	}
	checkOption(ctx, itemIndex, label('type'), body.type, PRODUCT_TYPES);
	checkOption(ctx, itemIndex, label('status'), body.status, PRODUCT_STATUSES);
	checkOption(ctx, itemIndex, label('stock_status'), body.stock_status, STOCK_STATUSES);
	checkOption(ctx, itemIndex, label('backorders'), body.backorders, BACKORDERS);

	for (const key of ['categories', 'tags']) {
		const value = body[key];
		if (value === undefined) continue;
		const alreadyObjects = Array.isArray(value) && value.every((entry) => entry && typeof entry === 'object');
		if (!alreadyObjects) body[key] = checkIdObjects(ctx, itemIndex, key === 'tags' ? 'tag' : 'category', value);
	}
	for (const key of ['upsell_ids', 'cross_sell_ids', 'grouped_products']) {
		if (body[key] !== undefined) body[key] = checkIdList(ctx, itemIndex, 'product', body[key]);
	}
	for (const key of ['date_on_sale_from', 'date_on_sale_to']) {
		if (key in body) body[key] = dateText(body[key]) as string;
	}
	if (body.dimensions && typeof body.dimensions === 'object') {
		body.dimensions = clean(body.dimensions as IDataObject);
	}
	if (Array.isArray(body.images)) {
		body.images = (body.images as IDataObject[]).map((image, position) => {
			const entry = clean(image);
			if (!entry.src && !entry.id) {
				throw operationError(
					ctx,
					itemIndex,
					`Image ${position + 1} in ${itemLabel(itemIndex)} has no source URL`,
					'Give the public URL of the image in "Source URL".',
				);
			}
			return entry;
		});
	}
	if (kind === 'variation' && body.image && typeof body.image === 'object') {
		body.image = clean(body.image as IDataObject);
		if (Object.keys(body.image as IDataObject).length === 0) delete body.image;
	}
	if (Array.isArray(body.downloads)) {
		body.downloads = (body.downloads as IDataObject[]).map(clean);
	}
	if (Array.isArray(body.default_attributes)) {
		body.default_attributes = (body.default_attributes as IDataObject[]).map(clean);
	}
	if (Array.isArray(body.attributes)) {
		body.attributes = (body.attributes as IDataObject[]).map((attribute, position) =>
			kind === 'product'
				? productAttribute(ctx, itemIndex, attribute, position)
				: variationAttribute(ctx, itemIndex, attribute, position),
		);
	}
	return body;
}

function attributeId(value: unknown): number | undefined {
	if (value === undefined || value === null || value === '' || Number(value) === 0) return undefined;
	return Number(value);
}

function productAttribute(ctx: IExecuteFunctions, itemIndex: number, attribute: IDataObject, position: number) {
	const id = attributeId(attribute.id);
	const name = String(attribute.name ?? '').trim();
	if (id === undefined && name === '') {
		throw operationError(
			ctx,
			itemIndex,
			`Attribute ${position + 1} in ${itemLabel(itemIndex)} has neither a global attribute nor a name`,
			'Pick a global attribute, or choose "Custom Attribute" and fill Name.',
		);
	}
	if (id !== undefined && !Number.isInteger(id)) {
		throw operationError(ctx, itemIndex, `Attribute ${position + 1} in ${itemLabel(itemIndex)} has an invalid ID "${String(attribute.id)}"`);
	}
	const options = Array.isArray(attribute.options)
		? attribute.options.map(String)
		: String(attribute.options ?? '')
				.split(',')
				.map((option) => option.trim())
				.filter((option) => option !== '');
	const result: IDataObject = id !== undefined ? { id } : { name };
	result.options = options;
	for (const key of ['position', 'visible', 'variation']) {
		if (attribute[key] !== undefined && attribute[key] !== '') result[key] = attribute[key];
	}
	return result;
}

function variationAttribute(ctx: IExecuteFunctions, itemIndex: number, attribute: IDataObject, position: number) {
	const id = attributeId(attribute.id);
	const name = String(attribute.name ?? '').trim();
	if (id === undefined && name === '') {
		throw operationError(
			ctx,
			itemIndex,
			`Attribute ${position + 1} in ${itemLabel(itemIndex)} has neither a global attribute nor a name`,
			'Pick the global attribute, or fill Name with the product’s custom attribute (e.g. Size).',
		);
	}
	const result: IDataObject = id !== undefined ? { id } : { name };
	result.option = String(attribute.option ?? '');
	return result;
}
