import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readBody } from '../shared/bodies';
import { type OperationLabel } from '../shared/contract';
import { batchOptions, fieldsCollection, show } from '../shared/descriptions';
import { type BulkUpsertConfig, bulkUpsertOperation, type UpsertItem, upsertItemOperation } from '../shared/upsert';
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
	{ ...batchOptions, description: 'From 10 items on, the emails are looked up a few at a time and the customers written in batch requests of 100' },
];

export const description = show(customer, 'createOrUpdate', properties);

function prepare(ctx: IExecuteFunctions, itemIndex: number): UpsertItem {
	const email = checkEmail(ctx, itemIndex, ctx.getNodeParameter('upsertEmail', itemIndex, ''));
	const body = prepareCustomerBody(ctx, itemIndex, readBody(ctx, itemIndex, [], 'additionalFields'));
	delete body.email;
	const update = { ...body };
	// The username of an existing account cannot be changed (WooCommerce answers "Username isn't editable").
	delete update.username;
	return { key: email, create: { email, ...body }, update };
}

function sameEmail(records: IDataObject[], email: string): IDataObject[] {
	// WooCommerce matches the email exactly; keep the check in case a plugin widens the search.
	return records.filter((entry) => String(entry.email ?? '').toLowerCase() === email.toLowerCase());
}

const upsert: BulkUpsertConfig = {
	label: 'customer',
	plural: 'accounts',
	keyName: 'email',
	duplicateHint: 'Update the customer by ID instead.',
	collection: 'customers',
	param: 'email',
	qs: { role: 'all' },
	prepare,
	matches: sameEmail,
	same: (email) => email.toLowerCase(),
};

export const execute = upsertItemOperation(upsert);

export const executeAll = bulkUpsertOperation({ description, execute }, upsert);

export const option: OperationLabel = { name: 'Create or Update', description: 'Create a new customer, or update the one with the same email', action: 'Create or update a customer' };
