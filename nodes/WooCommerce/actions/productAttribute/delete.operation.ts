import { deleteOperation } from '../shared/factories';
import { productAttribute } from './config';

// Attributes cannot be trashed: WooCommerce requires force=true. Deleting an attribute deletes its terms too.
export const { description, execute } = deleteOperation(productAttribute, { trash: false });
