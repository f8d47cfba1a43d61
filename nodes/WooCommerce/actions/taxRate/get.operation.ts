import { getOperation } from '../shared/factories';
import { taxRate } from './config';

export const { description, execute } = getOperation(taxRate);
