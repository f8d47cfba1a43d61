import { getOperation } from '../crud';
import { productReview } from './config';

export const { description, execute } = getOperation(productReview);
