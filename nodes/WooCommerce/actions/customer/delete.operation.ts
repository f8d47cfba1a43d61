import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { type OperationLabel } from '../shared/contract';
import { show } from '../shared/descriptions';
import { itemLabel, operationError } from '../shared/errors';
import { recordId } from '../shared/ids';
import { customer } from './config';

const properties: INodeProperties[] = [
	customer.idParameter,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Reassign Posts To (User ID)',
				name: 'reassign',
				type: 'number',
				default: 0,
				description: "ID of the user who receives the deleted user's posts and pages; without it they are deleted too",
			},
		],
	},
];

export const description = show(customer, 'delete', properties);

/** Customers cannot be trashed (WooCommerce answers 501 without force), so the delete is always permanent. */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = recordId(this, customer, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const qs: IDataObject = { force: true };
	if (options.reassign !== undefined && options.reassign !== '' && Number(options.reassign) !== 0) {
		const reassign = Number(options.reassign);
		if (!Number.isInteger(reassign) || reassign < 0) {
			throw operationError(this, itemIndex, `The option "Reassign Posts To (User ID)" in ${itemLabel(itemIndex)} must be a user ID`);
		}
		qs.reassign = reassign;
	}
	const record = (await wooApiRequest.call(this, 'DELETE', `${customer.collection.call(this, itemIndex)}/${id}`, { qs, itemIndex })) as IDataObject;
	return { deleted: true, permanently: true, ...record };
}

export const option: OperationLabel = { name: 'Delete', description: 'Delete a customer permanently', action: 'Delete a customer' };
