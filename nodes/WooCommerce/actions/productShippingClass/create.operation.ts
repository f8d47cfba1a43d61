import { type OperationLabel } from '../shared/contract';
import { createOperation, withTermExists } from '../shared/factories';
import { productShippingClass } from './config';
import { shippingClassNameField, shippingClassWritableFields } from './fields';

export const { description, execute } = withTermExists(
	createOperation(productShippingClass, { fields: [shippingClassNameField], optionalFields: shippingClassWritableFields }),
	productShippingClass,
);

export const option: OperationLabel = { name: 'Create', description: 'Create a product shipping class', action: 'Create a product shipping class' };
