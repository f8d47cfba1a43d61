import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyParameter } from '../../descriptions/common.descriptions';
import { parseId, recordId } from '../shared/ids';
import { productSimplifyDescription, simplifyProduct, simplifyVariation } from '../simplify/product';
import { product } from './config';

export const stockSimplifyParameter: INodeProperties = {
	...simplifyParameter,
	description: productSimplifyDescription,
};

export const stockOptionsParameter: INodeProperties = {
	displayName: 'Options',
	name: 'stockOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Variation ID',
			name: 'variationId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 18',
			description:
				'Change the stock of this variation of the product instead of the product itself (variable products usually keep stock per variation)',
		},
	],
};

export interface StockTarget {
	productId: number;
	variationId?: number;
	endpoint: string;
	label: string;
}

/** The product, or one of its variations when Options > Variation ID is set. */
export function stockTarget(ctx: IExecuteFunctions, itemIndex: number): StockTarget {
	const productId = recordId(ctx, product, itemIndex);
	const options = ctx.getNodeParameter('stockOptions', itemIndex, {}) as IDataObject;
	const raw = options.variationId;
	if (raw === undefined || raw === null || String(raw).trim() === '') {
		return { productId, endpoint: `products/${productId}`, label: `product ${productId}` };
	}
	const variationId = parseId(ctx, raw, itemIndex, 'variation');
	return {
		productId,
		variationId,
		endpoint: `products/${productId}/variations/${variationId}`,
		label: `variation ${variationId} of product ${productId}`,
	};
}

/** The product or variation (compact when Simplify is on) with a summary of the stock change. */
export function stockOutput(
	ctx: IExecuteFunctions,
	itemIndex: number,
	target: StockTarget,
	record: IDataObject,
	change: IDataObject,
): IDataObject {
	const simplify = ctx.getNodeParameter('simplify', itemIndex, true) as boolean;
	const shaped = simplify ? (target.variationId ? simplifyVariation(record) : simplifyProduct(record)) : record;
	return { ...shaped, stock_change: change };
}
