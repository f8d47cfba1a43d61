import { singleGetOperation } from '../shared/factories';
import { getToolId, RESOURCE, toolIdParameter } from './fields';

export const { description, execute } = singleGetOperation({
	resource: RESOURCE,
	operation: 'getTool',
	properties: [toolIdParameter],
	endpoint(itemIndex) {
		return `system_status/tools/${getToolId(this, itemIndex)}`;
	},
});
