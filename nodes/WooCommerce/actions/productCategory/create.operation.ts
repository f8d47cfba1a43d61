import { type OperationLabel } from '../shared/contract';
import { createOperation, withTermExists } from '../shared/factories';
import { productCategory } from './config';
import { categoryNameField, categoryTransform, categoryWritableFields } from './fields';

// A duplicate name under the same parent gives WooCommerce's 400 term_exists: reported with the existing ID.
export const { description, execute } = withTermExists(
	createOperation(productCategory, {
		fields: [categoryNameField],
		optionalFields: categoryWritableFields,
		transform: categoryTransform,
	}),
	productCategory,
);

export const option: OperationLabel = { name: 'Create', description: 'Create a product category', action: 'Create a product category' };
