import type { INodeProperties } from 'n8n-workflow';

export const tagWritableFields: INodeProperties[] = [
	{ displayName: 'Slug', name: 'slug', type: 'string', default: '', description: 'URL-friendly name; generated from the name when empty' },
	{ displayName: 'Description', name: 'description', type: 'string', typeOptions: { rows: 3 }, default: '' },
];

export const tagNameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Summer Sale',
};
