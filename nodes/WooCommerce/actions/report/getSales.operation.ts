import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { type OperationLabel } from '../shared/contract';
import { showFor } from '../shared/descriptions';
import { asList } from '../shared/records';
import { periodProperties, periodQuery, RESOURCE } from './period';

export const description = showFor(RESOURCE, 'getSales', periodProperties);

/** One item: totals for the period plus `totals` grouped by day or month. */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const qs = periodQuery(this, itemIndex);
	const response = await wooApiRequest.call(this, 'GET', 'reports/sales', { qs, itemIndex });
	return asList(response) as IDataObject[];
}

export const option: OperationLabel = { name: 'Get Sales', description: 'Get sales totals for a period. On stores with HPOS (the default for new stores) WooCommerce’s legacy sales report may show zeros.', action: 'Get the sales report' };
