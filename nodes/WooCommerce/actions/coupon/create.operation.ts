import { type OperationLabel } from '../shared/contract';
import { createOperation } from '../shared/factories';
import { prepareCouponBody } from './body';
import { coupon } from './config';
import { couponCodeField, couponWritableFields } from './fields';

export const { description, execute } = createOperation(coupon, {
	fields: [couponCodeField],
	optionalFields: couponWritableFields,
	prepare: prepareCouponBody,
});

export const option: OperationLabel = { name: 'Create', description: 'Create a coupon', action: 'Create a coupon' };
