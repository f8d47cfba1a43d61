import type { INodeProperties } from 'n8n-workflow';

export const attributeNameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Color',
};

export const attributeWritableFields: INodeProperties[] = [
	{
		displayName: 'Default Sort Order',
		name: 'order_by',
		type: 'options',
		options: [
			{ name: 'Custom Ordering', value: 'menu_order' },
			{ name: 'Name', value: 'name' },
			{ name: 'Name (Numeric)', value: 'name_num' },
			{ name: 'Term ID', value: 'id' },
		],
		default: 'menu_order',
		description: 'How the terms of this attribute are sorted in the shop',
	},
	{
		displayName: 'Enable Archives',
		name: 'has_archives',
		type: 'boolean',
		default: false,
		description: 'Whether the attribute has its own archive pages in the shop',
	},
	{
		displayName: 'Slug',
		name: 'slug',
		type: 'string',
		default: '',
		placeholder: 'e.g. color',
		description: 'Unique slug; WooCommerce stores it with the "pa_" prefix (pa_color)',
	},
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: [{ name: 'Select', value: 'select' }],
		default: 'select',
		description: 'Type of attribute; WooCommerce itself only offers Select (themes and plugins may add others through Extra Fields)',
	},
];
