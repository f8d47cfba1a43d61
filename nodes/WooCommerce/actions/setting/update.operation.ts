import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { type OperationLabel } from '../shared/contract';
import { showFor } from '../shared/descriptions';
import { getGroup, getSettingId, groupParameter, RESOURCE, settingIdParameter } from './fields';
import { settingValue } from './value';

const properties: INodeProperties[] = [
	groupParameter,
	settingIdParameter,
	{
		displayName: 'Value',
		name: 'settingValue',
		type: 'string',
		default: '',
		placeholder: 'e.g. left_space',
		description:
			'New value. For a select setting use the option key (e.g. left_space, not "Left with space"); for checkboxes yes or no.',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Value Is JSON',
				name: 'valueIsJson',
				type: 'boolean',
				default: false,
				description: 'Whether to parse the value as JSON, e.g. ["US", "CA"] for a multiselect setting such as allowed countries',
			},
		],
	},
];

export const description = showFor(RESOURCE, 'update', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const group = getGroup(this, itemIndex);
	const id = getSettingId(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const value = settingValue(this, itemIndex, this.getNodeParameter('settingValue', itemIndex, ''), options.valueIsJson === true, 'Value');
	return (await wooApiRequest.call(this, 'PUT', `settings/${group}/${id}`, {
		body: { value } as IDataObject,
		itemIndex,
	})) as IDataObject;
}

export const option: OperationLabel = { name: 'Update', description: 'Change the value of a setting', action: 'Update a setting' };
