import { batchOperation } from '../crud';
import { productAttribute } from './config';

export const { description, executeAll } = batchOperation(productAttribute);
