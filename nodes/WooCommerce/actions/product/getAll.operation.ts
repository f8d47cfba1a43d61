import type { INodeProperties } from 'n8n-workflow';

import { getManyOperation } from '../crud';
import { productSimplifyDescription } from '../simplify/product';
import { product } from './config';
import { checkIdList, checkPrice, describeParameter, validated } from './helpers';

const idsFilter = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	placeholder: 'e.g. 12,15',
	description,
});

const dateFilter = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'dateTime',
	default: '',
	description,
});

export const productFilters: INodeProperties[] = [
	dateFilter('Created After', 'after', 'Only products published after this date'),
	dateFilter('Created Before', 'before', 'Only products published before this date'),
	{
		displayName: 'Attribute Name or ID',
		name: 'attribute',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getAttributeTaxonomies' },
		default: '',
		description:
			'Only products with this global attribute (combine with Attribute Term); the value is its slug, e.g. pa_color. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Attribute Term Name or ID',
		name: 'attribute_term',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getAttributeTerms', loadOptionsDependsOn: ['filters.attribute'] },
		default: '',
		description:
			'Only products with this term of the chosen attribute (e.g. Red). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Category Name or ID',
		name: 'category',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getCategories' },
		default: '',
		description:
			'Only products in this category or its subcategories. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	idsFilter('Exclude IDs', 'exclude', 'Comma-separated product IDs to leave out'),
	{ displayName: 'Featured', name: 'featured', type: 'boolean', default: true, description: 'Whether to return only featured products (on) or only non-featured ones (off)' },
	idsFilter('Include IDs', 'include', 'Comma-separated product IDs to limit the result to'),
	{ displayName: 'Max Price', name: 'max_price', type: 'string', default: '', placeholder: 'e.g. 50.00', description: 'Only products whose price is at most this' },
	{ displayName: 'Min Price', name: 'min_price', type: 'string', default: '', placeholder: 'e.g. 10.00', description: 'Only products whose price is at least this' },
	dateFilter('Modified After', 'modified_after', 'Only products last modified after this date'),
	dateFilter('Modified Before', 'modified_before', 'Only products last modified before this date'),
	{ displayName: 'On Sale', name: 'on_sale', type: 'boolean', default: true, description: 'Whether to return only products on sale (on) or only products not on sale (off)' },
	idsFilter('Parent IDs', 'parent', 'Comma-separated IDs of parent products (e.g. the grouped product)'),
	idsFilter('Parent IDs to Exclude', 'parent_exclude', 'Comma-separated IDs of parent products whose children to leave out'),
	{ displayName: 'Search', name: 'search', type: 'string', default: '', placeholder: 'e.g. tee', description: 'Products whose name or content contains this text' },
	{ displayName: 'SKU', name: 'sku', type: 'string', default: '', placeholder: 'e.g. WOO-TEE-1', description: 'Products with exactly this SKU; several SKUs comma-separated' },
	{ displayName: 'Slug', name: 'slug', type: 'string', default: '', placeholder: 'e.g. basic-tee' },
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: [
			{ name: 'Any (Except Trash)', value: 'any' },
			{ name: 'Draft', value: 'draft' },
			{ name: 'Pending Review', value: 'pending' },
			{ name: 'Private', value: 'private' },
			{ name: 'Published', value: 'publish' },
			{ name: 'Trash', value: 'trash' },
		],
		default: 'any',
	},
	{
		displayName: 'Stock Status',
		name: 'stock_status',
		type: 'options',
		options: [
			{ name: 'In Stock', value: 'instock' },
			{ name: 'On Backorder', value: 'onbackorder' },
			{ name: 'Out of Stock', value: 'outofstock' },
		],
		default: 'instock',
	},
	{
		displayName: 'Tag Name or ID',
		name: 'tag',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTags' },
		default: '',
		description:
			'Only products with this tag. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{ displayName: 'Tax Class', name: 'tax_class', type: 'string', default: '', placeholder: 'e.g. reduced-rate', description: 'Slug of a tax class' },
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: [
			{ name: 'External/Affiliate', value: 'external' },
			{ name: 'Grouped', value: 'grouped' },
			{ name: 'Simple', value: 'simple' },
			{ name: 'Variable', value: 'variable' },
		],
		default: 'simple',
	},
];

const operation = getManyOperation(product, {
	filters: productFilters,
	dateFilters: ['after', 'before', 'modified_after', 'modified_before'],
	orderBy: ['date', 'id', 'include', 'menu_order', 'modified', 'popularity', 'price', 'rating', 'slug', 'title'],
});

const checked = validated(operation, (ctx, itemIndex) => {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as Record<string, unknown>;
	checkPrice(ctx, itemIndex, 'Min Price', filters.min_price);
	checkPrice(ctx, itemIndex, 'Max Price', filters.max_price);
	for (const key of ['include', 'exclude']) {
		if (filters[key] !== undefined && filters[key] !== '') checkIdList(ctx, itemIndex, 'product', filters[key]);
	}
	for (const key of ['parent', 'parent_exclude']) {
		// 0 is a valid parent: products without a parent.
		const list = String(filters[key] ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== '' && entry !== '0');
		if (list.length) checkIdList(ctx, itemIndex, 'parent product', list);
	}
});

export const description = describeParameter(operation.description, 'simplify', productSimplifyDescription);
export const execute = checked.execute;
