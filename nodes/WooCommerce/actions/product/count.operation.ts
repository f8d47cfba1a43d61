import { type OperationLabel } from '../shared/contract';
import { countOperation } from '../shared/factories';
import { validated } from '../shared/values';
import { product } from './config';
import { productList, checkProductFilters } from './getAll.operation';

export const { description, execute } = validated(countOperation(product, productList), checkProductFilters);

export const option: OperationLabel = {
	name: 'Count',
	description: 'Count products with the same filters as Get Many, in one request',
	action: 'Count products',
};
