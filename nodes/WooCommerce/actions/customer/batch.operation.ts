import { batchOperation } from '../crud';
import { customer } from './config';

export const { description, executeAll } = batchOperation(customer);
