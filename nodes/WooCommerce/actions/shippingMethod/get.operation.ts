import type { INodeProperties } from 'n8n-workflow';

import { type OperationLabel } from '../shared/contract';
import { singleGetOperation } from '../shared/factories';
import { getTextId } from '../shared/ids';

const methodId: INodeProperties = {
	displayName: 'Shipping Method Name or ID',
	name: 'shippingMethodId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getShippingMethods' },
	required: true,
	default: '',
	description:
		'The shipping method type, e.g. flat_rate. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const { description, execute } = singleGetOperation({
	resource: 'shippingMethod',
	operation: 'get',
	properties: [methodId],
	endpoint(itemIndex) {
		return `shipping_methods/${getTextId(this, 'shippingMethodId', itemIndex, 'Shipping Method')}`;
	},
});

export const option: OperationLabel = { name: 'Get', description: 'Get a shipping method type (e.g. flat_rate)', action: 'Get a shipping method' };
