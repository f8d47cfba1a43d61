import { updateOperation } from '../crud';
import { productAttribute } from './config';
import { attributeNameField, attributeWritableFields } from './fields';

export const { description, execute } = updateOperation(productAttribute, {
	optionalFields: [{ ...attributeNameField, required: false }, ...attributeWritableFields],
});
