import { getOperation } from '../crud';
import { taxRate } from './config';

export const { description, execute } = getOperation(taxRate);
