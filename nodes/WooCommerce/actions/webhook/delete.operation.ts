import { deleteOperation } from '../shared/factories';
import { webhook } from './config';

// Webhooks cannot be trashed (WooCommerce answers 501 without force): always force=true.
export const { description, execute } = deleteOperation(webhook, { trash: false });
