import type { INodeProperties } from 'n8n-workflow';

import { type OperationLabel } from '../shared/contract';
import { getManyOperation } from '../shared/factories';
import { checkIdList } from '../shared/ids';
import { productFilters } from '../shared/productFields';
import { checkPrice, describeParameter, validated } from '../shared/values';
import { variationSimplifyDescription } from '../simplify/product';
import { productVariation } from './config';

const VARIATION_FILTERS = [
	'after',
	'before',
	'exclude',
	'include',
	'max_price',
	'min_price',
	'modified_after',
	'modified_before',
	'on_sale',
	'search',
	'sku',
	'slug',
	'status',
	'stock_status',
	'tax_class',
];

const filters: INodeProperties[] = productFilters
	.filter((filter) => VARIATION_FILTERS.includes(filter.name))
	.map((filter) => ({
		...filter,
		description: String(filter.description ?? '').replace(/products/g, 'variations'),
	}));

const operation = getManyOperation(productVariation, {
	filters,
	dateFilters: ['after', 'before', 'modified_after', 'modified_before'],
	orderBy: ['date', 'id', 'include', 'menu_order', 'modified', 'slug', 'title'],
});

const checked = validated(operation, (ctx, itemIndex) => {
	const values = ctx.getNodeParameter('filters', itemIndex, {}) as Record<string, unknown>;
	checkPrice(ctx, itemIndex, 'Min Price', values.min_price);
	checkPrice(ctx, itemIndex, 'Max Price', values.max_price);
	for (const key of ['include', 'exclude']) {
		if (values[key] !== undefined && values[key] !== '') checkIdList(ctx, itemIndex, 'variation', values[key]);
	}
});

export const description = describeParameter(operation.description, 'simplify', variationSimplifyDescription);
export const execute = checked.execute;

export const option: OperationLabel = { name: 'Get Many', description: 'Get many variations of a product', action: 'Get many product variations' };
