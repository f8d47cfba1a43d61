import { type OperationLabel } from '../shared/contract';
import { batchOperation } from '../shared/factories';
import { productCategory } from './config';

export const { description, executeAll } = batchOperation(productCategory);

export const option: OperationLabel = { name: 'Batch', description: 'Create, update or delete many categories in one request per 100 items', action: 'Batch write product categories' };
