import { type OperationLabel } from '../shared/contract';
import { deleteOperation } from '../shared/factories';
import { orderRefund } from './config';

// Refunds cannot be trashed: WooCommerce requires force=true. Deleting a refund does not send money back or take it.
export const { description, execute } = deleteOperation(orderRefund, { trash: false });

export const option: OperationLabel = { name: 'Delete', description: 'Delete a refund record permanently (no money moves)', action: 'Delete an order refund' };
