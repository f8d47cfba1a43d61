import { type OperationLabel } from '../shared/contract';
import { singleGetOperation } from '../shared/factories';
import { getGroup, getSettingId, groupParameter, RESOURCE, settingIdParameter } from './fields';

export const { description, execute } = singleGetOperation({
	resource: RESOURCE,
	operation: 'get',
	properties: [groupParameter, settingIdParameter],
	endpoint(itemIndex) {
		return `settings/${getGroup(this, itemIndex)}/${getSettingId(this, itemIndex)}`;
	},
});

export const option: OperationLabel = { name: 'Get', description: 'Get one setting of a group', action: 'Get a setting' };
