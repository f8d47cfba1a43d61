import { deleteOperation } from '../shared/factories';
import { taxRate } from './config';

// Tax rates cannot be trashed: WooCommerce requires force=true.
export const { description, execute } = deleteOperation(taxRate, { trash: false });
