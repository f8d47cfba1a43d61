import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { fieldsCollection, readBody, show } from '../crud';
import { itemLabel, operationError } from '../common';
import { checkEmail, prepareCustomerBody } from './body';
import { customer } from './config';
import { customerWritableFields } from './fields';

const properties: INodeProperties[] = [
	{
		displayName: 'Email',
		name: 'upsertEmail',
		type: 'string',
		placeholder: 'e.g. name@email.com',
		required: true,
		default: '',
		description:
			'The email that identifies the customer. The node looks it up once among all users (GET customers?email=…&role=all): when an account has this email it is updated, otherwise a customer is created. The output says which in "_operation" ("created" or "updated").',
	},
	{
		...fieldsCollection('additionalFields', 'Additional Fields', customerWritableFields),
		description: 'Sent both when creating and when updating (Username only when creating: WooCommerce cannot change it)',
	},
];

export const description = show(customer, 'createOrUpdate', properties);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const email = checkEmail(this, itemIndex, this.getNodeParameter('upsertEmail', itemIndex, ''));
	const body = prepareCustomerBody(this, itemIndex, readBody(this, itemIndex, [], 'additionalFields'));
	delete body.email;

	const found = (await wooApiRequest.call(this, 'GET', 'customers', {
		qs: { email, role: 'all' },
		itemIndex,
	})) as IDataObject[];
	// WooCommerce matches the email exactly; keep the check in case a plugin widens the search.
	const matches = (Array.isArray(found) ? found : []).filter(
		(entry) => String(entry.email ?? '').toLowerCase() === email.toLowerCase(),
	);
	if (matches.length > 1) {
		throw operationError(
			this,
			itemIndex,
			`Several accounts have the email "${email}" (IDs ${matches.map((entry) => String(entry.id)).join(', ')}), so ${itemLabel(itemIndex)} was not written`,
			'Update the customer by ID instead.',
		);
	}
	if (matches.length === 1) {
		const id = Number(matches[0].id);
		const update = { ...body };
		// The username of an existing account cannot be changed (WooCommerce answers "Username isn't editable").
		delete update.username;
		const record = (await wooApiRequest.call(this, 'PUT', `customers/${id}`, { body: update, itemIndex })) as IDataObject;
		return { _operation: 'updated', ...record };
	}
	const record = (await wooApiRequest.call(this, 'POST', 'customers', {
		body: { email, ...body },
		itemIndex,
	})) as IDataObject;
	return { _operation: 'created', ...record };
}
