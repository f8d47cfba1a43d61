import { type INodeProperties } from 'n8n-workflow';

/** The list filters every product taxonomy endpoint (categories, tags, attribute terms, shipping classes) accepts. */
export function termFilters(label: string, plural: string): INodeProperties[] {
	return [
		{ displayName: 'Exclude IDs', name: 'exclude', type: 'string', default: '', placeholder: 'e.g. 12,15', description: `Comma-separated ${label} IDs to leave out` },
		{ displayName: 'Hide Empty', name: 'hide_empty', type: 'boolean', default: false, description: `Whether to leave out ${plural} that no product uses` },
		{ displayName: 'Include IDs', name: 'include', type: 'string', default: '', placeholder: 'e.g. 12,15', description: 'Comma-separated IDs to limit the result to' },
		{ displayName: 'Product ID', name: 'product', type: 'number', default: 0, description: `Only ${plural} of this product` },
		{ displayName: 'Search', name: 'search', type: 'string', default: '', description: `${plural.charAt(0).toUpperCase()}${plural.slice(1)} whose name contains this text` },
		{ displayName: 'Slug', name: 'slug', type: 'string', default: '' },
	];
}

export const termOrderBy = ['count', 'description', 'id', 'include', 'name', 'slug', 'term_group'];
