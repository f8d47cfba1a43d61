import { type OperationLabel } from '../shared/contract';
import { getOperation } from '../shared/factories';
import { productTag } from './config';

export const { description, execute } = getOperation(productTag);

export const option: OperationLabel = { name: 'Get', description: 'Get a product tag', action: 'Get a product tag' };
