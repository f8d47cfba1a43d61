import { type OperationLabel } from '../shared/contract';
import { unpaginatedListOperation } from '../shared/factories';
import { RESOURCE } from './period';

export const { description, execute } = unpaginatedListOperation({
	resource: RESOURCE,
	operation: 'getAll',
	limit: false,
	endpoint: () => 'reports',
});

export const option: OperationLabel = { name: 'Get Many', description: 'List the reports the store offers', action: 'Get many reports' };
