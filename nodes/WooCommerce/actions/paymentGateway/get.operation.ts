import { type OperationLabel } from '../shared/contract';
import { singleGetOperation } from '../shared/factories';
import { getTextId } from '../shared/ids';
import { gatewayIdParameter } from './fields';
import { gatewayPath } from './paths';

export const { description, execute } = singleGetOperation({
	resource: 'paymentGateway',
	operation: 'get',
	properties: [gatewayIdParameter],
	endpoint(itemIndex) {
		return gatewayPath(getTextId(this, 'gatewayId', itemIndex, 'Payment Gateway'));
	},
});

export const option: OperationLabel = { name: 'Get', description: 'Get a payment gateway with its settings', action: 'Get a payment gateway' };
