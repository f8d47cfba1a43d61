import { updateOperation } from '../shared/factories';
import { attributeTerm } from './config';
import { termNameField, termWritableFields } from './fields';

export const { description, execute } = updateOperation(attributeTerm, {
	optionalFields: [{ ...termNameField, required: false }, ...termWritableFields],
});
