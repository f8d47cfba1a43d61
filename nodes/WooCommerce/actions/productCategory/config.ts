import { idLocator } from '../../descriptions/common.descriptions';
import { type ResourceConfig } from '../shared/contract';

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
