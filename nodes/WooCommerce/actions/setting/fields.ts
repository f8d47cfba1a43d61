import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { getTextId } from '../shared/ids';

export const RESOURCE = 'setting';

export const groupParameter: INodeProperties = {
	displayName: 'Group Name or ID',
	name: 'group',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getSettingGroups' },
	required: true,
	default: '',
	description:
		'Settings group, e.g. general, products, tax, shipping, checkout, account, email, advanced. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const settingIdParameter: INodeProperties = {
	displayName: 'Setting Name or ID',
	name: 'settingId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getGroupSettings', loadOptionsDependsOn: ['group'] },
	required: true,
	default: '',
	description:
		'The setting (option), e.g. woocommerce_currency. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

const ROUTE_ID = /^[\w-]+$/;

export function getGroup(ctx: IExecuteFunctions, itemIndex: number): string {
	return getTextId(ctx, 'group', itemIndex, 'Group', {
		pattern: ROUTE_ID,
		hint: 'Use the group ID (e.g. general), not its label; "Get Groups" lists them.',
	});
}

export function getSettingId(ctx: IExecuteFunctions, itemIndex: number): string {
	return getTextId(ctx, 'settingId', itemIndex, 'Setting', {
		pattern: ROUTE_ID,
		hint: 'Use the setting ID (e.g. woocommerce_currency), not its label; "Get Many" lists the settings of a group.',
	});
}
