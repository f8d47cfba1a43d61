import { batchOperation } from '../shared/factories';
import { taxRate } from './config';

export const { description, executeAll } = batchOperation(taxRate);
