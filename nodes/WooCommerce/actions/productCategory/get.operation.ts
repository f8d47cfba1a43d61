import { type OperationLabel } from '../shared/contract';
import { getOperation } from '../shared/factories';
import { productCategory } from './config';

export const { description, execute } = getOperation(productCategory);

export const option: OperationLabel = { name: 'Get', description: 'Get a product category', action: 'Get a product category' };
