import { type ResourceConfig } from '../shared/contract';
import { attributeLocator } from '../shared/locators';

export const productAttribute: ResourceConfig = {
	resource: 'productAttribute',
	label: 'attribute',
	collection: () => 'products/attributes',
	idParameter: attributeLocator,
};
