import { singleGetOperation } from '../shared/factories';
import { getInstanceId, getZoneId, instanceIdParameter, methodPath, RESOURCE, zoneIdParameter } from './fields';

export const { description, execute } = singleGetOperation({
	resource: RESOURCE,
	operation: 'getMethod',
	properties: [zoneIdParameter, instanceIdParameter],
	endpoint(itemIndex) {
		return methodPath(getZoneId(this, itemIndex), getInstanceId(this, itemIndex));
	},
});
