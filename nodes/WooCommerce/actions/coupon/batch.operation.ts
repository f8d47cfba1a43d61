import { type OperationLabel } from '../shared/contract';
import { batchOperation } from '../shared/factories';
import { coupon } from './config';

export const { description, executeAll } = batchOperation(coupon);

export const option: OperationLabel = { name: 'Batch', description: 'Create, update or delete many coupons in one request per 100 items', action: 'Batch write coupons' };
