import { createOperation, withTermExists } from '../shared/factories';
import { attributeTerm } from './config';
import { termNameField, termWritableFields } from './fields';

export const { description, execute } = withTermExists(
	createOperation(attributeTerm, { fields: [termNameField], optionalFields: termWritableFields }),
	attributeTerm,
);
