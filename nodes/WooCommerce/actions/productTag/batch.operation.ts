import { type OperationLabel } from '../shared/contract';
import { batchOperation } from '../shared/factories';
import { productTag } from './config';

export const { description, executeAll } = batchOperation(productTag);

export const option: OperationLabel = { name: 'Batch', description: 'Create, update or delete many tags in one request per 100 items', action: 'Batch write product tags' };
