import { unpaginatedListOperation } from '../shared/factories';

// Gateways come in one response, not paginated.
export const { description, execute } = unpaginatedListOperation({
	resource: 'paymentGateway',
	operation: 'getAll',
	endpoint: () => 'payment_gateways',
});
