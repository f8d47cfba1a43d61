import type { ResourceConfig } from '../crud';
import { idLocator } from '../../descriptions/common.descriptions';

export const attributeLocator = idLocator({
	name: 'attributeId',
	displayName: 'Attribute',
	label: 'attribute',
	searchListMethod: 'searchAttributes',
	description: 'The global product attribute (e.g. Color): pick it from the list, or give its ID',
});

export const productAttribute: ResourceConfig = {
	resource: 'productAttribute',
	label: 'attribute',
	collection: () => 'products/attributes',
	idParameter: attributeLocator,
};
