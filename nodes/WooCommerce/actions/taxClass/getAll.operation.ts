import { type OperationLabel } from '../shared/contract';
import { unpaginatedListOperation } from '../shared/factories';
import { taxClassesPath } from './paths';

// WooCommerce returns every tax class in one response (standard, reduced-rate, zero-rate and custom ones).
export const { description, execute } = unpaginatedListOperation({
	resource: 'taxClass',
	operation: 'getAll',
	endpoint: () => taxClassesPath,
});

export const option: OperationLabel = { name: 'Get Many', description: 'Get every tax class', action: 'Get many tax classes' };
