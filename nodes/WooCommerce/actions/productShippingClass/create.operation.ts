import { createOperation, withTermExists } from '../shared/factories';
import { productShippingClass } from './config';
import { shippingClassNameField, shippingClassWritableFields } from './fields';

export const { description, execute } = withTermExists(
	createOperation(productShippingClass, { fields: [shippingClassNameField], optionalFields: shippingClassWritableFields }),
	productShippingClass,
);
