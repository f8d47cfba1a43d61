import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fieldsCollection, readBody, showFor } from '../crud';
import { wooApiRequest } from '../../transport';
import { RESOURCE, zoneFields, zoneNameField } from './fields';

export const description = showFor(RESOURCE, 'create', [
	zoneNameField,
	fieldsCollection('additionalFields', 'Additional Fields', zoneFields),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const body = readBody(this, itemIndex, ['name'], 'additionalFields');
	return (await wooApiRequest.call(this, 'POST', 'shipping/zones', { body, itemIndex })) as IDataObject;
}
