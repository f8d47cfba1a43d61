import { type OperationLabel } from '../shared/contract';
import { batchOperation } from '../shared/factories';
import { product } from './config';

export const { description, executeAll } = batchOperation(product);

export const option: OperationLabel = { name: 'Batch', description: 'Create, update or delete many products in one request per 100 items', action: 'Batch write products' };
