import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { readBody } from '../shared/bodies';
import { type OperationLabel } from '../shared/contract';
import { fieldsCollection, show } from '../shared/descriptions';
import { taxRate } from './config';
import { rateField, taxRateBody, taxRateFields } from './fields';

export const description = show(taxRate, 'create', [
	rateField,
	fieldsCollection('additionalFields', 'Additional Fields', taxRateFields),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const body = readBody(this, itemIndex, ['rate'], 'additionalFields', taxRateBody);
	return (await wooApiRequest.call(this, 'POST', taxRate.collection.call(this, itemIndex), { body, itemIndex })) as IDataObject;
}

export const option: OperationLabel = { name: 'Create', description: 'Create a tax rate', action: 'Create a tax rate' };
