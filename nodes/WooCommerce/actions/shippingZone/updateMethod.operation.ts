import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fieldsCollection, nothingToUpdate, readBody, showFor } from '../crud';
import { wooApiRequest } from '../../transport';
import {
	getInstanceId,
	getZoneId,
	instanceIdParameter,
	methodBody,
	methodFields,
	methodPath,
	RESOURCE,
	zoneIdParameter,
} from './fields';

export const description = showFor(RESOURCE, 'updateMethod', [
	zoneIdParameter,
	instanceIdParameter,
	fieldsCollection('updateFields', 'Update Fields', methodFields),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const zoneId = getZoneId(this, itemIndex);
	const instanceId = getInstanceId(this, itemIndex);
	const body = readBody(this, itemIndex, [], 'updateFields', methodBody);
	if (Object.keys(body).length === 0) throw nothingToUpdate(this, itemIndex);
	return (await wooApiRequest.call(this, 'PUT', methodPath(zoneId, instanceId), { body, itemIndex })) as IDataObject;
}
