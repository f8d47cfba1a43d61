import { unpaginatedListOperation } from '../shared/factories';
import { RESOURCE } from './fields';

export const { description, execute } = unpaginatedListOperation({
	resource: RESOURCE,
	operation: 'getTools',
	limit: false,
	endpoint: () => 'system_status/tools',
});
