import { batchOperation } from '../shared/factories';
import { productVariation } from './config';

// Every item must point to the same product (one products/{id}/variations/batch endpoint per run).
export const { description, executeAll } = batchOperation(productVariation);
