import { type OperationLabel } from '../shared/contract';
import { getOperation } from '../shared/factories';
import { customer } from './config';

export const { description, execute } = getOperation(customer);

export const option: OperationLabel = { name: 'Get', description: 'Get a customer', action: 'Get a customer' };
