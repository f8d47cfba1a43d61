import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { getTextId } from '../shared/ids';

export const RESOURCE = 'systemStatus';

export const toolIdParameter: INodeProperties = {
	displayName: 'Tool Name or ID',
	name: 'toolId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getSystemTools' },
	required: true,
	default: '',
	description:
		'The tool of WooCommerce > Status > Tools, e.g. clear_transients or recount_terms. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export function getToolId(ctx: IExecuteFunctions, itemIndex: number): string {
	return getTextId(ctx, 'toolId', itemIndex, 'Tool', {
		pattern: /^[\w-]+$/,
		hint: 'Use the tool ID (e.g. clear_transients); "Get Tools" lists them.',
	});
}
