import { type OperationLabel } from '../shared/contract';
import { unpaginatedListOperation } from '../shared/factories';
import { gatewaysPath } from './paths';

// Gateways come in one response, not paginated.
export const { description, execute } = unpaginatedListOperation({
	resource: 'paymentGateway',
	operation: 'getAll',
	endpoint: () => gatewaysPath,
});

export const option: OperationLabel = { name: 'Get Many', description: 'Get every payment gateway', action: 'Get many payment gateways' };
