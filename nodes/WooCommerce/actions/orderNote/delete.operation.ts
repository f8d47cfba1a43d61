import { deleteOperation } from '../shared/factories';
import { orderNote } from './config';

// Notes cannot be trashed: WooCommerce requires force=true.
export const { description, execute } = deleteOperation(orderNote, { trash: false });
