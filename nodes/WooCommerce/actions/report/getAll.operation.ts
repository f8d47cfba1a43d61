import { unpaginatedListOperation } from '../storeHelpers';
import { RESOURCE } from './period';

export const { description, execute } = unpaginatedListOperation({
	resource: RESOURCE,
	operation: 'getAll',
	limit: false,
	endpoint: () => 'reports',
});
