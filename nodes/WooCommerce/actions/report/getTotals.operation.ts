import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { type OperationLabel } from '../shared/contract';
import { showFor } from '../shared/descriptions';
import { itemLabel, operationError } from '../shared/errors';
import { asList } from '../shared/records';
import { RESOURCE } from './period';

const TOTALS = ['coupons', 'customers', 'orders', 'products', 'reviews'];

const properties: INodeProperties[] = [
	{
		displayName: 'Totals Of',
		name: 'totals',
		type: 'options',
		options: [
			{ name: 'Coupons', value: 'coupons', description: 'Coupons per discount type' },
			{ name: 'Customers', value: 'customers', description: 'Paying and non-paying customers' },
			{ name: 'Orders', value: 'orders', description: 'Orders per status' },
			{ name: 'Products', value: 'products', description: 'Products per type' },
			{ name: 'Reviews', value: 'reviews', description: 'Reviews per rating' },
		],
		default: 'orders',
	},
];

export const description = showFor(RESOURCE, 'getTotals', properties);

/** One item per group: { slug, name, total }. */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const totals = String(this.getNodeParameter('totals', itemIndex, 'orders')).trim();
	if (!TOTALS.includes(totals)) {
		throw operationError(
			this,
			itemIndex,
			`The field "Totals Of" in ${itemLabel(itemIndex)} has an unknown value: "${totals.slice(0, 30)}"`,
			'Use coupons, customers, orders, products or reviews.',
		);
	}
	const response = await wooApiRequest.call(this, 'GET', `reports/${totals}/totals`, { itemIndex });
	return asList(response) as IDataObject[];
}

export const option: OperationLabel = { name: 'Get Totals', description: 'Get counts of orders, products, customers, coupons or reviews', action: 'Get a totals report' };
