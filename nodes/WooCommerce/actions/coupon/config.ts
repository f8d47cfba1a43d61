import { idLocator } from '../../descriptions/common.descriptions';
import { type ResourceConfig } from '../shared/contract';

export const coupon: ResourceConfig = {
	resource: 'coupon',
	label: 'coupon',
	collection: () => 'coupons',
	idParameter: idLocator({
		name: 'couponId',
		displayName: 'Coupon',
		label: 'coupon',
		searchListMethod: 'searchCoupons',
		description: 'The coupon: pick from the list (search by code), or give its ID or its URL',
	}),
};
