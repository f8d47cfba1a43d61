import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { type OperationLabel } from '../shared/contract';
import { show } from '../shared/descriptions';
import { checkNonNegativeInteger } from '../shared/values';
import { product } from './config';
import { stockOptionsParameter, stockOutput, stockSimplifyParameter, stockTarget } from './stock';

const properties: INodeProperties[] = [
	product.idParameter,
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 0 },
		required: true,
		default: 0,
		description:
			'The new stock quantity (a whole number, 0 or more). Manage Stock is turned on, so WooCommerce sets the stock status from the quantity.',
	},
	stockSimplifyParameter,
	stockOptionsParameter,
];

export const description = show(product, 'setStock', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const target = stockTarget(this, itemIndex);
	const quantity = checkNonNegativeInteger(this, itemIndex, 'Quantity', this.getNodeParameter('quantity', itemIndex));
	const record = (await wooApiRequest.call(this, 'PUT', target.endpoint, {
		body: { manage_stock: true, stock_quantity: quantity },
		itemIndex,
	})) as IDataObject;
	return stockOutput(this, itemIndex, target, record, { operation: 'set', quantity: record.stock_quantity ?? quantity });
}

export const option: OperationLabel = { name: 'Set Stock Quantity', description: 'Set the stock quantity of a product (turns on Manage Stock)', action: 'Set the stock quantity of a product' };
