import { unpaginatedListOperation } from '../shared/factories';
import { gatewaysPath } from './paths';

// Gateways come in one response, not paginated.
export const { description, execute } = unpaginatedListOperation({
	resource: 'paymentGateway',
	operation: 'getAll',
	endpoint: () => gatewaysPath,
});
