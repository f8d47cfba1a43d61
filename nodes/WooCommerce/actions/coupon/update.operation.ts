import { type OperationLabel } from '../shared/contract';
import { updateOperation } from '../shared/factories';
import { prepareCouponBody } from './body';
import { coupon } from './config';
import { couponCodeField, couponWritableFields } from './fields';

export const { description, execute } = updateOperation(coupon, {
	optionalFields: [
		{ ...couponCodeField, required: false, description: 'New code for the coupon (stored in lower case)' },
		...couponWritableFields,
	],
	prepare: prepareCouponBody,
});

export const option: OperationLabel = { name: 'Update', description: 'Update a coupon', action: 'Update a coupon' };
