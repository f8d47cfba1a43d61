import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { itemLabel, operationError } from '../shared/errors';
import { parseId } from '../shared/ids';
import { listOf, moneyString, parseJsonParameter } from '../shared/values';
import { validateOrderStatus } from './statuses';

/** Meta given as {"k": "v"} or as [{"key": "k", "value": "v"}] → WooCommerce's list. */
export function metaList(
	ctx: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
	field: string,
): IDataObject[] | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const parsed = parseJsonParameter(ctx, value, itemIndex, field);
	if (Array.isArray(parsed)) {
		for (const entry of parsed) {
			if (!entry || typeof entry !== 'object' || typeof entry.key !== 'string') {
				throw operationError(
					ctx,
					itemIndex,
					`The field "${field}" in ${itemLabel(itemIndex)} must be a JSON object or a list of {"key", "value"} objects`,
				);
			}
		}
		return parsed;
	}
	const entries = Object.entries(parsed);
	return entries.length ? entries.map(([key, entryValue]) => ({ key, value: entryValue })) : undefined;
}

function positiveInt(value: unknown): number | undefined {
	const number = typeof value === 'number' ? value : Number(String(value ?? '').trim());
	return Number.isSafeInteger(number) && number > 0 ? number : undefined;
}

function lineId(value: unknown): number | undefined {
	return value === undefined || value === null || value === '' || Number(value) === 0 ? undefined : positiveInt(value);
}

/** Line items: product ID (or URL), variation, whole quantity ≥ 1, amounts as strings, meta. */
export function prepareLineItems(ctx: IExecuteFunctions, itemIndex: number, value: unknown): IDataObject[] {
	return listOf(value).map((raw, position) => {
		const where = `line item ${position + 1}`;
		const line: IDataObject = {};
		if (lineId(raw.id) !== undefined) line.id = lineId(raw.id);
		else if (raw.id !== undefined && raw.id !== '' && Number(raw.id) !== 0) {
			throw operationError(ctx, itemIndex, `The field "Line Item ID" of ${where} in ${itemLabel(itemIndex)} must be a positive whole number`);
		}
		if (raw.product_id !== undefined && raw.product_id !== '' && raw.product_id !== 0) {
			line.product_id = parseId(ctx, raw.product_id, itemIndex, `${where} product`);
		}
		if (raw.variation_id !== undefined && raw.variation_id !== '' && Number(raw.variation_id) !== 0) {
			const variation = positiveInt(raw.variation_id);
			if (variation === undefined) {
				throw operationError(ctx, itemIndex, `The field "Variation ID" of ${where} in ${itemLabel(itemIndex)} must be a positive whole number`);
			}
			line.variation_id = variation;
		}
		if (line.id === undefined && line.product_id === undefined) {
			throw operationError(
				ctx,
				itemIndex,
				`The field "Product ID" of ${where} in ${itemLabel(itemIndex)} is empty`,
				'Give the product to add (its ID or URL), or, when updating, the ID of the existing line item to change.',
			);
		}
		if (raw.quantity !== undefined && raw.quantity !== '') {
			const quantity = Number(raw.quantity);
			if (!Number.isInteger(quantity) || quantity < 1) {
				throw operationError(
					ctx,
					itemIndex,
					`The field "Quantity" of ${where} in ${itemLabel(itemIndex)} must be a whole number of at least 1, not ${String(raw.quantity).slice(0, 20)}`,
					'To remove a line item from an order, send its ID with "product_id": null through Extra Fields (JSON).',
				);
			}
			line.quantity = quantity;
		} else if (line.id === undefined) {
			line.quantity = 1;
		}
		for (const key of ['subtotal', 'total'] as const) {
			const amount = moneyString(ctx, itemIndex, raw[key], `${key === 'total' ? 'Total' : 'Subtotal'}" of "${where}`);
			if (amount !== undefined) line[key] = amount;
		}
		const meta = metaList(ctx, itemIndex, raw.meta_data, `Meta Data (JSON)" of "${where}`);
		if (meta) line.meta_data = meta;
		for (const [key, entry] of Object.entries(raw)) {
			if (!(key in line) && !['id', 'product_id', 'variation_id', 'quantity', 'subtotal', 'total', 'meta_data'].includes(key)) {
				if (entry !== '' && entry !== undefined) line[key] = entry;
			}
		}
		return line;
	});
}

function prepareLines(
	ctx: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
	label: string,
	amountField?: string,
): IDataObject[] {
	return listOf(value).map((raw, position) => {
		const line: IDataObject = {};
		for (const [key, entry] of Object.entries(raw)) {
			if (entry === '' || entry === undefined) continue;
			if (key === 'id') {
				if (Number(entry) === 0) continue;
				const id = positiveInt(entry);
				if (id === undefined) {
					throw operationError(ctx, itemIndex, `The field "Line ID" of ${label} ${position + 1} in ${itemLabel(itemIndex)} must be a positive whole number`);
				}
				line.id = id;
				continue;
			}
			if (key === amountField) {
				line[key] = moneyString(ctx, itemIndex, entry, `Total" of "${label} ${position + 1}`);
				continue;
			}
			line[key] = entry;
		}
		return line;
	});
}

/**
 * Turns the UI values of an order create/update into the API body and validates them before any request:
 * line items (IDs, quantities, amounts), shipping/fee/coupon lines, empty addresses, the status (core or custom).
 */
export async function prepareOrderBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	body: IDataObject,
): Promise<IDataObject> {
	const result: IDataObject = { ...body };
	if ('line_items' in result) {
		const lines = prepareLineItems(ctx, itemIndex, result.line_items);
		if (lines.length) result.line_items = lines;
		else delete result.line_items;
	}
	const lineKinds: Array<[string, string, string | undefined]> = [
		['shipping_lines', 'shipping line', 'total'],
		['fee_lines', 'fee line', 'total'],
		['coupon_lines', 'coupon line', undefined],
	];
	for (const [key, label, amount] of lineKinds) {
		if (!(key in result)) continue;
		const lines = prepareLines(ctx, itemIndex, result[key], label, amount);
		if (lines.length) result[key] = lines;
		else delete result[key];
	}
	for (const key of ['billing', 'shipping']) {
		const address = result[key];
		if (address && typeof address === 'object' && Object.keys(address).length === 0) delete result[key];
	}
	if ('meta_data' in result && Array.isArray(result.meta_data) && result.meta_data.length === 0) delete result.meta_data;
	for (const key of ['customer_id', 'parent_id']) {
		if (!(key in result)) continue;
		const id = Number(result[key]);
		if (!Number.isInteger(id) || id < 0) {
			throw operationError(ctx, itemIndex, `The field "${key === 'customer_id' ? 'Customer ID' : 'Parent Order ID'}" in ${itemLabel(itemIndex)} must be a whole number (0 for none)`);
		}
		result[key] = id;
	}
	if (result.status !== undefined && result.status !== '') {
		result.status = await validateOrderStatus(ctx, itemIndex, result.status, 'Status');
	}
	return result;
}
