import { idLocator } from '../../descriptions/common.descriptions';
import { type ResourceConfig } from '../shared/contract';

export const productShippingClass: ResourceConfig = {
	resource: 'productShippingClass',
	label: 'shipping class',
	collection: () => 'products/shipping_classes',
	idParameter: idLocator({
		name: 'shippingClassId',
		displayName: 'Shipping Class',
		label: 'shipping class',
		searchListMethod: 'searchShippingClasses',
	}),
};
