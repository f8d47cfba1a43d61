import { getOperation } from '../shared/factories';
import { orderNote } from './config';

export const { description, execute } = getOperation(orderNote);
