import { batchOperation } from '../shared/factories';
import { productReview } from './config';

export const { description, executeAll } = batchOperation(productReview);
