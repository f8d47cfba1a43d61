import { type OperationLabel } from '../shared/contract';
import { unpaginatedListOperation } from '../shared/factories';
import { RESOURCE } from './fields';

export const { description, execute } = unpaginatedListOperation({
	resource: RESOURCE,
	operation: 'getTools',
	limit: false,
	endpoint: () => 'system_status/tools',
});

export const option: OperationLabel = { name: 'Get Tools', description: 'Get the tools of WooCommerce > Status > Tools', action: 'Get system status tools' };
