import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
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
