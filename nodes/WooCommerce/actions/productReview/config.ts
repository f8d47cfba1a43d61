import type { ResourceConfig } from '../crud';
import { idLocator } from '../../descriptions/common.descriptions';

export const productReview: ResourceConfig = {
	resource: 'productReview',
	label: 'review',
	collection: () => 'products/reviews',
	idParameter: idLocator({ name: 'reviewId', displayName: 'Review', label: 'review' }),
};
