import { deleteOperation } from '../shared/factories';
import { productVariation } from './config';

// Variations can be trashed like products: Force deletes permanently.
export const { description, execute } = deleteOperation(productVariation, { trash: true });
