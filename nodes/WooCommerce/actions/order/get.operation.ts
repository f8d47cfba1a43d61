import { type OperationLabel } from '../shared/contract';
import { getOperation } from '../shared/factories';
import { order } from './config';

export const { description, execute } = getOperation(order);

export const option: OperationLabel = { name: 'Get', description: 'Get an order', action: 'Get an order' };
