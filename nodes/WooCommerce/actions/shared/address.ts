/**
 * Billing and shipping address fields, shared by customers and orders.
 */
import { type INodeProperties } from 'n8n-workflow';
import { byLabel } from './descriptions';

type AddressKind = 'billing' | 'shipping';

/**
 * Billing or shipping address as a collection: only the fields the user adds are sent, so an update never blanks the
 * others (WooCommerce merges a partial address into the saved one). Country comes from the store's list; State is the
 * code WooCommerce uses (e.g. CA), offered from the store's list for the chosen country.
 */
export function addressField(kind: AddressKind, options: { withEmail: boolean }): INodeProperties {
	const title = kind === 'billing' ? 'Billing' : 'Shipping';
	const fields: INodeProperties[] = [
		{ displayName: 'Address 1', name: 'address_1', type: 'string', default: '', placeholder: 'e.g. 1 Market St' },
		{ displayName: 'Address 2', name: 'address_2', type: 'string', default: '', placeholder: 'e.g. Suite 5' },
		{ displayName: 'City', name: 'city', type: 'string', default: '', placeholder: 'e.g. San Francisco' },
		{ displayName: 'Company', name: 'company', type: 'string', default: '' },
		{
			displayName: 'Country Name or ID',
			name: 'country',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getCountries' },
			default: '',
			description:
				'Two-letter country code (e.g. US). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{ displayName: 'First Name', name: 'first_name', type: 'string', default: '' },
		{ displayName: 'Last Name', name: 'last_name', type: 'string', default: '' },
		{ displayName: 'Phone', name: 'phone', type: 'string', default: '', placeholder: 'e.g. +1 415 555 0100' },
		{
			displayName: 'Postcode',
			name: 'postcode',
			type: 'string',
			default: '',
			placeholder: 'e.g. 94105',
			description: 'Postal or ZIP code',
		},
		{
			displayName: 'State Name or ID',
			name: 'state',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getStates', loadOptionsDependsOn: ['&country'] },
			default: '',
			description:
				'State or county code as WooCommerce stores it (e.g. CA); pick a country first to list its states. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	];
	if (options.withEmail) {
		fields.push({
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'e.g. name@email.com',
			default: '',
		});
	}
	return {
		displayName: `${title} Address`,
		name: kind,
		type: 'collection',
		placeholder: 'Add Address Field',
		default: {},
		options: fields.sort((a, b) => byLabel(a.displayName, b.displayName)),
	};
}
