import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { itemLabel, operationError } from '../shared/errors';
import { isSafeWholeNumber } from '../shared/ids';
import { moneyString } from '../shared/values';

const ID_LISTS: Record<string, string> = {
	product_ids: 'Product IDs',
	excluded_product_ids: 'Excluded Product IDs',
	product_categories: 'Product Category IDs',
	excluded_product_categories: 'Excluded Category IDs',
};

const AMOUNTS: Record<string, string> = { amount: 'Amount', minimum_amount: 'Minimum Spend', maximum_amount: 'Maximum Spend' };

const LIMITS: Record<string, string> = {
	usage_limit: 'Usage Limit',
	usage_limit_per_user: 'Usage Limit per User',
	limit_usage_to_x_items: 'Limit Usage to X Items',
};

/** UI values → WooCommerce's coupon body: ID lists as integer arrays, amounts as strings, 0 limits as "no limit". */
export function prepareCouponBody(ctx: IExecuteFunctions, itemIndex: number, body: IDataObject): IDataObject {
	const result: IDataObject = { ...body };
	if (typeof result.code === 'string') {
		result.code = result.code.trim();
		if (result.code === '') {
			throw operationError(ctx, itemIndex, `The field "Code" is empty in ${itemLabel(itemIndex)}`, 'Give the coupon code, e.g. summer10.');
		}
	}
	for (const [key, label] of Object.entries(ID_LISTS)) {
		if (!(key in result) || Array.isArray(result[key])) continue;
		const parts = String(result[key]).split(',').map((part) => part.trim()).filter(Boolean);
		const bad = parts.find((part) => !isSafeWholeNumber(part) || Number(part) <= 0);
		if (bad !== undefined) {
			throw operationError(
				ctx,
				itemIndex,
				`The field "${label}" in ${itemLabel(itemIndex)} must be a comma-separated list of IDs, not "${bad.slice(0, 40)}"`,
				'Use numeric IDs such as 11,12 (not names or SKUs).',
			);
		}
		result[key] = parts.map(Number);
	}
	for (const [key, label] of Object.entries(AMOUNTS)) {
		if (key in result) result[key] = moneyString(ctx, itemIndex, result[key], label) ?? '';
	}
	for (const [key, label] of Object.entries(LIMITS)) {
		if (!(key in result)) continue;
		const number = Number(result[key]);
		if (!Number.isInteger(number) || number < 0) {
			throw operationError(ctx, itemIndex, `The field "${label}" in ${itemLabel(itemIndex)} must be a whole number (0 for no limit)`);
		}
		result[key] = number === 0 ? null : number;
	}
	if (typeof result.email_restrictions === 'string') {
		result.email_restrictions = result.email_restrictions.split(',').map((email) => email.trim()).filter(Boolean);
	}
	if (result.date_expires !== undefined && result.date_expires !== null && result.date_expires !== '') {
		const expires = expiryDate(ctx, itemIndex, result.date_expires);
		delete result.date_expires;
		Object.assign(result, expires);
	}
	if (Array.isArray(result.meta_data) && result.meta_data.length === 0) delete result.meta_data;
	return result;
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?$/;

/**
 * The expiry date as WooCommerce wants it: a date without zone is the store's local time (date_expires); a moment
 * with a zone (e.g. from a Luxon expression) is converted to UTC and sent as date_expires_gmt.
 */
function expiryDate(ctx: IExecuteFunctions, itemIndex: number, value: unknown): IDataObject {
	const text = String(value).trim();
	if (LOCAL_DATE.test(text)) return { date_expires: text.replace(' ', 'T') };
	const date = new Date(text);
	if (Number.isNaN(date.getTime())) {
		throw operationError(
			ctx,
			itemIndex,
			`The field "Expiry Date" in ${itemLabel(itemIndex)} is not a valid date: "${text.slice(0, 40)}"`,
			'Use a date such as 2030-12-31 or 2030-12-31T23:59:59, or pick one with the date picker.',
		);
	}
	return { date_expires_gmt: date.toISOString().slice(0, 19) };
}
