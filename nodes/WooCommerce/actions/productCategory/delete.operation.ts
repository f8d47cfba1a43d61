import { deleteOperation } from '../shared/factories';
import { productCategory } from './config';

// Categories cannot be trashed: WooCommerce requires force=true. Its products move to the default category.
export const { description, execute } = deleteOperation(productCategory, { trash: false });
