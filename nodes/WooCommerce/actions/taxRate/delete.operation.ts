import { type OperationLabel } from '../shared/contract';
import { deleteOperation } from '../shared/factories';
import { taxRate } from './config';

// Tax rates cannot be trashed: WooCommerce requires force=true.
export const { description, execute } = deleteOperation(taxRate, { trash: false });

export const option: OperationLabel = { name: 'Delete', description: 'Delete a tax rate permanently', action: 'Delete a tax rate' };
