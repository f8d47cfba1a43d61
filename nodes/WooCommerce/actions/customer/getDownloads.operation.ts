import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { type OperationLabel } from '../shared/contract';
import { show } from '../shared/descriptions';
import { recordId } from '../shared/ids';
import { customer } from './config';

export const description = show(customer, 'getDownloads', [customer.idParameter]);

/** One output item per downloadable file the customer may download (none when there are none). */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = recordId(this, customer, itemIndex);
	return (await wooApiRequest.call(this, 'GET', `${customer.collection.call(this, itemIndex)}/${id}/downloads`, { itemIndex })) as IDataObject[];
}

export const option: OperationLabel = { name: 'Get Downloads', description: 'Get the files a customer may download', action: 'Get the downloads of a customer' };
