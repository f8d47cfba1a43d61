import { singleGetOperation } from '../storeHelpers';
import { getZoneId, RESOURCE, zoneIdParameter } from './fields';

export const { description, execute } = singleGetOperation({
	resource: RESOURCE,
	operation: 'get',
	properties: [zoneIdParameter],
	endpoint(itemIndex) {
		return `shipping/zones/${getZoneId(this, itemIndex)}`;
	},
});
