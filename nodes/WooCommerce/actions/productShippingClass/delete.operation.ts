import { type OperationLabel } from '../shared/contract';
import { deleteOperation } from '../shared/factories';
import { productShippingClass } from './config';

// Shipping classes are terms: WooCommerce requires force=true.
export const { description, execute } = deleteOperation(productShippingClass, { trash: false });

export const option: OperationLabel = { name: 'Delete', description: 'Delete a product shipping class', action: 'Delete a product shipping class' };
