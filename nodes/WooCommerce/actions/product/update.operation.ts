import { updateOperation } from '../shared/factories';
import { productBody } from '../shared/productBody';
import { productNameField, productOptionalFields } from '../shared/productFields';
import { product } from './config';

export const { description, execute } = updateOperation(product, {
	optionalFields: [{ ...productNameField, required: false }, ...productOptionalFields],
	body: (ctx, itemIndex, required, optional) => productBody(ctx, itemIndex, 'product', required, optional),
});
