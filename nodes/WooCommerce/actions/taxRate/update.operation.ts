import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { nothingToUpdate, readBody } from '../shared/bodies';
import { type OperationLabel } from '../shared/contract';
import { fieldsCollection, show } from '../shared/descriptions';
import { recordId } from '../shared/ids';
import { taxRate } from './config';
import { rateField, taxRateBody, taxRateFields } from './fields';

export const description = show(taxRate, 'update', [
	taxRate.idParameter,
	fieldsCollection('updateFields', 'Update Fields', [{ ...rateField, required: false }, ...taxRateFields]),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = recordId(this, taxRate, itemIndex);
	const body = readBody(this, itemIndex, [], 'updateFields', taxRateBody);
	if (Object.keys(body).length === 0) throw nothingToUpdate(this, itemIndex);
	return (await wooApiRequest.call(this, 'PUT', `${taxRate.collection.call(this, itemIndex)}/${id}`, { body, itemIndex })) as IDataObject;
}

export const option: OperationLabel = { name: 'Update', description: 'Update a tax rate', action: 'Update a tax rate' };
