import { createOperation } from '../crud';
import { withTermExists } from '../product/helpers';
import { attributeTerm } from './config';
import { termNameField, termWritableFields } from './fields';

export const { description, execute } = withTermExists(
	createOperation(attributeTerm, { fields: [termNameField], optionalFields: termWritableFields }),
	attributeTerm,
);
