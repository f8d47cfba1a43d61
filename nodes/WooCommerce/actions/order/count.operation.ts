import { type OperationLabel } from '../shared/contract';
import { countOperation } from '../shared/factories';
import { validated } from '../shared/values';
import { order } from './config';
import { orderList, validateOrderFilters } from './getAll.operation';

export const { description, execute } = validated(countOperation(order, orderList), validateOrderFilters);

export const option: OperationLabel = {
	name: 'Count',
	description: 'Count orders with the same filters as Get Many, in one request',
	action: 'Count orders',
};
