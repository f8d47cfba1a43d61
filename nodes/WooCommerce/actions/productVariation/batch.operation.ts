import { type OperationLabel } from '../shared/contract';
import { batchOperation } from '../shared/factories';
import { productVariation } from './config';

// Every item must point to the same product (one products/{id}/variations/batch endpoint per run).
export const { description, executeAll } = batchOperation(productVariation);

export const option: OperationLabel = { name: 'Batch', description: 'Create, update or delete many variations of a product in one request per 100 items', action: 'Batch write product variations' };
