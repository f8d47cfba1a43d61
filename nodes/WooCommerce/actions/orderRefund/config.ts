import { idLocator } from '../../descriptions/common.descriptions';
import { type ResourceConfig } from '../shared/contract';
import { getId } from '../shared/ids';
import { orderLocator } from '../shared/locators';

export const orderRefund: ResourceConfig = {
	resource: 'orderRefund',
	label: 'refund',
	collection(itemIndex: number) {
		return `orders/${getId(this, 'orderId', itemIndex, 'order')}/refunds`;
	},
	idParameter: idLocator({
		name: 'refundId',
		displayName: 'Refund',
		label: 'refund',
		description: 'The refund: its ID, or its REST URL (e.g. https://shop.example/wp-json/wc/v3/orders/26/refunds/29)',
	}),
	parentParameters: [{ ...orderLocator, description: 'The order the refund belongs to' }],
};
