import { batchOperation } from '../shared/factories';
import { productAttribute } from './config';

export const { description, executeAll } = batchOperation(productAttribute);
