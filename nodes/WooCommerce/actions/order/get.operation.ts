import { getOperation } from '../crud';
import { order } from './config';

export const { description, execute } = getOperation(order);
