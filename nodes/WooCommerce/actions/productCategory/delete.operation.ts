import { type OperationLabel } from '../shared/contract';
import { deleteOperation } from '../shared/factories';
import { productCategory } from './config';

// Categories cannot be trashed: WooCommerce requires force=true. Its products move to the default category.
export const { description, execute } = deleteOperation(productCategory, { trash: false });

export const option: OperationLabel = { name: 'Delete', description: 'Delete a product category', action: 'Delete a product category' };
