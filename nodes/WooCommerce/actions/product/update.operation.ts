import { updateOperation } from '../crud';
import { productBody } from './body';
import { product } from './config';
import { productNameField, productOptionalFields } from './fields';

export const { description, execute } = updateOperation(product, {
	optionalFields: [{ ...productNameField, required: false }, ...productOptionalFields],
	body: (ctx, itemIndex, required, optional) => productBody(ctx, itemIndex, 'product', required, optional),
});
