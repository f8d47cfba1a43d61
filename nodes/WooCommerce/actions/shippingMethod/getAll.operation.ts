import { unpaginatedListOperation } from '../shared/factories';

// The method types the store offers (flat_rate, free_shipping, local_pickup...), in one response.
export const { description, execute } = unpaginatedListOperation({
	resource: 'shippingMethod',
	operation: 'getAll',
	endpoint: () => 'shipping_methods',
});
