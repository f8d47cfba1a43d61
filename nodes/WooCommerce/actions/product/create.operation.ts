import { type OperationLabel } from '../shared/contract';
import { createOperation } from '../shared/factories';
import { productBody } from '../shared/productBody';
import { productNameField, productOptionalFields } from '../shared/productFields';
import { product } from './config';

export const { description, execute } = createOperation(product, {
	fields: [productNameField],
	optionalFields: productOptionalFields,
	body: (ctx, itemIndex, required, optional) => productBody(ctx, itemIndex, 'product', required, optional),
});

export const option: OperationLabel = { name: 'Create', description: 'Create a product', action: 'Create a product' };
