import { singleGetOperation } from '../shared/factories';
import { getZoneId, RESOURCE, zoneIdParameter } from './fields';

export const { description, execute } = singleGetOperation({
	resource: RESOURCE,
	operation: 'get',
	properties: [zoneIdParameter],
	endpoint(itemIndex) {
		return `shipping/zones/${getZoneId(this, itemIndex)}`;
	},
});
