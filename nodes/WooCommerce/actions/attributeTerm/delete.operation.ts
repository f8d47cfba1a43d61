import { deleteOperation } from '../shared/factories';
import { attributeTerm } from './config';

// Terms cannot be trashed: WooCommerce requires force=true.
export const { description, execute } = deleteOperation(attributeTerm, { trash: false });
