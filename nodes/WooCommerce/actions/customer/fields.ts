import type { INodeProperties } from 'n8n-workflow';

import { metaDataField } from '../../descriptions/common.descriptions';
import { addressField } from '../shared/address';

export const customerEmailField: INodeProperties = {
	displayName: 'Email',
	name: 'email',
	type: 'string',
	placeholder: 'e.g. name@email.com',
	required: true,
	default: '',
	description: "The customer's email address; WooCommerce allows one account per email",
};

/** Everything a customer create/update can send besides the email. */
export const customerWritableFields: INodeProperties[] = [
	addressField('billing', { withEmail: true }),
	addressField('shipping', { withEmail: false }),
	{ displayName: 'First Name', name: 'first_name', type: 'string', default: '' },
	{ displayName: 'Last Name', name: 'last_name', type: 'string', default: '' },
	metaDataField,
	{
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description:
			'Password for the customer account. When empty on create, WooCommerce generates one (if the store is set to) and emails the customer. Never returned by the store.',
	},
	{
		displayName: 'Username',
		name: 'username',
		type: 'string',
		default: '',
		description:
			'Login name; generated from the email when empty. WooCommerce cannot change it once the account exists.',
	},
];

export const customerFieldsWithEmail: INodeProperties[] = [
	{ ...customerEmailField, required: false, description: "The customer's new email address" },
	...customerWritableFields,
];
