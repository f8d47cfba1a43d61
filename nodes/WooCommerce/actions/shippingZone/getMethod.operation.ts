import { type OperationLabel } from '../shared/contract';
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

export const option: OperationLabel = { name: 'Get Method', description: 'Get one shipping method of a zone', action: 'Get a method of a shipping zone' };
