import { type OperationLabel } from '../shared/contract';
import { unpaginatedListOperation } from '../shared/factories';
import { RESOURCE } from './fields';

export const { description, execute } = unpaginatedListOperation({
	resource: RESOURCE,
	operation: 'getGroups',
	limit: false,
	endpoint: () => 'settings',
});

export const option: OperationLabel = { name: 'Get Groups', description: 'Get the settings groups (General, Products, Tax...)', action: 'Get settings groups' };
