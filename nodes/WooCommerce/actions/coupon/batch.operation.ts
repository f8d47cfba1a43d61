import { batchOperation } from '../shared/factories';
import { coupon } from './config';

export const { description, executeAll } = batchOperation(coupon);
