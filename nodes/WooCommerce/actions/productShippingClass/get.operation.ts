import { getOperation } from '../crud';
import { productShippingClass } from './config';

export const { description, execute } = getOperation(productShippingClass);
