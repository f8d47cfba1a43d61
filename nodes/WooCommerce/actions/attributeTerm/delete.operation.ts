import { type OperationLabel } from '../shared/contract';
import { deleteOperation } from '../shared/factories';
import { attributeTerm } from './config';

// Terms cannot be trashed: WooCommerce requires force=true.
export const { description, execute } = deleteOperation(attributeTerm, { trash: false });

export const option: OperationLabel = { name: 'Delete', description: 'Delete an attribute term', action: 'Delete an attribute term' };
