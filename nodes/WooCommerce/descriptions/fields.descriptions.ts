import type { INodeProperties } from 'n8n-workflow';

/**
 * Field definitions shared by several resources (products, variations, categories). Parameter names are
 * WooCommerce's; the resource gives its own wording where the meaning differs. (Options loaded from a method keep
 * their description literal in each resource: n8n's lint rules read it there.)
 */

/**
 * A WooCommerce image as a fixedCollection (`{ src, alt, name }`): one image (`image` of a variation or a category)
 * or, with `multiple`, a sortable list (`images` of a product).
 */
export function imageField(options: {
	name: string;
	displayName: string;
	srcPlaceholder: string;
	srcDescription?: string;
	multiple?: boolean;
	description?: string;
}): INodeProperties {
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'fixedCollection',
		...(options.multiple ? { typeOptions: { multipleValues: true, sortable: true } } : {}),
		default: {},
		placeholder: 'Add Image',
		options: [
			{
				displayName: 'Image',
				name: 'values',
				values: [
					{
						displayName: 'Source URL',
						name: 'src',
						type: 'string',
						default: '',
						placeholder: options.srcPlaceholder,
						...(options.srcDescription ? { description: options.srcDescription } : {}),
					},
					{ displayName: 'Alternative Text', name: 'alt', type: 'string', default: '' },
					{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				],
			},
		],
		...(options.description ? { description: options.description } : {}),
	};
}

export const IMAGE_SRC_DESCRIPTION = 'Public URL of the image: WooCommerce downloads it into the media library';
