import { getOperation } from '../shared/factories';
import { productReview } from './config';

export const { description, execute } = getOperation(productReview);
