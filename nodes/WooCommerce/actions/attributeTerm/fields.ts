import type { INodeProperties } from 'n8n-workflow';

export const termNameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Red',
};

export const termWritableFields: INodeProperties[] = [
	{ displayName: 'Description', name: 'description', type: 'string', typeOptions: { rows: 3 }, default: '' },
	{ displayName: 'Menu Order', name: 'menu_order', type: 'number', default: 0, description: 'Position when the attribute uses custom ordering' },
	{ displayName: 'Slug', name: 'slug', type: 'string', default: '', description: 'URL-friendly name; generated from the name when empty' },
];
