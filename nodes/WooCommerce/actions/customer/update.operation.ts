import { updateOperation } from '../shared/factories';
import { prepareCustomerBody } from './body';
import { customer } from './config';
import { customerFieldsWithEmail } from './fields';

export const { description, execute } = updateOperation(customer, {
	optionalFields: customerFieldsWithEmail.filter((field) => field.name !== 'username'),
	prepare: prepareCustomerBody,
});
