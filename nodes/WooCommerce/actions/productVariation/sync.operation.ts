import { syncOperation } from '../shared/sync';
import { productVariation } from './config';

// A variation cannot be created from a SKU alone: it needs the attributes that tell it apart from its siblings.
export const { description, executeAll } = syncOperation(productVariation, { canCreate: false });
