import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { idLocator } from '../../descriptions/common.descriptions';
import { itemLabel, operationError } from '../shared/errors';
import { parseId } from '../shared/ids';
import { checkOption } from '../shared/values';

export const REVIEW_STATUSES = ['approved', 'hold', 'spam', 'unspam', 'trash', 'untrash'];

export const reviewProductField: INodeProperties = idLocator({
	name: 'product_id',
	displayName: 'Product',
	label: 'product',
	searchListMethod: 'searchProducts',
	description: 'The product being reviewed: pick it from the list (search by name or SKU), or give its ID or URL',
});

export const reviewRequiredFields: INodeProperties[] = [
	reviewProductField,
	{ displayName: 'Review', name: 'review', type: 'string', typeOptions: { rows: 4 }, required: true, default: '', description: 'Text of the review' },
	{ displayName: 'Reviewer Name', name: 'reviewer', type: 'string', required: true, default: '', placeholder: 'e.g. Alice Smith' },
	{
		displayName: 'Reviewer Email',
		name: 'reviewer_email',
		type: 'string',
		placeholder: 'name@email.com',
		required: true,
		default: '',
	},
];

const ratingField: INodeProperties = {
	displayName: 'Rating',
	name: 'rating',
	type: 'number',
	typeOptions: { minValue: 0, maxValue: 5, numberPrecision: 0 },
	default: 5,
	description: 'Stars from 0 to 5 (0 means no rating)',
};

const statusField: INodeProperties = {
	displayName: 'Status',
	name: 'status',
	type: 'options',
	options: [
		{ name: 'Approved', value: 'approved' },
		{ name: 'Hold (Pending)', value: 'hold' },
		{ name: 'Spam', value: 'spam' },
		{ name: 'Trash', value: 'trash' },
		{ name: 'Unspam', value: 'unspam' },
		{ name: 'Untrash', value: 'untrash' },
	],
	default: 'approved',
};

export const reviewCreateOptionalFields: INodeProperties[] = [ratingField, statusField];

export const reviewUpdateFields: INodeProperties[] = [
	{ displayName: 'Product ID', name: 'product_id', type: 'string', default: '', placeholder: 'e.g. 11', description: 'Move the review to another product' },
	ratingField,
	{ displayName: 'Review', name: 'review', type: 'string', typeOptions: { rows: 4 }, default: '', description: 'Text of the review' },
	{ displayName: 'Reviewer Email', name: 'reviewer_email', type: 'string', placeholder: 'name@email.com', default: '' },
	{ displayName: 'Reviewer Name', name: 'reviewer', type: 'string', default: '' },
	statusField,
];

/** Checks the review fields WooCommerce is strict about, naming the field and the item, before anything is sent. */
export function checkReview(ctx: IExecuteFunctions, itemIndex: number, values: IDataObject): void {
	if (values.product_id !== undefined && values.product_id !== '') parseId(ctx, values.product_id, itemIndex, 'product');
	if (values.rating !== undefined && values.rating !== '') {
		const rating = values.rating;
		const text = typeof rating === 'number' ? String(rating) : String(rating).trim();
		if (!/^\d+$/.test(text) || Number(text) > 5) {
			throw operationError(
				ctx,
				itemIndex,
				`The field "Rating" in ${itemLabel(itemIndex)} must be a whole number from 0 to 5, got "${text.slice(0, 20)}"`,
			);
		}
	}
	if (values.reviewer_email !== undefined && values.reviewer_email !== '' && !/^[^\s@]+@[^\s@]+$/.test(String(values.reviewer_email).trim())) {
		throw operationError(
			ctx,
			itemIndex,
			`The field "Reviewer Email" in ${itemLabel(itemIndex)} is not an email address: "${String(values.reviewer_email).slice(0, 60)}"`,
		);
	}
	checkOption(ctx, itemIndex, 'Status', values.status, REVIEW_STATUSES);
}

/** An ID already checked by parseId, from a number, a numeric string or a URL (REST or wp-admin). */
function checkedId(value: unknown): unknown {
	const text = String(value ?? '').trim();
	if (/^\d+$/.test(text)) return Number(text);
	const match = /[?&](?:post|id)=(\d+)/i.exec(text) ?? /\/(\d+)\/?(?:[?#].*)?$/.exec(text);
	return match ? Number(match[1]) : value;
}

/** product_id and rating as numbers, as WooCommerce returns them. */
export function reviewTransform(body: IDataObject): IDataObject {
	const result = { ...body };
	if (result.product_id !== undefined) result.product_id = checkedId(result.product_id) as number;
	if (result.rating !== undefined) result.rating = Number(result.rating);
	return result;
}
