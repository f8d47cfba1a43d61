import { type OperationLabel } from '../shared/contract';
import { batchOperation } from '../shared/factories';
import { productShippingClass } from './config';

export const { description, executeAll } = batchOperation(productShippingClass);

export const option: OperationLabel = { name: 'Batch', description: 'Create, update or delete many shipping classes in one request per 100 items', action: 'Batch write product shipping classes' };
