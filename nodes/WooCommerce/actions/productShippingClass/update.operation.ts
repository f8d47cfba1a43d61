import { updateOperation } from '../crud';
import { productShippingClass } from './config';
import { shippingClassNameField, shippingClassWritableFields } from './fields';

export const { description, execute } = updateOperation(productShippingClass, {
	optionalFields: [{ ...shippingClassNameField, required: false }, ...shippingClassWritableFields],
});
