import { type OperationLabel } from '../shared/contract';
import { createOperation } from '../shared/factories';
import { productAttribute } from './config';
import { attributeNameField, attributeWritableFields } from './fields';

export const { description, execute } = createOperation(productAttribute, {
	fields: [attributeNameField],
	optionalFields: attributeWritableFields,
});

export const option: OperationLabel = { name: 'Create', description: 'Create a global product attribute', action: 'Create a product attribute' };
