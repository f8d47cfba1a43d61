import { type OperationLabel } from '../shared/contract';
import { getOperation } from '../shared/factories';
import { taxRate } from './config';

export const { description, execute } = getOperation(taxRate);

export const option: OperationLabel = { name: 'Get', description: 'Get a tax rate', action: 'Get a tax rate' };
