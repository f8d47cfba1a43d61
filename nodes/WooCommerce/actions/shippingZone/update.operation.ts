import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { nothingToUpdate, readBody } from '../shared/bodies';
import { type OperationLabel } from '../shared/contract';
import { fieldsCollection, showFor } from '../shared/descriptions';
import { assertEditableZone, getZoneId, RESOURCE, zoneFields, zoneIdParameter, zoneNameField } from './fields';
import { zonePath } from './paths';

export const description = showFor(RESOURCE, 'update', [
	zoneIdParameter,
	fieldsCollection('updateFields', 'Update Fields', [{ ...zoneNameField, required: false }, ...zoneFields]),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const zoneId = getZoneId(this, itemIndex);
	assertEditableZone(this, itemIndex, zoneId, 'be updated');
	const body = readBody(this, itemIndex, [], 'updateFields');
	if (Object.keys(body).length === 0) throw nothingToUpdate(this, itemIndex);
	return (await wooApiRequest.call(this, 'PUT', zonePath(zoneId), { body, itemIndex })) as IDataObject;
}

export const option: OperationLabel = { name: 'Update', description: 'Update a shipping zone', action: 'Update a shipping zone' };
