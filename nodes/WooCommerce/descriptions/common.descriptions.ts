import type { INodeProperties } from 'n8n-workflow';

export const returnAllOrLimit: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];

export const fieldsOption: INodeProperties = {
	displayName: 'Fields',
	name: 'fields',
	type: 'string',
	default: '',
	placeholder: 'e.g. id,name,billing.email,line_items.sku',
	description:
		'Comma-separated fields to return; dot notation selects nested fields. The store is asked only for the top-level names and the node keeps the nested ones, because WooCommerce ignores nested fields on some resources.',
};

export const concurrencyOption: INodeProperties = {
	displayName: 'Concurrency',
	name: 'concurrency',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 10 },
	default: 4,
	description:
		'How many pages to fetch at the same time with Return All. Lower it if the store is slow or rate-limited.',
};

export function sortOptions(orderByValues: string[], defaultOrderBy = 'id'): INodeProperties[] {
	return [
		{
			displayName: 'Sort By',
			name: 'orderby',
			type: 'options',
			options: orderByValues.map((value) => ({
				name: value
					.split('_')
					.map((word) => word.charAt(0).toUpperCase() + word.slice(1))
					.join(' ')
					.replace(/\bId\b/, 'ID'),
				value,
			})),
			default: defaultOrderBy,
			description:
				'Field to sort by. WooCommerce breaks ties in other orders differently on every page, so Return All (and a Limit above 100) reads by ID and sorts here, ties by ID.',
		},
		{
			displayName: 'Sort Order',
			name: 'order',
			type: 'options',
			options: [
				{ name: 'Ascending', value: 'asc' },
				{ name: 'Descending', value: 'desc' },
			],
			default: 'asc',
		},
	];
}

export const simplifyParameter: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description:
		'Whether to return a compact version of each record instead of the raw API object with all its fields',
};

export const forceDeleteParameter = (label: string): INodeProperties => ({
	displayName: 'Force',
	name: 'force',
	type: 'boolean',
	default: false,
	description: `Whether to delete the ${label} permanently. When off, WooCommerce moves it to the trash, where it can be restored.`,
});

export const extraFieldsJson: INodeProperties = {
	displayName: 'Extra Fields (JSON)',
	name: 'extraFieldsJson',
	type: 'json',
	default: '{}',
	description:
		'Any other WooCommerce fields as a JSON object, merged into the request body last (e.g. {"menu_order": 3})',
};

export const metaDataField: INodeProperties = {
	displayName: 'Meta Data',
	name: 'meta_data',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add Meta Data',
	options: [
		{
			displayName: 'Meta Data',
			name: 'values',
			values: [
				{ displayName: 'Key', name: 'key', type: 'string', default: '' },
				{ displayName: 'Value', name: 'value', type: 'string', default: '' },
			],
		},
	],
};

// n8n anchors this with ^…$: allow what follows the ID (e.g. &action=edit in wp-admin URLs, a query or a #fragment).
const ID_URL_REGEX = 'https?://.+(?:[?&](?:post|id|user_id|tag_ID)=\\d+|/wc/v\\d/.+/\\d+/?)(?:[?&#].*)?';

/** An ID parameter as a resource locator: From List (when the resource has a search), By ID, By URL. */
export function idLocator(options: {
	name: string;
	displayName: string;
	label: string;
	searchListMethod?: string;
	required?: boolean;
	description?: string;
}): INodeProperties {
	const modes: INodeProperties['modes'] = [];
	if (options.searchListMethod) {
		// Resource locator modes have no default: the locator's own default picks the mode.
		// eslint-disable-next-line n8n-nodes-base/node-param-default-missing
		modes.push({
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: options.searchListMethod, searchable: true },
		});
	}
	modes.push(
		// eslint-disable-next-line n8n-nodes-base/node-param-default-missing
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 123',
			validation: [
				{ type: 'regex', properties: { regex: '^\\s*\\d+\\s*$', errorMessage: 'Enter a numeric ID' } },
			],
		},
		// eslint-disable-next-line n8n-nodes-base/node-param-default-missing
		{
			displayName: 'By URL',
			name: 'url',
			type: 'string',
			placeholder: 'e.g. https://shop.example/wp-admin/post.php?post=123&action=edit',
			validation: [
				{
					type: 'regex',
					properties: {
						regex: ID_URL_REGEX,
						errorMessage: 'Enter a wp-admin edit URL or a REST API URL that ends with the ID',
					},
				},
			],
		},
	);
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: options.searchListMethod ? 'list' : 'id', value: '' },
		required: options.required ?? true,
		description: options.description ?? `The ${options.label} to use`,
		modes,
	};
}
