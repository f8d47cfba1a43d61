import { batchOperation } from '../crud';
import { product } from './config';

export const { description, executeAll } = batchOperation(product);
