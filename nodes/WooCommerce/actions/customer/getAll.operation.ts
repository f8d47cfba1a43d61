import { type OperationLabel } from '../shared/contract';
import { getManyOperation, type ListOptions } from '../shared/factories';
import { customer } from './config';

/**
 * Role: WooCommerce alone lists only the "customer" role and leaves out shop managers, administrators and any
 * account a plugin gave another role. The node asks for role=all unless a Role filter is set, so Get Many and
 * Create or Update (which looks emails up with role=all) see the same accounts.
 */
/** The list's Filters and sort, shared with Count. */
export const customerList: ListOptions = {
	defaultQuery: { role: 'all' },
	orderBy: ['id', 'name', 'registered_date', 'include'],
	filters: [
		{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'e.g. name@email.com', default: '', description: 'Only the account with exactly this email' },
		{ displayName: 'Exclude IDs', name: 'exclude', type: 'string', default: '', placeholder: 'e.g. 2,3', description: 'Comma-separated customer IDs to leave out' },
		{ displayName: 'Include IDs', name: 'include', type: 'string', default: '', placeholder: 'e.g. 2,3', description: 'Comma-separated customer IDs to limit the result to' },
		{
			displayName: 'Role',
			name: 'role',
			type: 'options',
			options: [
				{ name: 'Administrator', value: 'administrator' },
				{ name: 'All', value: 'all' },
				{ name: 'Author', value: 'author' },
				{ name: 'Contributor', value: 'contributor' },
				{ name: 'Customer', value: 'customer' },
				{ name: 'Editor', value: 'editor' },
				{ name: 'Shop Manager', value: 'shop_manager' },
				{ name: 'Subscriber', value: 'subscriber' },
			],
			default: 'customer',
			description:
				'Only accounts with this role. Without this filter the node lists every role (role=all), whereas WooCommerce on its own would list only "customer".',
		},
		{ displayName: 'Search', name: 'search', type: 'string', default: '', placeholder: 'e.g. smith', description: 'Accounts whose name, username or email contains this text' },
	],
};

export const { description, execute } = getManyOperation(customer, customerList);

export const option: OperationLabel = { name: 'Get Many', description: 'Get many customers', action: 'Get many customers' };
