import type { INodeProperties } from 'n8n-workflow';

import { type OperationModule } from '../shared/contract';
import { operationProperty } from '../shared/descriptions';
import { RESOURCE } from './period';

import * as getAll from './getAll.operation';
import * as getSales from './getSales.operation';
import * as getTopSellers from './getTopSellers.operation';
import * as getTotals from './getTotals.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	getAll,
	getSales,
	getTopSellers,
	getTotals,
} satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	operationProperty(
		RESOURCE,
		[
			{ name: 'Get Many', value: 'getAll', description: 'List the reports the store offers', action: 'Get many reports' },
			{
				name: 'Get Sales',
				value: 'getSales',
				description:
					'Get sales totals for a period. On stores with HPOS (the default for new stores) WooCommerce’s legacy sales report may show zeros.',
				action: 'Get the sales report',
			},
			{ name: 'Get Top Sellers', value: 'getTopSellers', description: 'Get the best-selling products of a period', action: 'Get the top sellers report' },
			{ name: 'Get Totals', value: 'getTotals', description: 'Get counts of orders, products, customers, coupons or reviews', action: 'Get a totals report' },
		],
		'getSales',
	),
	...getAll.description,
	...getSales.description,
	...getTopSellers.description,
	...getTotals.description,
];
