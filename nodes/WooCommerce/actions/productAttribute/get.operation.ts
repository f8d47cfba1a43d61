import { type OperationLabel } from '../shared/contract';
import { getOperation } from '../shared/factories';
import { productAttribute } from './config';

export const { description, execute } = getOperation(productAttribute);

export const option: OperationLabel = { name: 'Get', description: 'Get a product attribute', action: 'Get a product attribute' };
