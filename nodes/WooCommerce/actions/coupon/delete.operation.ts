import { deleteOperation } from '../shared/factories';
import { coupon } from './config';

// Coupons can be trashed: Force deletes permanently.
export const { description, execute } = deleteOperation(coupon, { trash: true });
