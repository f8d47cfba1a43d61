import { getOperation } from '../shared/factories';
import { customer } from './config';

export const { description, execute } = getOperation(customer);
