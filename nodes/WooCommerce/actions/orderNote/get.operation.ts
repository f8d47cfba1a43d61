import { getOperation } from '../crud';
import { orderNote } from './config';

export const { description, execute } = getOperation(orderNote);
