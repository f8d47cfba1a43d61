import type { INodeProperties } from 'n8n-workflow';

export const shippingClassNameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Bulky',
};

export const shippingClassWritableFields: INodeProperties[] = [
	{ displayName: 'Description', name: 'description', type: 'string', typeOptions: { rows: 3 }, default: '' },
	{ displayName: 'Slug', name: 'slug', type: 'string', default: '', description: 'URL-friendly name; generated from the name when empty' },
];
