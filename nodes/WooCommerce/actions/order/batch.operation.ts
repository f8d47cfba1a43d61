import { batchOperation } from '../crud';
import { order } from './config';

export const { description, executeAll } = batchOperation(order);
