import { batchOperation } from '../crud';
import { taxRate } from './config';

export const { description, executeAll } = batchOperation(taxRate);
