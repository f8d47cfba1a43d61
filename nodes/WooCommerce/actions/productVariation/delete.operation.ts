import { deleteOperation } from '../crud';
import { productVariation } from './config';

// Variations can be trashed like products: Force deletes permanently.
export const { description, execute } = deleteOperation(productVariation, { trash: true });
