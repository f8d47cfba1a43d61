import { batchOperation } from '../shared/factories';
import { product } from './config';

export const { description, executeAll } = batchOperation(product);
