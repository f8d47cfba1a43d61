import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { itemLabel, operationError } from '../shared/errors';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkEmail(ctx: IExecuteFunctions, itemIndex: number, value: unknown, field = 'Email'): string {
	const email = String(value ?? '').trim();
	if (email === '') {
		throw operationError(ctx, itemIndex, `The field "${field}" is empty in ${itemLabel(itemIndex)}`, 'Give the customer\'s email address, e.g. jane@example.com.');
	}
	if (!EMAIL.test(email)) {
		throw operationError(ctx, itemIndex, `The field "${field}" in ${itemLabel(itemIndex)} is not an email address: "${email.slice(0, 60)}"`);
	}
	return email;
}

/** Drops empty addresses and meta, checks the email; leaves everything else as the user gave it. */
export function prepareCustomerBody(ctx: IExecuteFunctions, itemIndex: number, body: IDataObject): IDataObject {
	const result: IDataObject = { ...body };
	for (const key of ['billing', 'shipping']) {
		const address = result[key];
		if (address && typeof address === 'object' && Object.keys(address).length === 0) delete result[key];
	}
	if (Array.isArray(result.meta_data) && result.meta_data.length === 0) delete result.meta_data;
	if (result.email !== undefined) result.email = checkEmail(ctx, itemIndex, result.email);
	const billing = result.billing as IDataObject | undefined;
	if (billing && billing.email !== undefined && billing.email !== '') {
		billing.email = checkEmail(ctx, itemIndex, billing.email, 'Billing Address > Email');
	}
	return result;
}
