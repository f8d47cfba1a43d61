import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { type OperationLabel } from '../shared/contract';
import { showFor } from '../shared/descriptions';
import { getInstanceId, getZoneId, instanceIdParameter, methodPath, RESOURCE, zoneIdParameter } from './fields';

export const description = showFor(RESOURCE, 'deleteMethod', [zoneIdParameter, instanceIdParameter]);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const zoneId = getZoneId(this, itemIndex);
	const instanceId = getInstanceId(this, itemIndex);
	// Zone methods cannot be trashed: WooCommerce requires force=true.
	const record = (await wooApiRequest.call(this, 'DELETE', methodPath(zoneId, instanceId), {
		qs: { force: true },
		itemIndex,
	})) as IDataObject;
	return { deleted: true, permanently: true, ...record };
}

export const option: OperationLabel = { name: 'Delete Method', description: 'Remove a shipping method from a zone', action: 'Delete a method of a shipping zone' };
