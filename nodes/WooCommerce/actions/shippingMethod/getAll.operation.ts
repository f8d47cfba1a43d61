import { type OperationLabel } from '../shared/contract';
import { unpaginatedListOperation } from '../shared/factories';

// The method types the store offers (flat_rate, free_shipping, local_pickup...), in one response.
export const { description, execute } = unpaginatedListOperation({
	resource: 'shippingMethod',
	operation: 'getAll',
	endpoint: () => 'shipping_methods',
});

export const option: OperationLabel = { name: 'Get Many', description: 'Get the shipping method types the store offers', action: 'Get many shipping methods' };
