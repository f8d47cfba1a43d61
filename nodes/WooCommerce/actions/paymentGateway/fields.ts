import type { INodeProperties } from 'n8n-workflow';

export const gatewayIdParameter: INodeProperties = {
	displayName: 'Payment Gateway Name or ID',
	name: 'gatewayId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getPaymentGateways' },
	required: true,
	default: '',
	description:
		'The payment gateway, e.g. bacs, cheque, cod, stripe. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};
