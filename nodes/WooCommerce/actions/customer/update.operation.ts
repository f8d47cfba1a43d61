import { type OperationLabel } from '../shared/contract';
import { updateOperation } from '../shared/factories';
import { prepareCustomerBody } from './body';
import { customer } from './config';
import { customerFieldsWithEmail } from './fields';

export const { description, execute } = updateOperation(customer, {
	optionalFields: customerFieldsWithEmail.filter((field) => field.name !== 'username'),
	prepare: prepareCustomerBody,
});

export const option: OperationLabel = { name: 'Update', description: 'Update a customer', action: 'Update a customer' };
