import { type OperationLabel } from '../shared/contract';
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

export const option: OperationLabel = { name: 'Get Tool', description: 'Get one system status tool', action: 'Get a system status tool' };
