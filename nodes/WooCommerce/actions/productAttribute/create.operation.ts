import { createOperation } from '../shared/factories';
import { productAttribute } from './config';
import { attributeNameField, attributeWritableFields } from './fields';

export const { description, execute } = createOperation(productAttribute, {
	fields: [attributeNameField],
	optionalFields: attributeWritableFields,
});
