import { singleGetOperation } from '../shared/factories';
import { getTextId } from '../shared/ids';
import { gatewayIdParameter } from './fields';

export const { description, execute } = singleGetOperation({
	resource: 'paymentGateway',
	operation: 'get',
	properties: [gatewayIdParameter],
	endpoint(itemIndex) {
		return `payment_gateways/${getTextId(this, 'gatewayId', itemIndex, 'Payment Gateway')}`;
	},
});
