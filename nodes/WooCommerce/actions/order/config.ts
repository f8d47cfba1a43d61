import { type ResourceConfig } from '../shared/contract';
import { orderLocator } from '../shared/locators';
import { simplifyOrder } from '../simplify/order';

export const order: ResourceConfig = {
	resource: 'order',
	label: 'order',
	collection: () => 'orders',
	idParameter: orderLocator,
	simplify: simplifyOrder,
};
