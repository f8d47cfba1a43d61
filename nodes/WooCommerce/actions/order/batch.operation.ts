import { type OperationLabel } from '../shared/contract';
import { batchOperation } from '../shared/factories';
import { order } from './config';

export const { description, executeAll } = batchOperation(order);

export const option: OperationLabel = { name: 'Batch', description: 'Create, update or delete many orders in one request per 100 items', action: 'Batch write orders' };
