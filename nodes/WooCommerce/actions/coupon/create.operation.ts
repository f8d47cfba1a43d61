import { createOperation } from '../shared/factories';
import { prepareCouponBody } from './body';
import { coupon } from './config';
import { couponCodeField, couponWritableFields } from './fields';

export const { description, execute } = createOperation(coupon, {
	fields: [couponCodeField],
	optionalFields: couponWritableFields,
	prepare: prepareCouponBody,
});
