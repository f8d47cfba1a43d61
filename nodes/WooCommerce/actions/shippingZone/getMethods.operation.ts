import { type OperationLabel } from '../shared/contract';
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

export const option: OperationLabel = { name: 'Get Methods', description: 'Get the shipping methods of a zone', action: 'Get the methods of a shipping zone' };
