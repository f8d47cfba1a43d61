import { batchOperation } from '../shared/factories';
import { productShippingClass } from './config';

export const { description, executeAll } = batchOperation(productShippingClass);
