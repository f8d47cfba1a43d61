import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { IMAGE_SRC_DESCRIPTION, imageField } from '../../descriptions/fields.descriptions';

export const categoryNameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. T-Shirts',
	description: 'Must be unique among the categories with the same parent',
};

export const categoryWritableFields: INodeProperties[] = [
	{ displayName: 'Description', name: 'description', type: 'string', typeOptions: { rows: 3 }, default: '', description: 'HTML allowed' },
	{
		displayName: 'Display Type',
		name: 'display',
		type: 'options',
		options: [
			{ name: 'Both', value: 'both' },
			{ name: 'Default', value: 'default' },
			{ name: 'Products', value: 'products' },
			{ name: 'Subcategories', value: 'subcategories' },
		],
		default: 'default',
		description: 'What the category page shows',
	},
	imageField({
		name: 'image',
		displayName: 'Image',
		srcPlaceholder: 'e.g. https://example.com/t-shirts.jpg',
		srcDescription: IMAGE_SRC_DESCRIPTION,
	}),
	{ displayName: 'Menu Order', name: 'menu_order', type: 'number', default: 0, description: 'Position when categories are sorted by custom order' },
	{
		displayName: 'Parent Category Name or ID',
		name: 'parent',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getCategories' },
		default: '',
		description:
			'The category this one sits under; none for a top-level category. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{ displayName: 'Slug', name: 'slug', type: 'string', default: '', description: 'URL-friendly name; generated from the name when empty' },
];

/** Drops an empty image and turns the parent into a number. */
export function categoryTransform(body: IDataObject): IDataObject {
	const result = { ...body };
	if (result.image && typeof result.image === 'object') {
		const image = Object.fromEntries(
			Object.entries(result.image as IDataObject).filter(([, value]) => value !== '' && value !== undefined),
		);
		if (Object.keys(image).length === 0) delete result.image;
		else result.image = image;
	}
	if (result.parent !== undefined && result.parent !== '' && /^\d+$/.test(String(result.parent))) {
		result.parent = Number(result.parent);
	}
	return result;
}
