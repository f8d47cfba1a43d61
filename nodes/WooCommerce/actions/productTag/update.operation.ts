import { updateOperation } from '../shared/factories';
import { productTag } from './config';
import { tagNameField, tagWritableFields } from './fields';

export const { description, execute } = updateOperation(productTag, {
	optionalFields: [{ ...tagNameField, required: false }, ...tagWritableFields],
});
