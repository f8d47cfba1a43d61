import { type OperationLabel } from '../shared/contract';
import { batchOperation } from '../shared/factories';
import { attributeTerm } from './config';

// Every item must point to the same attribute (one products/attributes/{id}/terms/batch endpoint per run).
export const { description, executeAll } = batchOperation(attributeTerm);

export const option: OperationLabel = { name: 'Batch', description: 'Create, update or delete many terms of an attribute in one request per 100 items', action: 'Batch write attribute terms' };
