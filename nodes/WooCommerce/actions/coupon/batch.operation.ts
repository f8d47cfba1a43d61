import { batchOperation } from '../crud';
import { coupon } from './config';

export const { description, executeAll } = batchOperation(coupon);
