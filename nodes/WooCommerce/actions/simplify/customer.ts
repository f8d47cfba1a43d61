import type { IDataObject } from 'n8n-workflow';

const ADDRESS_KEYS = ['company', 'address_1', 'address_2', 'city', 'state', 'postcode', 'country', 'phone'];

function address(source: unknown, extra: string[] = []): IDataObject {
	const object = (source && typeof source === 'object' ? source : {}) as IDataObject;
	const result: IDataObject = {};
	for (const key of ['first_name', 'last_name', ...ADDRESS_KEYS, ...extra]) {
		if (object[key] !== undefined) result[key] = object[key];
	}
	return result;
}

/**
 * The compact customer (Simplify on). Shape:
 * { id, email, first_name, last_name, username, role, is_paying_customer, date_created, date_modified,
 *   billing: { first_name, last_name, company, address_1, address_2, city, state, postcode, country, phone, email },
 *   shipping: { first_name, last_name, company, address_1, address_2, city, state, postcode, country, phone } }
 * Left out: avatar_url, meta_data, the *_gmt dates and _links.
 */
export function simplifyCustomer(customer: IDataObject): IDataObject {
	return {
		id: customer.id,
		email: customer.email,
		first_name: customer.first_name,
		last_name: customer.last_name,
		username: customer.username,
		role: customer.role,
		is_paying_customer: customer.is_paying_customer,
		date_created: customer.date_created,
		date_modified: customer.date_modified,
		billing: address(customer.billing, ['email']),
		shipping: address(customer.shipping),
	};
}
