import { deleteOperation } from '../shared/factories';
import { productTag } from './config';

// Terms cannot be trashed: WooCommerce requires force=true.
export const { description, execute } = deleteOperation(productTag, { trash: false });
