import { idLocator } from '../../descriptions/common.descriptions';
import { type ResourceConfig } from '../shared/contract';
import { simplifyCustomer } from '../simplify/customer';

export const customer: ResourceConfig = {
	resource: 'customer',
	label: 'customer',
	collection: () => 'customers',
	idParameter: idLocator({
		name: 'customerId',
		displayName: 'Customer',
		label: 'customer',
		searchListMethod: 'searchCustomers',
		description: 'The customer: pick from the list (search by email or name), or give the ID or the URL (e.g. wp-admin user-edit.php?user_id=5)',
	}),
	simplify: simplifyCustomer,
};
