import { type OperationLabel } from '../shared/contract';
import { batchOperation } from '../shared/factories';
import { taxRate } from './config';

export const { description, executeAll } = batchOperation(taxRate);

export const option: OperationLabel = { name: 'Batch', description: 'Create, update or delete many tax rates in one request per 100 items', action: 'Batch write tax rates' };
