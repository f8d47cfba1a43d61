import { batchOperation } from '../shared/factories';
import { productTag } from './config';

export const { description, executeAll } = batchOperation(productTag);
