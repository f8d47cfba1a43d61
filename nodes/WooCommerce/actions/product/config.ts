import type { ResourceConfig } from '../crud';
import { idLocator } from '../../descriptions/common.descriptions';
import { simplifyProduct } from '../simplify/product';

export const productLocator = idLocator({
	name: 'productId',
	displayName: 'Product',
	label: 'product',
	searchListMethod: 'searchProducts',
	description: 'The product: pick it from the list (search by name or SKU), or give its ID or its URL',
});

export const product: ResourceConfig = {
	resource: 'product',
	label: 'product',
	collection: () => 'products',
	idParameter: productLocator,
	simplify: simplifyProduct,
};
