import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { readBody } from '../shared/bodies';
import { type OperationLabel } from '../shared/contract';
import { fieldsCollection, showFor } from '../shared/descriptions';
import { RESOURCE, zoneFields, zoneNameField } from './fields';
import { zonesPath } from './paths';

export const description = showFor(RESOURCE, 'create', [
	zoneNameField,
	fieldsCollection('additionalFields', 'Additional Fields', zoneFields),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const body = readBody(this, itemIndex, ['name'], 'additionalFields');
	return (await wooApiRequest.call(this, 'POST', zonesPath, { body, itemIndex })) as IDataObject;
}

export const option: OperationLabel = { name: 'Create', description: 'Create a shipping zone', action: 'Create a shipping zone' };
