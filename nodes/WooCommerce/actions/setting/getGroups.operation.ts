import { unpaginatedListOperation } from '../shared/factories';
import { RESOURCE } from './fields';

export const { description, execute } = unpaginatedListOperation({
	resource: RESOURCE,
	operation: 'getGroups',
	limit: false,
	endpoint: () => 'settings',
});
