import { type OperationLabel } from '../shared/contract';
import { deleteOperation } from '../shared/factories';
import { webhook } from './config';

// Webhooks cannot be trashed (WooCommerce answers 501 without force): always force=true.
export const { description, execute } = deleteOperation(webhook, { trash: false });

export const option: OperationLabel = { name: 'Delete', description: 'Delete a webhook permanently', action: 'Delete a webhook' };
