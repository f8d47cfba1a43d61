import { idLocator } from '../../descriptions/common.descriptions';
import { type ResourceConfig } from '../shared/contract';

export const productReview: ResourceConfig = {
	resource: 'productReview',
	label: 'review',
	collection: () => 'products/reviews',
	idParameter: idLocator({ name: 'reviewId', displayName: 'Review', label: 'review' }),
};
