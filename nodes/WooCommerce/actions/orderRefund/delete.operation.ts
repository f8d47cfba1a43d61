import { deleteOperation } from '../shared/factories';
import { orderRefund } from './config';

// Refunds cannot be trashed: WooCommerce requires force=true. Deleting a refund does not send money back or take it.
export const { description, execute } = deleteOperation(orderRefund, { trash: false });
