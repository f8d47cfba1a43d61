import { type OperationLabel } from '../shared/contract';
import { updateOperation } from '../shared/factories';
import { productShippingClass } from './config';
import { shippingClassNameField, shippingClassWritableFields } from './fields';

export const { description, execute } = updateOperation(productShippingClass, {
	optionalFields: [{ ...shippingClassNameField, required: false }, ...shippingClassWritableFields],
});

export const option: OperationLabel = { name: 'Update', description: 'Update a product shipping class', action: 'Update a product shipping class' };
