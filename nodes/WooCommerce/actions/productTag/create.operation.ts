import { type OperationLabel } from '../shared/contract';
import { createOperation, withTermExists } from '../shared/factories';
import { productTag } from './config';
import { tagNameField, tagWritableFields } from './fields';

// A duplicate name gives WooCommerce's 400 term_exists: reported with the existing tag's ID.
export const { description, execute } = withTermExists(
	createOperation(productTag, { fields: [tagNameField], optionalFields: tagWritableFields }),
	productTag,
);

export const option: OperationLabel = { name: 'Create', description: 'Create a product tag', action: 'Create a product tag' };
