import type { ResourceConfig } from '../crud';
import { idLocator } from '../../descriptions/common.descriptions';

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
