import { type OperationLabel } from '../shared/contract';
import { syncOperation } from '../shared/sync';
import { product } from './config';

export const { description, executeAll } = syncOperation(product, { canCreate: true });

export const option: OperationLabel = { name: 'Sync', description: 'Bring many products, found by SKU, to the incoming values of the chosen fields, writing only the products that differ', action: 'Sync products by SKU' };
