import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { resourceProperties, resourceProperty } from './actions/resources';
import { router } from './actions/router';
import { operationSubtitle } from './descriptions/subtitle';
import { listSearch, loadOptions } from './methods';

export class WooCommerce implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'WooCommerce',
		name: 'wooCommerce',
		icon: { light: 'file:woocommerce.svg', dark: 'file:woocommerce.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: operationSubtitle(resourceProperty, resourceProperties),
		description:
			'Manage a WooCommerce store through its REST API: products, orders, customers, coupons and more, with batch writes and safe pagination',
		defaults: { name: 'WooCommerce' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'wooCommerceRestApi', required: true }],
		properties: [resourceProperty, ...resourceProperties],
	};

	methods = { listSearch, loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
