import { updateOperation } from '../shared/factories';
import { productCategory } from './config';
import { categoryNameField, categoryTransform, categoryWritableFields } from './fields';

export const { description, execute } = updateOperation(productCategory, {
	optionalFields: [{ ...categoryNameField, required: false }, ...categoryWritableFields],
	transform: categoryTransform,
});
