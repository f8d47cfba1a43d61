import { updateOperation } from '../shared/factories';
import { productAttribute } from './config';
import { attributeNameField, attributeWritableFields } from './fields';

export const { description, execute } = updateOperation(productAttribute, {
	optionalFields: [{ ...attributeNameField, required: false }, ...attributeWritableFields],
});
