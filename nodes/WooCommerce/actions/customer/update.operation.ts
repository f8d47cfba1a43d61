import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { recordId, show } from '../crud';
import { itemLabel, operationError } from '../common';
import { readBody } from '../order/body';
import { prepareCustomerBody } from './body';
import { customer } from './config';
import { customerCollection } from './create.operation';
import { customerFieldsWithEmail } from './fields';

const properties: INodeProperties[] = [
	customer.idParameter,
	customerCollection(
		'updateFields',
		'Update Fields',
		customerFieldsWithEmail.filter((field) => field.name !== 'username'),
	),
];

export const description = show(customer, 'update', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = recordId(this, customer, itemIndex);
	const body = prepareCustomerBody(this, itemIndex, readBody(this, itemIndex, [], 'updateFields'));
	if (Object.keys(body).length === 0) {
		throw operationError(this, itemIndex, `Nothing to update in ${itemLabel(itemIndex)}`, 'Add at least one field under "Update Fields".');
	}
	return (await wooApiRequest.call(this, 'PUT', `customers/${id}`, { body, itemIndex })) as IDataObject;
}
