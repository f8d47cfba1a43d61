import { getOperation } from '../crud';
import { coupon } from './config';

export const { description, execute } = getOperation(coupon);
