import { type OperationLabel } from '../shared/contract';
import { deleteOperation } from '../shared/factories';
import { coupon } from './config';

// Coupons can be trashed: Force deletes permanently.
export const { description, execute } = deleteOperation(coupon, { trash: true });

export const option: OperationLabel = { name: 'Delete', description: 'Move a coupon to the trash or delete it permanently', action: 'Delete a coupon' };
