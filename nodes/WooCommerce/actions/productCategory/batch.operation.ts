import { batchOperation } from '../shared/factories';
import { productCategory } from './config';

export const { description, executeAll } = batchOperation(productCategory);
