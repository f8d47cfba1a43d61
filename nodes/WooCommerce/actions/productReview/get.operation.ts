import { type OperationLabel } from '../shared/contract';
import { getOperation } from '../shared/factories';
import { productReview } from './config';

export const { description, execute } = getOperation(productReview);

export const option: OperationLabel = { name: 'Get', description: 'Get a product review', action: 'Get a product review' };
