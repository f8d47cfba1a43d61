import type { ResourceEntry } from './types';
import * as coupon from '../coupon/Coupon.resource';
import * as customer from '../customer/Customer.resource';
import * as order from '../order/Order.resource';
import * as orderNote from '../orderNote/OrderNote.resource';
import * as orderRefund from '../orderRefund/OrderRefund.resource';

/** Orders, order notes, refunds, customers, coupons. */
export const salesResources: ResourceEntry[] = [
	{ value: 'coupon', name: 'Coupon', module: coupon },
	{ value: 'customer', name: 'Customer', module: customer },
	{ value: 'order', name: 'Order', module: order },
	{ value: 'orderNote', name: 'Order Note', module: orderNote },
	{ value: 'orderRefund', name: 'Order Refund', module: orderRefund },
];
