/**
 * Product fields and filters, shared by products, variations and Sync.
 */
import { type INodeProperties } from 'n8n-workflow';

import { metaDataField } from '../../descriptions/common.descriptions';
import { IMAGE_SRC_DESCRIPTION, imageField } from '../../descriptions/fields.descriptions';

export const PRODUCT_TYPES = ['simple', 'grouped', 'external', 'variable'];

export const PRODUCT_STATUSES = ['draft', 'pending', 'private', 'publish'];

export const STOCK_STATUSES = ['instock', 'outofstock', 'onbackorder'];

export const BACKORDERS = ['no', 'notify', 'yes'];

export const productTypeField: INodeProperties = {
	displayName: 'Type',
	name: 'type',
	type: 'options',
	options: [
		{ name: 'External/Affiliate', value: 'external' },
		{ name: 'Grouped', value: 'grouped' },
		{ name: 'Simple', value: 'simple' },
		{ name: 'Variable', value: 'variable', description: 'Has variations, e.g. sizes or colours' },
	],
	default: 'simple',
};

export const productStatusField: INodeProperties = {
	displayName: 'Status',
	name: 'status',
	type: 'options',
	options: [
		{ name: 'Draft', value: 'draft' },
		{ name: 'Pending Review', value: 'pending' },
		{ name: 'Private', value: 'private' },
		{ name: 'Published', value: 'publish' },
	],
	default: 'publish',
};

export const stockStatusField: INodeProperties = {
	displayName: 'Stock Status',
	name: 'stock_status',
	type: 'options',
	options: [
		{ name: 'In Stock', value: 'instock' },
		{ name: 'On Backorder', value: 'onbackorder' },
		{ name: 'Out of Stock', value: 'outofstock' },
	],
	default: 'instock',
	description: 'Ignored by WooCommerce when Manage Stock is on: the quantity decides',
};

export const backordersField: INodeProperties = {
	displayName: 'Backorders',
	name: 'backorders',
	type: 'options',
	options: [
		{ name: 'Allow', value: 'yes' },
		{ name: 'Allow, but Notify Customer', value: 'notify' },
		{ name: 'Do Not Allow', value: 'no' },
	],
	default: 'no',
	description: 'Whether customers may order when the product is out of stock (used when Manage Stock is on)',
};

const priceField = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	placeholder: 'e.g. 19.99',
	description,
});

export const dimensionsField: INodeProperties = {
	displayName: 'Dimensions',
	name: 'dimensions',
	type: 'fixedCollection',
	default: {},
	placeholder: 'Add Dimensions',
	options: [
		{
			displayName: 'Dimensions',
			name: 'values',
			values: [
				{ displayName: 'Length', name: 'length', type: 'string', default: '', placeholder: 'e.g. 30' },
				{ displayName: 'Width', name: 'width', type: 'string', default: '', placeholder: 'e.g. 20' },
				{ displayName: 'Height', name: 'height', type: 'string', default: '', placeholder: 'e.g. 1' },
			],
		},
	],
	description: 'In the store’s dimension unit (Settings > Products)',
};

export const downloadsField: INodeProperties = {
	displayName: 'Downloads',
	name: 'downloads',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add Download',
	options: [
		{
			displayName: 'Download',
			name: 'values',
			values: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. User Manual' },
				{
					displayName: 'File URL',
					name: 'file',
					type: 'string',
					default: '',
					placeholder: 'e.g. https://shop.example/wp-content/uploads/manual.pdf',
				},
			],
		},
	],
	description: 'Files a customer gets after buying a downloadable product (the list replaces the current one)',
};

export const imagesField: INodeProperties = imageField({
	name: 'images',
	displayName: 'Images',
	multiple: true,
	srcPlaceholder: 'e.g. https://example.com/tee.jpg',
	srcDescription: IMAGE_SRC_DESCRIPTION,
	description: 'The first image is the main product image; the list replaces the current images',
});

export const attributesField: INodeProperties = {
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
						'A global attribute, or "Custom Attribute" to define one for this product only (then fill Name). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					placeholder: 'e.g. Size',
					description: 'Name of a custom attribute (ignored for global attributes)',
				},
				{
					displayName: 'Options',
					name: 'options',
					type: 'string',
					default: '',
					placeholder: 'e.g. S, M, L',
					description: 'Comma-separated values (term names for a global attribute)',
				},
				{ displayName: 'Position', name: 'position', type: 'number', default: 0 },
				{
					displayName: 'Used for Variations',
					name: 'variation',
					type: 'boolean',
					default: false,
					description: 'Whether variations of a variable product can be made from this attribute',
				},
				{
					displayName: 'Visible',
					name: 'visible',
					type: 'boolean',
					default: true,
					description: 'Whether the attribute is shown on the product page',
				},
			],
		},
	],
	description: 'The list replaces the product’s current attributes',
};

export const defaultAttributesField: INodeProperties = {
	displayName: 'Default Attributes',
	name: 'default_attributes',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add Default Attribute',
	options: [
		{
			displayName: 'Default Attribute',
			name: 'values',
			values: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. Size' },
				{ displayName: 'Option', name: 'option', type: 'string', default: '', placeholder: 'e.g. M' },
			],
		},
	],
	description: 'The variation preselected on the product page of a variable product',
};

export const stockFields: INodeProperties[] = [
	backordersField,
	{
		displayName: 'Low Stock Threshold',
		name: 'low_stock_amount',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
	},
	{
		displayName: 'Manage Stock',
		name: 'manage_stock',
		type: 'boolean',
		default: true,
		description: 'Whether WooCommerce tracks the stock quantity of this product',
	},
	{
		displayName: 'Stock Quantity',
		name: 'stock_quantity',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Whole number of units in stock; needs Manage Stock on',
	},
	stockStatusField,
];

/** Fields shared by products and variations (same names and types in both). */
export const sellableFields: INodeProperties[] = [
	{
		displayName: 'Date On Sale From',
		name: 'date_on_sale_from',
		type: 'dateTime',
		default: '',
		description: 'Start of the sale price, in the store’s timezone',
	},
	{
		displayName: 'Date On Sale To',
		name: 'date_on_sale_to',
		type: 'dateTime',
		default: '',
		description: 'End of the sale price, in the store’s timezone',
	},
	{ displayName: 'Description', name: 'description', type: 'string', typeOptions: { rows: 4 }, default: '', description: 'HTML allowed' },
	dimensionsField,
	{
		displayName: 'Download Expiry',
		name: 'download_expiry',
		type: 'number',
		default: -1,
		description: 'Days a download link stays valid after purchase; -1 for never',
	},
	{
		displayName: 'Download Limit',
		name: 'download_limit',
		type: 'number',
		default: -1,
		description: 'How many times a file can be downloaded; -1 for unlimited',
	},
	{
		displayName: 'Downloadable',
		name: 'downloadable',
		type: 'boolean',
		default: false,
		description: 'Whether the product gives access to downloadable files',
	},
	downloadsField,
	{ displayName: 'Menu Order', name: 'menu_order', type: 'number', default: 0, description: 'Position when sorting by menu order' },
	metaDataField,
	priceField('Regular Price', 'regular_price', 'Price as a string with a dot, e.g. 19.99 (WooCommerce refuses numbers)'),
	priceField('Sale Price', 'sale_price', 'Discounted price, e.g. 15.00. To end a sale, send {"sale_price": ""} in Extra Fields (JSON).'),
	{
		displayName: 'Shipping Class Name or ID',
		name: 'shipping_class',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getShippingClasses' },
		default: '',
		description:
			'The value is the class slug (e.g. bulky). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{ displayName: 'SKU', name: 'sku', type: 'string', default: '', placeholder: 'e.g. WOO-TEE-1', description: 'Stock keeping unit; must be unique in the store' },
	...stockFields,
	{
		displayName: 'Tax Class',
		name: 'tax_class',
		type: 'string',
		default: '',
		placeholder: 'e.g. reduced-rate',
		description: 'Slug of a tax class; empty for Standard',
	},
	{
		displayName: 'Tax Status',
		name: 'tax_status',
		type: 'options',
		options: [
			{ name: 'Taxable', value: 'taxable' },
			{ name: 'Shipping Only', value: 'shipping' },
			{ name: 'None', value: 'none' },
		],
		default: 'taxable',
	},
	{
		displayName: 'Virtual',
		name: 'virtual',
		type: 'boolean',
		default: false,
		description: 'Whether the product is not shipped (no shipping fields)',
	},
	{ displayName: 'Weight', name: 'weight', type: 'string', default: '', placeholder: 'e.g. 0.2', description: 'In the store’s weight unit' },
];

/** Everything a product can be created or updated with (except the name, required on Create). */
export const productOptionalFields: INodeProperties[] = [
	...sellableFields,
	attributesField,
	{
		displayName: 'Button Text',
		name: 'button_text',
		type: 'string',
		default: '',
		description: 'Button label of an external product',
	},
	{
		displayName: 'Catalog Visibility',
		name: 'catalog_visibility',
		type: 'options',
		options: [
			{ name: 'Catalog Only', value: 'catalog' },
			{ name: 'Hidden', value: 'hidden' },
			{ name: 'Search Only', value: 'search' },
			{ name: 'Shop and Search', value: 'visible' },
		],
		default: 'visible',
	},
	{
		displayName: 'Category Names or IDs',
		name: 'categories',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getCategories' },
		default: [],
		description:
			'The list replaces the product’s categories. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Cross-Sell Product IDs',
		name: 'cross_sell_ids',
		type: 'string',
		default: '',
		placeholder: 'e.g. 12,15',
		description: 'Comma-separated product IDs shown in the cart',
	},
	defaultAttributesField,
	{
		displayName: 'External URL',
		name: 'external_url',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://partner.example/product',
		description: 'Address an external product links to',
	},
	{ displayName: 'Featured', name: 'featured', type: 'boolean', default: false, description: 'Whether the product is featured' },
	{
		displayName: 'Grouped Product IDs',
		name: 'grouped_products',
		type: 'string',
		default: '',
		placeholder: 'e.g. 12,15',
		description: 'Comma-separated IDs of the products in a grouped product',
	},
	imagesField,
	{ displayName: 'Parent ID', name: 'parent_id', type: 'number', default: 0, description: 'ID of the parent product' },
	{ displayName: 'Purchase Note', name: 'purchase_note', type: 'string', default: '', description: 'Note sent to the customer after purchase' },
	{ displayName: 'Reviews Allowed', name: 'reviews_allowed', type: 'boolean', default: true, description: 'Whether customers can review the product' },
	{ displayName: 'Short Description', name: 'short_description', type: 'string', typeOptions: { rows: 2 }, default: '' },
	{ displayName: 'Slug', name: 'slug', type: 'string', default: '', description: 'URL-friendly name; generated from the name when empty' },
	{ displayName: 'Sold Individually', name: 'sold_individually', type: 'boolean', default: false, description: 'Whether only one can be bought per order' },
	productStatusField,
	{
		displayName: 'Tag Names or IDs',
		name: 'tags',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getTags' },
		default: [],
		description:
			'The list replaces the product’s tags. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	productTypeField,
	{
		displayName: 'Upsell Product IDs',
		name: 'upsell_ids',
		type: 'string',
		default: '',
		placeholder: 'e.g. 12,15',
		description: 'Comma-separated product IDs recommended instead of this one',
	},
];

export const productNameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Basic Tee',
};

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
