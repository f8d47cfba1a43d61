import { type OperationLabel } from '../shared/contract';
import { createOperation, withTermExists } from '../shared/factories';
import { attributeTerm } from './config';
import { termNameField, termWritableFields } from './fields';

export const { description, execute } = withTermExists(
	createOperation(attributeTerm, { fields: [termNameField], optionalFields: termWritableFields }),
	attributeTerm,
);

export const option: OperationLabel = { name: 'Create', description: 'Create a term of a product attribute', action: 'Create an attribute term' };
