import { type OperationLabel } from '../shared/contract';
import { countOperation } from '../shared/factories';
import { customer } from './config';
import { customerList } from './getAll.operation';

export const { description, execute } = countOperation(customer, customerList);

export const option: OperationLabel = {
	name: 'Count',
	description: 'Count customers with the same filters as Get Many, in one request',
	action: 'Count customers',
};
