import { type OperationLabel } from '../shared/contract';
import { batchOperation } from '../shared/factories';
import { productReview } from './config';

export const { description, executeAll } = batchOperation(productReview);

export const option: OperationLabel = { name: 'Batch', description: 'Create, update or delete many reviews in one request per 100 items', action: 'Batch write product reviews' };
