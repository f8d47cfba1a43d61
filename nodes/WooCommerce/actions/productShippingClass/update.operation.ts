import { updateOperation } from '../shared/factories';
import { productShippingClass } from './config';
import { shippingClassNameField, shippingClassWritableFields } from './fields';

export const { description, execute } = updateOperation(productShippingClass, {
	optionalFields: [{ ...shippingClassNameField, required: false }, ...shippingClassWritableFields],
});
