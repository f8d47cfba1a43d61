/**
 * How many records a list has, with its filters, in one request: the legacy API has `<collection>/count`; the REST API
 * answers X-WP-Total on any page (one record asked, its ID only). Without a readable total (a proxy stripped it)
 * the IDs are walked and counted.
 */
import type { IDataObject } from 'n8n-workflow';

import { isLegacy } from './legacy';
import { REST_PAGING, readPagingHeaders, wooApiRequestAllItems } from './pagination';
import type { WooFullResponse, WooFunctions } from './request';
import { getStoreCredentials, wooApiRequest } from './request';

export async function wooApiCount(this: WooFunctions, endpoint: string, qs: IDataObject, itemIndex?: number): Promise<number> {
	const creds = await getStoreCredentials.call(this);
	if (isLegacy(creds)) {
		const answer = (await wooApiRequest.call(this, 'GET', `${endpoint}/count`, { qs, itemIndex })) as IDataObject;
		return Number(answer.count);
	}
	const response = (await wooApiRequest.call(this, 'GET', endpoint, {
		qs: { ...qs, per_page: 1, page: 1, _fields: 'id' },
		itemIndex,
		returnFullResponse: true,
	})) as WooFullResponse;
	const { total } = readPagingHeaders(response.headers, REST_PAGING);
	if (total !== undefined) return total;
	return (await wooApiRequestAllItems.call(this, endpoint, { ...qs, _fields: 'id' }, { returnAll: true, itemIndex })).length;
}
