import { getOperation } from '../crud';
import { customer } from './config';

export const { description, execute } = getOperation(customer);
