import { type OperationLabel } from '../shared/contract';
import { syncOperation } from '../shared/sync';
import { productVariation } from './config';

// A variation cannot be created from a SKU alone: it needs the attributes that tell it apart from its siblings.
export const { description, executeAll } = syncOperation(productVariation, { canCreate: false });

export const option: OperationLabel = { name: 'Sync', description: 'Bring many variations of a product, found by SKU, to the incoming values of the chosen fields, writing only those that differ', action: 'Sync product variations by SKU' };
