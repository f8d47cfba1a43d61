import { type OperationLabel } from '../shared/contract';
import { getOperation } from '../shared/factories';
import { orderRefund } from './config';

export const { description, execute } = getOperation(orderRefund);

export const option: OperationLabel = { name: 'Get', description: 'Get a refund of an order', action: 'Get an order refund' };
