import { type OperationLabel } from '../shared/contract';
import { unpaginatedListOperation } from '../shared/factories';
import { getGroup, groupParameter, RESOURCE } from './fields';

// Every setting of the group in one response ({ id, label, type, value, default, options? }).
export const { description, execute } = unpaginatedListOperation({
	resource: RESOURCE,
	operation: 'getAll',
	properties: [groupParameter],
	endpoint(itemIndex) {
		return `settings/${getGroup(this, itemIndex)}`;
	},
});

export const option: OperationLabel = { name: 'Get Many', description: 'Get every setting of a group', action: 'Get many settings' };
