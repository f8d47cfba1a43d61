import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { nothingToUpdate, readBody } from '../shared/bodies';
import { type OperationLabel } from '../shared/contract';
import { fieldsCollection, showFor } from '../shared/descriptions';
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

export const option: OperationLabel = { name: 'Update Method', description: 'Update a shipping method of a zone', action: 'Update a method of a shipping zone' };
