import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { type OperationLabel } from '../shared/contract';
import { showFor } from '../shared/descriptions';
import { assertEditableZone, getZoneId, RESOURCE, zoneIdParameter } from './fields';
import { zonePath } from './paths';

export const description = showFor(RESOURCE, 'delete', [zoneIdParameter]);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const zoneId = getZoneId(this, itemIndex);
	assertEditableZone(this, itemIndex, zoneId, 'be deleted');
	// Zones cannot be trashed: WooCommerce requires force=true (it also removes the zone's locations and methods).
	const record = (await wooApiRequest.call(this, 'DELETE', zonePath(zoneId), {
		qs: { force: true },
		itemIndex,
	})) as IDataObject;
	return { deleted: true, permanently: true, ...record };
}

export const option: OperationLabel = { name: 'Delete', description: 'Delete a shipping zone with its locations and methods', action: 'Delete a shipping zone' };
