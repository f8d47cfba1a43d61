import { getOperation } from '../crud';
import { orderRefund } from './config';

export const { description, execute } = getOperation(orderRefund);
