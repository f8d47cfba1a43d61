import { type OperationLabel } from '../shared/contract';
import { batchOperation } from '../shared/factories';
import { customer } from './config';

export const { description, executeAll } = batchOperation(customer);

export const option: OperationLabel = { name: 'Batch', description: 'Create, update or delete many customers in one request per 100 items', action: 'Batch write customers' };
