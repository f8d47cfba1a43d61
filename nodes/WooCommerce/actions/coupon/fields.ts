import type { INodeProperties } from 'n8n-workflow';

import { metaDataField } from '../../descriptions/common.descriptions';

export const couponCodeField: INodeProperties = {
	displayName: 'Code',
	name: 'code',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. summer10',
	description: 'The code customers enter. WooCommerce stores codes in lower case (SUMMER10 becomes summer10).',
};

const ids = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	placeholder: 'e.g. 11,12',
	description,
});

const amount = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	placeholder: 'e.g. 20.00',
	description,
});

export const couponWritableFields: INodeProperties[] = [
	amount('Amount', 'amount', 'The discount: a percentage for Percentage Discount, otherwise an amount in the store currency'),
	{ displayName: 'Description', name: 'description', type: 'string', typeOptions: { rows: 2 }, default: '' },
	{
		displayName: 'Discount Type',
		name: 'discount_type',
		type: 'options',
		options: [
			{ name: 'Fixed Cart Discount', value: 'fixed_cart' },
			{ name: 'Fixed Product Discount', value: 'fixed_product' },
			{ name: 'Percentage Discount', value: 'percent' },
		],
		default: 'fixed_cart',
	},
	{
		displayName: 'Allowed Emails',
		name: 'email_restrictions',
		type: 'string',
		default: '',
		placeholder: 'e.g. jane@example.com, *@example.org',
		description: 'Comma-separated billing emails allowed to use the coupon; * is a wildcard',
	},
	{ displayName: 'Exclude Sale Items', name: 'exclude_sale_items', type: 'boolean', default: false, description: 'Whether the coupon ignores products on sale' },
	ids('Excluded Category IDs', 'excluded_product_categories', 'Comma-separated product category IDs the coupon does not apply to'),
	ids('Excluded Product IDs', 'excluded_product_ids', 'Comma-separated product IDs the coupon does not apply to'),
	{
		displayName: 'Expiry Date',
		name: 'date_expires',
		type: 'dateTime',
		default: '',
		description: 'When the coupon stops working (store time zone)',
	},
	{ displayName: 'Free Shipping', name: 'free_shipping', type: 'boolean', default: false, description: 'Whether the coupon grants free shipping (a Free Shipping method must require a coupon)' },
	{ displayName: 'Individual Use', name: 'individual_use', type: 'boolean', default: false, description: 'Whether the coupon cannot be combined with other coupons' },
	{ displayName: 'Limit Usage to X Items', name: 'limit_usage_to_x_items', type: 'number', typeOptions: { minValue: 0 }, default: 0, description: 'Max number of items the discount applies to (product discounts); 0 for no limit' },
	amount('Maximum Spend', 'maximum_amount', 'Largest cart subtotal the coupon accepts'),
	metaDataField,
	amount('Minimum Spend', 'minimum_amount', 'Smallest cart subtotal the coupon needs'),
	ids('Product Category IDs', 'product_categories', 'Comma-separated product category IDs the coupon applies to'),
	ids('Product IDs', 'product_ids', 'Comma-separated product IDs the coupon applies to'),
	{ displayName: 'Usage Limit', name: 'usage_limit', type: 'number', typeOptions: { minValue: 0 }, default: 0, description: 'How many times the coupon can be used in all; 0 for no limit' },
	{ displayName: 'Usage Limit per User', name: 'usage_limit_per_user', type: 'number', typeOptions: { minValue: 0 }, default: 0, description: 'How many times one customer can use the coupon; 0 for no limit' },
];
