import { batchOperation } from '../shared/factories';
import { customer } from './config';

export const { description, executeAll } = batchOperation(customer);
