import type { INodeProperties } from 'n8n-workflow';

import { imageField } from '../../descriptions/fields.descriptions';
import { productStatusField, sellableFields } from '../shared/productFields';

export const variationAttributesField: INodeProperties = {
	displayName: 'Attributes',
	name: 'attributes',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add Attribute',
	options: [
		{
			displayName: 'Attribute',
			name: 'values',
			values: [
				{
					displayName: 'Attribute Name or ID',
					name: 'id',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getProductAttributeChoices' },
					default: 0,
					description:
						'A global attribute of the product, or "Custom Attribute" for one defined on the product only (then fill Name). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					placeholder: 'e.g. Size',
					description: 'Name of the product’s custom attribute (ignored for global attributes)',
				},
				{
					displayName: 'Option',
					name: 'option',
					type: 'string',
					default: '',
					placeholder: 'e.g. M',
					description: 'The value this variation has; empty means "any"',
				},
			],
		},
	],
	description: 'Which attribute values make this variation, e.g. Size = M',
};

export const variationImageField: INodeProperties = imageField({
	name: 'image',
	displayName: 'Image',
	srcPlaceholder: 'e.g. https://example.com/tee-red.jpg',
});

export const variationOptionalFields: INodeProperties[] = [
	...sellableFields,
	variationImageField,
	{ ...productStatusField, description: 'Private variations are not sold' },
];
