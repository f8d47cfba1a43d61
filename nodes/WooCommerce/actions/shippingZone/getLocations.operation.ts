import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { type OperationLabel } from '../shared/contract';
import { showFor } from '../shared/descriptions';
import { asList, withoutLinks } from '../shared/records';
import { getZoneId, RESOURCE, zoneIdParameter } from './fields';
import { zoneLocationsPath } from './paths';

export const description = showFor(RESOURCE, 'getLocations', [zoneIdParameter]);

/** One item per location ({ code, type }); a zone without locations gives no items. */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const zoneId = getZoneId(this, itemIndex);
	const response = await wooApiRequest.call(this, 'GET', zoneLocationsPath(zoneId), { itemIndex });
	return asList(response).map((location: IDataObject) => ({ zone_id: zoneId, ...withoutLinks(location) }));
}

export const option: OperationLabel = { name: 'Get Locations', description: 'Get the locations (countries, states, postcodes...) of a zone', action: 'Get the locations of a shipping zone' };
