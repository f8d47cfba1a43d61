import { type OperationLabel } from '../shared/contract';
import { updateOperation } from '../shared/factories';
import { productAttribute } from './config';
import { attributeNameField, attributeWritableFields } from './fields';

export const { description, execute } = updateOperation(productAttribute, {
	optionalFields: [{ ...attributeNameField, required: false }, ...attributeWritableFields],
});

export const option: OperationLabel = { name: 'Update', description: 'Update a product attribute', action: 'Update a product attribute' };
