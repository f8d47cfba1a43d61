import { unpaginatedListOperation } from '../storeHelpers';
import { RESOURCE } from './fields';

export const { description, execute } = unpaginatedListOperation({
	resource: RESOURCE,
	operation: 'getGroups',
	limit: false,
	endpoint: () => 'settings',
});
