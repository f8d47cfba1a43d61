import { type OperationLabel } from '../shared/contract';
import { deleteOperation } from '../shared/factories';
import { productAttribute } from './config';

// Attributes cannot be trashed: WooCommerce requires force=true. Deleting an attribute deletes its terms too.
export const { description, execute } = deleteOperation(productAttribute, { trash: false });

export const option: OperationLabel = { name: 'Delete', description: 'Delete a product attribute and its terms', action: 'Delete a product attribute' };
