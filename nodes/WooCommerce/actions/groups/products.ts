import type { ResourceEntry } from './types';
import * as attributeTerm from '../attributeTerm/AttributeTerm.resource';
import * as product from '../product/Product.resource';
import * as productAttribute from '../productAttribute/ProductAttribute.resource';
import * as productCategory from '../productCategory/ProductCategory.resource';
import * as productReview from '../productReview/ProductReview.resource';
import * as productShippingClass from '../productShippingClass/ProductShippingClass.resource';
import * as productTag from '../productTag/ProductTag.resource';
import * as productVariation from '../productVariation/ProductVariation.resource';

/** Products and everything that hangs off them. The node's resource parameter defaults to 'product'. */
export const productResources: ResourceEntry[] = [
	{ value: 'attributeTerm', name: 'Attribute Term', module: attributeTerm },
	{ value: 'product', name: 'Product', module: product },
	{ value: 'productAttribute', name: 'Product Attribute', module: productAttribute },
	{ value: 'productCategory', name: 'Product Category', module: productCategory },
	{ value: 'productReview', name: 'Product Review', module: productReview },
	{ value: 'productShippingClass', name: 'Product Shipping Class', module: productShippingClass },
	{ value: 'productTag', name: 'Product Tag', module: productTag },
	{ value: 'productVariation', name: 'Product Variation', module: productVariation },
];
