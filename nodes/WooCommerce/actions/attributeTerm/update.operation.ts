import { type OperationLabel } from '../shared/contract';
import { updateOperation } from '../shared/factories';
import { attributeTerm } from './config';
import { termNameField, termWritableFields } from './fields';

export const { description, execute } = updateOperation(attributeTerm, {
	optionalFields: [{ ...termNameField, required: false }, ...termWritableFields],
});

export const option: OperationLabel = { name: 'Update', description: 'Update an attribute term', action: 'Update an attribute term' };
