import type { IExecuteFunctions } from 'n8n-workflow';

import { type OperationLabel } from '../shared/contract';
import { getManyOperation, type ListOptions } from '../shared/factories';
import { checkIdList } from '../shared/ids';
import { productFilters } from '../shared/productFields';
import { checkPrice, describeParameter, validated } from '../shared/values';
import { productSimplifyDescription } from '../simplify/product';
import { product } from './config';

/** The list's Filters and sort, shared with Count. */
export const productList: ListOptions = {
	filters: productFilters,
	dateFilters: ['after', 'before', 'modified_after', 'modified_before'],
	orderBy: ['date', 'id', 'include', 'menu_order', 'modified', 'popularity', 'price', 'rating', 'slug', 'title'],
};

const operation = getManyOperation(product, productList);

/** Checks the Filters before anything is sent (prices, ID lists). */
export function checkProductFilters(ctx: IExecuteFunctions, itemIndex: number): void {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as Record<string, unknown>;
	checkPrice(ctx, itemIndex, 'Min Price', filters.min_price);
	checkPrice(ctx, itemIndex, 'Max Price', filters.max_price);
	for (const key of ['include', 'exclude']) {
		if (filters[key] !== undefined && filters[key] !== '') checkIdList(ctx, itemIndex, 'product', filters[key]);
	}
	for (const key of ['parent', 'parent_exclude']) {
		// 0 is a valid parent: products without a parent.
		const list = String(filters[key] ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== '' && entry !== '0');
		if (list.length) checkIdList(ctx, itemIndex, 'parent product', list);
	}
}

const checked = validated(operation, checkProductFilters);

export const description = describeParameter(operation.description, 'simplify', productSimplifyDescription);

export const execute = checked.execute;

export const option: OperationLabel = { name: 'Get Many', description: 'Get many products, with filters', action: 'Get many products' };
