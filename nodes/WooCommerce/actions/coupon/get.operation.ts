import { getOperation } from '../shared/factories';
import { coupon } from './config';

export const { description, execute } = getOperation(coupon);
