import { batchOperation } from '../crud';
import { productShippingClass } from './config';

export const { description, executeAll } = batchOperation(productShippingClass);
