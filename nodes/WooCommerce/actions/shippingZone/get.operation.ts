import { type OperationLabel } from '../shared/contract';
import { singleGetOperation } from '../shared/factories';
import { getZoneId, RESOURCE, zoneIdParameter } from './fields';
import { zonePath } from './paths';

export const { description, execute } = singleGetOperation({
	resource: RESOURCE,
	operation: 'get',
	properties: [zoneIdParameter],
	endpoint(itemIndex) {
		return zonePath(getZoneId(this, itemIndex));
	},
});

export const option: OperationLabel = { name: 'Get', description: 'Get a shipping zone', action: 'Get a shipping zone' };
