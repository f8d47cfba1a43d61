import type { ResourceConfig } from '../crud';
import { idLocator } from '../../descriptions/common.descriptions';
import { simplifyOrder } from '../simplify/order';

export const orderLocator = idLocator({
	name: 'orderId',
	displayName: 'Order',
	label: 'order',
	searchListMethod: 'searchOrders',
	description: 'The order: pick it from the list (search by order number or customer email), or give its ID or its URL',
});

export const order: ResourceConfig = {
	resource: 'order',
	label: 'order',
	collection: () => 'orders',
	idParameter: orderLocator,
	simplify: simplifyOrder,
};
