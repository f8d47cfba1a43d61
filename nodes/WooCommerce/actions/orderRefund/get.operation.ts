import { getOperation } from '../shared/factories';
import { orderRefund } from './config';

export const { description, execute } = getOperation(orderRefund);
