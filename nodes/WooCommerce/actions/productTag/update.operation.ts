import { type OperationLabel } from '../shared/contract';
import { updateOperation } from '../shared/factories';
import { productTag } from './config';
import { tagNameField, tagWritableFields } from './fields';

export const { description, execute } = updateOperation(productTag, {
	optionalFields: [{ ...tagNameField, required: false }, ...tagWritableFields],
});

export const option: OperationLabel = { name: 'Update', description: 'Update a product tag', action: 'Update a product tag' };
