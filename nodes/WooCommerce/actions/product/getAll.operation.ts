import { type OperationLabel } from '../shared/contract';
import { getManyOperation } from '../shared/factories';
import { checkIdList } from '../shared/ids';
import { productFilters } from '../shared/productFields';
import { checkPrice, describeParameter, validated } from '../shared/values';
import { productSimplifyDescription } from '../simplify/product';
import { product } from './config';

const operation = getManyOperation(product, {
	filters: productFilters,
	dateFilters: ['after', 'before', 'modified_after', 'modified_before'],
	orderBy: ['date', 'id', 'include', 'menu_order', 'modified', 'popularity', 'price', 'rating', 'slug', 'title'],
});

const checked = validated(operation, (ctx, itemIndex) => {
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
});

export const description = describeParameter(operation.description, 'simplify', productSimplifyDescription);

export const execute = checked.execute;

export const option: OperationLabel = { name: 'Get Many', description: 'Get many products, with filters', action: 'Get many products' };
