import { type OperationLabel } from '../shared/contract';
import { deleteOperation } from '../shared/factories';
import { productTag } from './config';

// Terms cannot be trashed: WooCommerce requires force=true.
export const { description, execute } = deleteOperation(productTag, { trash: false });

export const option: OperationLabel = { name: 'Delete', description: 'Delete a product tag', action: 'Delete a product tag' };
