import { unpaginatedListOperation } from '../shared/factories';
import { getZoneId, methodPath, RESOURCE, zoneIdParameter } from './fields';

export const { description, execute } = unpaginatedListOperation({
	resource: RESOURCE,
	operation: 'getMethods',
	properties: [zoneIdParameter],
	limit: false,
	endpoint(itemIndex) {
		return methodPath(getZoneId(this, itemIndex));
	},
});
