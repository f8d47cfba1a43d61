import { type ResourceConfig } from '../shared/contract';
import { productLocator } from '../shared/locators';
import { simplifyProduct } from '../simplify/product';

export const product: ResourceConfig = {
	resource: 'product',
	label: 'product',
	collection: () => 'products',
	idParameter: productLocator,
	simplify: simplifyProduct,
};
