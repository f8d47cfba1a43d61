import { createOperation } from '../crud';
import { productBody } from './body';
import { product } from './config';
import { productNameField, productOptionalFields } from './fields';

export const { description, execute } = createOperation(product, {
	fields: [productNameField],
	optionalFields: productOptionalFields,
	body: (ctx, itemIndex, required, optional) => productBody(ctx, itemIndex, 'product', required, optional),
});
