import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { type OperationLabel } from '../shared/contract';
import { show } from '../shared/descriptions';
import { itemLabel, operationError } from '../shared/errors';
import { checkNonNegativeInteger } from '../shared/values';
import { product } from './config';
import { stockOptionsParameter, stockOutput, stockSimplifyParameter, stockTarget } from './stock';

const properties: INodeProperties[] = [
	{
		displayName:
			'WooCommerce has no atomic stock increment: this operation reads the current quantity, then writes the new one. A sale or another change made between the read and the write can be lost.',
		name: 'adjustStockNotice',
		type: 'notice',
		default: '',
	},
	product.idParameter,
	{
		displayName: 'Adjustment',
		name: 'adjustment',
		type: 'options',
		options: [
			{ name: 'Add to Stock', value: 'add', description: 'Increase the stock quantity, e.g. after a delivery or a return' },
			{ name: 'Subtract From Stock', value: 'subtract', description: 'Decrease the stock quantity, e.g. after a sale elsewhere' },
		],
		default: 'add',
	},
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 0 },
		required: true,
		default: 1,
		description:
			'How many units to add or subtract (a whole number, 0 or more). Subtracting below zero is refused unless the product allows backorders; then the stock may go negative as in WooCommerce.',
	},
	stockSimplifyParameter,
	stockOptionsParameter,
];

export const description = show(product, 'adjustStock', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const target = stockTarget(this, itemIndex);
	const adjustment = this.getNodeParameter('adjustment', itemIndex, 'add') as string;
	if (adjustment !== 'add' && adjustment !== 'subtract') {
		throw operationError(this, itemIndex, `The field "Adjustment" in ${itemLabel(itemIndex)} must be "add" or "subtract"`);
	}
	const quantity = checkNonNegativeInteger(this, itemIndex, 'Quantity', this.getNodeParameter('quantity', itemIndex));
	const change = adjustment === 'add' ? quantity : -quantity;

	// Read, then write: WooCommerce has no increment endpoint.
	const current = (await wooApiRequest.call(this, 'GET', target.endpoint, {
		qs: { _fields: 'id,name,manage_stock,stock_quantity,backorders' },
		itemIndex,
	})) as IDataObject;
	if (current.manage_stock === 'parent') {
		throw operationError(
			this,
			itemIndex,
			`The stock of ${target.label} is managed by its product (${itemLabel(itemIndex)})`,
			'Adjust the stock of the product itself: clear Options > Variation ID.',
		);
	}
	if (current.manage_stock !== true) {
		throw operationError(
			this,
			itemIndex,
			`Stock is not managed for ${target.label} (${itemLabel(itemIndex)}), so there is no quantity to adjust`,
			'Use "Set Stock Quantity" first (it turns on Manage Stock), or turn on Manage Stock in WooCommerce. A variable product often keeps stock per variation: set Options > Variation ID.',
		);
	}
	const previous = Number(current.stock_quantity ?? 0) || 0;
	const next = previous + change;
	const backorders = String(current.backorders ?? 'no');
	if (next < 0 && backorders === 'no') {
		throw operationError(
			this,
			itemIndex,
			`Subtracting ${quantity} from ${target.label} would leave ${next} in stock (${itemLabel(itemIndex)}), and backorders are not allowed`,
			`Only ${previous} in stock. Subtract at most ${Math.max(previous, 0)}, or allow backorders.`,
		);
	}
	const record = (await wooApiRequest.call(this, 'PUT', target.endpoint, {
		body: { stock_quantity: next },
		itemIndex,
	})) as IDataObject;
	return stockOutput(this, itemIndex, target, record, {
		operation: adjustment,
		quantity,
		previous_quantity: previous,
		new_quantity: record.stock_quantity ?? next,
	});
}

export const option: OperationLabel = { name: 'Adjust Stock', description: 'Add to or subtract from the stock quantity (reads the quantity, then writes the new one: WooCommerce has no atomic increment)', action: 'Adjust the stock of a product' };
