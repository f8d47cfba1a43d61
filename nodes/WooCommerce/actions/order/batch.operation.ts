import { batchOperation } from '../shared/factories';
import { order } from './config';

export const { description, executeAll } = batchOperation(order);
