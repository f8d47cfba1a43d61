import { batchOperation } from '../crud';
import { productReview } from './config';

export const { description, executeAll } = batchOperation(productReview);
