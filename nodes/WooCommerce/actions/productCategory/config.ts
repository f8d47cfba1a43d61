import type { ResourceConfig } from '../crud';
import { idLocator } from '../../descriptions/common.descriptions';

export const productCategory: ResourceConfig = {
	resource: 'productCategory',
	label: 'category',
	collection: () => 'products/categories',
	idParameter: idLocator({
		name: 'categoryId',
		displayName: 'Category',
		label: 'category',
		searchListMethod: 'searchCategories',
	}),
};
