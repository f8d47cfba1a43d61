import { type OperationLabel } from '../shared/contract';
import { updateOperation } from '../shared/factories';
import { productCategory } from './config';
import { categoryNameField, categoryTransform, categoryWritableFields } from './fields';

export const { description, execute } = updateOperation(productCategory, {
	optionalFields: [{ ...categoryNameField, required: false }, ...categoryWritableFields],
	transform: categoryTransform,
});

export const option: OperationLabel = { name: 'Update', description: 'Update a product category', action: 'Update a product category' };
