import { type OperationLabel } from '../shared/contract';
import { countOperation } from '../shared/factories';
import { coupon } from './config';
import { couponList } from './getAll.operation';

export const { description, execute } = countOperation(coupon, couponList);

export const option: OperationLabel = {
	name: 'Count',
	description: 'Count coupons with the same filters as Get Many, in one request',
	action: 'Count coupons',
};
