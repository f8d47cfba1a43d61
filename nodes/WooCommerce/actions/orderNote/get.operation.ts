import { type OperationLabel } from '../shared/contract';
import { getOperation } from '../shared/factories';
import { orderNote } from './config';

export const { description, execute } = getOperation(orderNote);

export const option: OperationLabel = { name: 'Get', description: 'Get an order note', action: 'Get an order note' };
