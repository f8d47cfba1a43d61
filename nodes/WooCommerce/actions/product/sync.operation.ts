import { syncOperation } from '../shared/sync';
import { product } from './config';

export const { description, executeAll } = syncOperation(product, { canCreate: true });
