import { unpaginatedListOperation } from '../shared/factories';
import { RESOURCE } from './period';

export const { description, execute } = unpaginatedListOperation({
	resource: RESOURCE,
	operation: 'getAll',
	limit: false,
	endpoint: () => 'reports',
});
