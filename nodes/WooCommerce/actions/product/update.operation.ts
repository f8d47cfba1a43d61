import { type OperationLabel } from '../shared/contract';
import { updateOperation } from '../shared/factories';
import { productBody } from '../shared/productBody';
import { productNameField, productOptionalFields } from '../shared/productFields';
import { product } from './config';

export const { description, execute } = updateOperation(product, {
	optionalFields: [{ ...productNameField, required: false }, ...productOptionalFields],
	body: (ctx, itemIndex, required, optional) => productBody(ctx, itemIndex, 'product', required, optional),
});

export const option: OperationLabel = { name: 'Update', description: 'Update a product', action: 'Update a product' };
