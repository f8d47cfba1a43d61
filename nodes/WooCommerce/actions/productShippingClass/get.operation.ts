import { type OperationLabel } from '../shared/contract';
import { getOperation } from '../shared/factories';
import { productShippingClass } from './config';

export const { description, execute } = getOperation(productShippingClass);

export const option: OperationLabel = { name: 'Get', description: 'Get a product shipping class', action: 'Get a product shipping class' };
