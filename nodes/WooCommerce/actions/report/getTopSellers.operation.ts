import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { type OperationLabel } from '../shared/contract';
import { showFor } from '../shared/descriptions';
import { asList } from '../shared/records';
import { periodProperties, periodQuery, RESOURCE } from './period';

export const description = showFor(RESOURCE, 'getTopSellers', periodProperties);

/** One item per product: { name, product_id, quantity }, best first; none when nothing sold. */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const qs = periodQuery(this, itemIndex);
	const response = await wooApiRequest.call(this, 'GET', 'reports/top_sellers', { qs, itemIndex });
	return asList(response) as IDataObject[];
}

export const option: OperationLabel = { name: 'Get Top Sellers', description: 'Get the best-selling products of a period', action: 'Get the top sellers report' };
