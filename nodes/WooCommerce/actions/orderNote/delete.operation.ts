import { type OperationLabel } from '../shared/contract';
import { deleteOperation } from '../shared/factories';
import { orderNote } from './config';

// Notes cannot be trashed: WooCommerce requires force=true.
export const { description, execute } = deleteOperation(orderNote, { trash: false });

export const option: OperationLabel = { name: 'Delete', description: 'Delete an order note permanently', action: 'Delete an order note' };
