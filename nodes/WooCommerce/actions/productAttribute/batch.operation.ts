import { type OperationLabel } from '../shared/contract';
import { batchOperation } from '../shared/factories';
import { productAttribute } from './config';

export const { description, executeAll } = batchOperation(productAttribute);

export const option: OperationLabel = { name: 'Batch', description: 'Create, update or delete many attributes in one request per 100 items', action: 'Batch write product attributes' };
