import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fieldsCollection, readBody, show } from '../crud';
import { wooApiRequest } from '../../transport';
import { taxRate } from './config';
import { rateField, taxRateBody, taxRateFields } from './fields';

export const description = show(taxRate, 'create', [
	rateField,
	fieldsCollection('additionalFields', 'Additional Fields', taxRateFields),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const body = readBody(this, itemIndex, ['rate'], 'additionalFields', taxRateBody);
	return (await wooApiRequest.call(this, 'POST', 'taxes', { body, itemIndex })) as IDataObject;
}
