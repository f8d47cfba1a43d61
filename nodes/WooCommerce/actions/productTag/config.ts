import { idLocator } from '../../descriptions/common.descriptions';
import { type ResourceConfig } from '../shared/contract';

export const productTag: ResourceConfig = {
	resource: 'productTag',
	label: 'tag',
	collection: () => 'products/tags',
	idParameter: idLocator({
		name: 'tagId',
		displayName: 'Tag',
		label: 'tag',
		searchListMethod: 'searchTags',
	}),
};
