import { batchOperation } from '../shared/factories';
import { attributeTerm } from './config';

// Every item must point to the same attribute (one products/attributes/{id}/terms/batch endpoint per run).
export const { description, executeAll } = batchOperation(attributeTerm);
