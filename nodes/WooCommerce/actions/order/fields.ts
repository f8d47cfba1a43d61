import type { INodeProperties } from 'n8n-workflow';

import { metaDataField } from '../../descriptions/common.descriptions';
import { addressField } from '../shared/address';

const MONEY_HINT = 'A decimal amount as text, e.g. 19.90';

export const lineItemsField: INodeProperties = {
	displayName: 'Line Items',
	name: 'line_items',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Line Item',
	default: {},
	description: 'Products in the order',
	options: [
		{
			displayName: 'Line Item',
			name: 'values',
			values: [
				{
					displayName: 'Line Item ID',
					name: 'id',
					type: 'number',
					default: 0,
					description:
						'Only when updating an order: the ID of an existing line item to change. Leave 0 to add a new line item.',
				},
				{
					displayName: 'Meta Data (JSON)',
					name: 'meta_data',
					type: 'json',
					default: '',
					placeholder: 'e.g. {"gift_wrap": "yes"}',
					description:
						'Line item meta as a JSON object of key/value pairs, or as WooCommerce\'s [{"key": "...", "value": "..."}] list',
				},
				{
					displayName: 'Product ID',
					name: 'product_id',
					type: 'string',
					default: '',
					placeholder: 'e.g. 11',
					description:
						'ID of the product (for a variation, the parent product), or the URL of its edit page or REST resource',
				},
				{
					displayName: 'Quantity',
					name: 'quantity',
					type: 'number',
					typeOptions: { minValue: 1, numberPrecision: 0 },
					default: 1,
					description: 'How many units; a whole number of at least 1',
				},
				{
					displayName: 'Subtotal',
					name: 'subtotal',
					type: 'string',
					default: '',
					placeholder: 'e.g. 30.00',
					description: `Line total before discounts; WooCommerce computes it from the product price when empty. ${MONEY_HINT}.`,
				},
				{
					displayName: 'Total',
					name: 'total',
					type: 'string',
					default: '',
					placeholder: 'e.g. 27.00',
					description: `Line total after discounts; WooCommerce computes it when empty. ${MONEY_HINT}.`,
				},
				{
					displayName: 'Variation ID',
					name: 'variation_id',
					type: 'number',
					default: 0,
					description: 'ID of the variation, for a variable product; 0 for none',
				},
			],
		},
	],
};

export const shippingLinesField: INodeProperties = {
	displayName: 'Shipping Lines',
	name: 'shipping_lines',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Shipping Line',
	default: {},
	options: [
		{
			displayName: 'Shipping Line',
			name: 'values',
			values: [
				{
					displayName: 'Line ID',
					name: 'id',
					type: 'number',
					default: 0,
					description: 'Only when updating an order: the ID of an existing shipping line. Leave 0 to add one.',
				},
				{ displayName: 'Method ID', name: 'method_id', type: 'string', default: '', placeholder: 'e.g. flat_rate' },
				{ displayName: 'Method Title', name: 'method_title', type: 'string', default: '', placeholder: 'e.g. Flat rate' },
				{
					displayName: 'Total',
					name: 'total',
					type: 'string',
					default: '',
					placeholder: 'e.g. 5.00',
					description: `Shipping cost. ${MONEY_HINT}.`,
				},
			],
		},
	],
};

export const feeLinesField: INodeProperties = {
	displayName: 'Fee Lines',
	name: 'fee_lines',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Fee Line',
	default: {},
	options: [
		{
			displayName: 'Fee Line',
			name: 'values',
			values: [
				{
					displayName: 'Line ID',
					name: 'id',
					type: 'number',
					default: 0,
					description: 'Only when updating an order: the ID of an existing fee line. Leave 0 to add one.',
				},
				{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. Gift wrapping' },
				{ displayName: 'Tax Class', name: 'tax_class', type: 'string', default: '', placeholder: 'e.g. reduced-rate', description: 'Slug of the tax class; empty for the standard rate' },
				{
					displayName: 'Tax Status',
					name: 'tax_status',
					type: 'options',
					options: [
						{ name: 'Taxable', value: 'taxable' },
						{ name: 'None', value: 'none' },
					],
					default: 'taxable',
				},
				{
					displayName: 'Total',
					name: 'total',
					type: 'string',
					default: '',
					placeholder: 'e.g. 2.50',
					description: `Fee amount. ${MONEY_HINT}.`,
				},
			],
		},
	],
};

export const couponLinesField: INodeProperties = {
	displayName: 'Coupon Lines',
	name: 'coupon_lines',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Coupon Line',
	default: {},
	options: [
		{
			displayName: 'Coupon Line',
			name: 'values',
			values: [
				{ displayName: 'Code', name: 'code', type: 'string', default: '', placeholder: 'e.g. summer10' },
			],
		},
	],
};

export const orderStatusField: INodeProperties = {
	displayName: 'Status Name or ID',
	name: 'status',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getOrderStatuses' },
	default: 'pending',
	description:
		'Order status slug (e.g. processing), including custom statuses registered on the store. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** Fields of an order body besides the line items (Additional Fields on create, Update Fields on update). */
export const orderWritableFields: INodeProperties[] = [
	addressField('billing', { withEmail: true }),
	addressField('shipping', { withEmail: false }),
	couponLinesField,
	{
		displayName: 'Currency Name or ID',
		name: 'currency',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getCurrencies' },
		default: '',
		description:
			'ISO 4217 currency code (e.g. USD); the store currency when not set. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{ displayName: 'Customer ID', name: 'customer_id', type: 'number', default: 0, description: 'ID of the customer account the order belongs to; 0 for a guest order' },
	{ displayName: 'Customer Note', name: 'customer_note', type: 'string', typeOptions: { rows: 2 }, default: '', description: 'Note the customer left at checkout' },
	feeLinesField,
	metaDataField,
	{ displayName: 'Parent Order ID', name: 'parent_id', type: 'number', default: 0 },
	{
		displayName: 'Payment Method Name or ID',
		name: 'payment_method',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getPaymentGateways' },
		default: '',
		description:
			'Payment gateway ID (e.g. bacs). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{ displayName: 'Payment Method Title', name: 'payment_method_title', type: 'string', default: '', placeholder: 'e.g. Direct bank transfer', description: 'Name of the payment method as shown to the customer' },
	{
		displayName: 'Set Paid',
		name: 'set_paid',
		type: 'boolean',
		default: false,
		description:
			'Whether to mark the order as paid: WooCommerce sets it to Processing and reduces stock. Only acts on pending, on-hold, failed or cancelled orders.',
	},
	shippingLinesField,
	orderStatusField,
	{ displayName: 'Transaction ID', name: 'transaction_id', type: 'string', default: '', description: 'ID of the payment at the gateway' },
];
