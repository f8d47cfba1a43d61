import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { extraFieldsJson, metaDataField } from '../../descriptions/common.descriptions';
import { wooErrorCode } from '../../transport';
import { readBody } from '../shared/bodies';
import { type OperationLabel } from '../shared/contract';
import { byLabel, show } from '../shared/descriptions';
import { itemLabel, operationError } from '../shared/errors';
import { createOnce, readIdempotencyKey, refundIdempotencyKeyParameter } from '../shared/idempotency';
import { getId } from '../shared/ids';
import { listOf, moneyString } from '../shared/values';
import { orderRefund } from './config';

const properties: INodeProperties[] = [
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 9.50',
		description:
			'Total amount to refund, as a decimal number. It may not exceed what is left to refund on the order.',
	},
	{
		displayName: 'Refund Through Gateway',
		name: 'api_refund',
		type: 'boolean',
		default: false,
		description:
			'Whether to ask the payment gateway (e.g. Stripe, PayPal) to send the money back to the customer. This really moves money and cannot be undone. When off, the refund is only recorded in WooCommerce and you pay the customer back yourself.',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			extraFieldsJson,
			{
				displayName: 'Line Items',
				name: 'line_items',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				placeholder: 'Add Line Item',
				default: {},
				description: 'The order lines this refund is for (their refunded quantities and totals show on the order)',
				options: [
					{
						displayName: 'Line Item',
						name: 'values',
						values: [
							{
								displayName: 'Line Item ID',
								name: 'id',
								type: 'number',
								default: 0,
								description: 'ID of the line item in the order (line_items[].ID of the order, not the product ID)',
							},
							{
								displayName: 'Quantity',
								name: 'quantity',
								type: 'number',
								typeOptions: { minValue: 0, numberPrecision: 0 },
								default: 1,
								description: 'How many units of this line are refunded',
							},
							{
								displayName: 'Refund Tax',
								name: 'refund_tax',
								type: 'string',
								default: '',
								placeholder: 'e.g. 1.52',
								description:
									'Tax to refund for this line, as a decimal number. Needs Tax Rate ID.',
							},
							{
								displayName: 'Refund Total',
								name: 'refund_total',
								type: 'string',
								default: '',
								placeholder: 'e.g. 9.50',
								description: 'Amount refunded for this line, tax excluded, as a decimal number',
							},
							{
								displayName: 'Tax Rate ID',
								name: 'tax_rate_id',
								type: 'number',
								default: 0,
								description: 'ID of the tax rate the Refund Tax belongs to (the ID in the line\'s taxes)',
							},
						],
					},
				],
			},
			metaDataField,
			{ displayName: 'Reason', name: 'reason', type: 'string', default: '', placeholder: 'e.g. Item arrived broken' },
			{
				displayName: 'Restock Items',
				name: 'api_restock',
				type: 'boolean',
				default: true,
				description: 'Whether to put the refunded line item quantities back in stock',
			},
		].sort((a, b) => byLabel(a.displayName, b.displayName)) as INodeProperties[],
	},
	refundIdempotencyKeyParameter,
];

export const description = show(orderRefund, 'create', properties);

function refundLines(ctx: IExecuteFunctions, itemIndex: number, value: unknown): IDataObject[] {
	return listOf(value).map((raw, position) => {
		const where = `line item ${position + 1}`;
		const id = Number(raw.id);
		if (!Number.isInteger(id) || id <= 0) {
			throw operationError(
				ctx,
				itemIndex,
				`The field "Line Item ID" of ${where} in ${itemLabel(itemIndex)} must be the positive ID of a line of the order`,
				'Get the order first: its line_items[].id values are the IDs to use here.',
			);
		}
		const line: IDataObject = { id };
		if (raw.quantity !== undefined && raw.quantity !== '') {
			const quantity = Number(raw.quantity);
			if (!Number.isInteger(quantity) || quantity < 0) {
				throw operationError(ctx, itemIndex, `The field "Quantity" of ${where} in ${itemLabel(itemIndex)} must be a whole number of at least 0`);
			}
			line.quantity = quantity;
		}
		const total = moneyString(ctx, itemIndex, raw.refund_total, `Refund Total" of "${where}`);
		if (total !== undefined) line.refund_total = total;
		const tax = moneyString(ctx, itemIndex, raw.refund_tax, `Refund Tax" of "${where}`);
		if (tax !== undefined) {
			const rate = Number(raw.tax_rate_id);
			if (!Number.isInteger(rate) || rate <= 0) {
				throw operationError(
					ctx,
					itemIndex,
					`The field "Tax Rate ID" of ${where} in ${itemLabel(itemIndex)} is needed with Refund Tax`,
					"WooCommerce refunds tax per tax rate: give the ID of the rate from the order line's taxes.",
				);
			}
			line.refund_tax = [{ id: rate, refund_total: tax }];
		}
		return line;
	});
}

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const orderId = getId(this, 'orderId', itemIndex, 'order');
	const body = readBody(this, itemIndex, ['amount', 'api_refund'], 'additionalFields');
	const amount = moneyString(this, itemIndex, body.amount, 'Amount');
	if (amount === undefined) {
		throw operationError(this, itemIndex, `The field "Amount" is empty in ${itemLabel(itemIndex)}`, 'Give the amount to refund, e.g. 9.50.');
	}
	if (Number(amount) < 0) {
		throw operationError(this, itemIndex, `The field "Amount" in ${itemLabel(itemIndex)} may not be negative`);
	}
	body.amount = amount;
	body.api_refund = body.api_refund === true;
	if ('line_items' in body) {
		const lines = refundLines(this, itemIndex, body.line_items);
		if (lines.length) body.line_items = lines;
		else delete body.line_items;
	}
	if (Array.isArray(body.meta_data) && body.meta_data.length === 0) delete body.meta_data;
	try {
		// A refund can move money: with a key, a re-run or Retry On Fail returns the refund already made.
		return await createOnce(this, `orders/${orderId}/refunds`, body, readIdempotencyKey(this, itemIndex), itemIndex, { window: false });
	} catch (error) {
		throw refundError(this, itemIndex, error, orderId, amount, body.api_refund as boolean);
	}
}

/**
 * WooCommerce answers HTTP 500 `woocommerce_rest_cannot_create_order_refund` when a refund cannot be made, most
 * often because the amount is more than what is left to refund. A 500 reads like a broken store, so say what it means.
 */
function refundError(
	ctx: IExecuteFunctions,
	itemIndex: number,
	error: unknown,
	orderId: number,
	amount: string,
	throughGateway: boolean,
): unknown {
	if (!(error instanceof NodeApiError) || wooErrorCode(error) !== 'woocommerce_rest_cannot_create_order_refund') return error;
	const storeMessage = error.message;
	const invalidAmount = /invalid refund amount/i.test(storeMessage);
	return new NodeOperationError(
		ctx.getNode(),
		`The store refused to refund ${amount} on order ${orderId} in ${itemLabel(itemIndex)}: ${storeMessage}`,
		{
			itemIndex,
			description: invalidAmount
				? `The amount is more than what is left to refund on this order (its total minus earlier refunds), or the line item totals exceed their lines. Get the order to see its total and its refunds, then lower Amount. WooCommerce reports this as HTTP 500 (code woocommerce_rest_cannot_create_order_refund); nothing was refunded.`
				: throughGateway
					? 'The payment gateway could not refund the payment (WooCommerce reports it as HTTP 500, code woocommerce_rest_cannot_create_order_refund). Check the order notes and the gateway logs in WooCommerce > Status > Logs, or turn off "Refund Through Gateway" to only record the refund.'
					: 'WooCommerce reports it as HTTP 500 (code woocommerce_rest_cannot_create_order_refund). Check the amount and line items against the order.',
		},
	);
}

export const option: OperationLabel = { name: 'Create', description: 'Refund an order, fully or in part', action: 'Create an order refund' };
