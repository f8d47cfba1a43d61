import { getOperation } from '../shared/factories';
import { productShippingClass } from './config';

export const { description, execute } = getOperation(productShippingClass);
