/**
 * Locators of the parent records sub-resources hang under (the order of a note or refund, the product of a variation, the attribute of a term).
 */
import { idLocator } from '../../descriptions/common.descriptions';

export const productLocator = idLocator({
	name: 'productId',
	displayName: 'Product',
	label: 'product',
	searchListMethod: 'searchProducts',
	description: 'The product: pick it from the list (search by name or SKU), or give its ID or its URL',
});

export const orderLocator = idLocator({
	name: 'orderId',
	displayName: 'Order',
	label: 'order',
	searchListMethod: 'searchOrders',
	description: 'The order: pick it from the list (search by order number or customer email), or give its ID or its URL',
});

export const attributeLocator = idLocator({
	name: 'attributeId',
	displayName: 'Attribute',
	label: 'attribute',
	searchListMethod: 'searchAttributes',
	description: 'The global product attribute (e.g. Color): pick it from the list, or give its ID',
});
