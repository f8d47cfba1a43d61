import { batchOperation } from '../crud';
import { productCategory } from './config';

export const { description, executeAll } = batchOperation(productCategory);
