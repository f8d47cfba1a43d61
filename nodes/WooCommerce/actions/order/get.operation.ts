import { getOperation } from '../shared/factories';
import { order } from './config';

export const { description, execute } = getOperation(order);
