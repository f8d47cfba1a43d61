import { type OperationLabel } from '../shared/contract';
import { createOperation } from '../shared/factories';
import { prepareCustomerBody } from './body';
import { customer } from './config';
import { customerEmailField, customerWritableFields } from './fields';

export const { description, execute } = createOperation(customer, {
	fields: [customerEmailField],
	optionalFields: customerWritableFields,
	prepare: prepareCustomerBody,
});

export const option: OperationLabel = { name: 'Create', description: 'Create a customer', action: 'Create a customer' };
