import { createOperation } from '../crud';
import { productAttribute } from './config';
import { attributeNameField, attributeWritableFields } from './fields';

export const { description, execute } = createOperation(productAttribute, {
	fields: [attributeNameField],
	optionalFields: attributeWritableFields,
});
