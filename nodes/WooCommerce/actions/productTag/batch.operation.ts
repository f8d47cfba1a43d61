import { batchOperation } from '../crud';
import { productTag } from './config';

export const { description, executeAll } = batchOperation(productTag);
