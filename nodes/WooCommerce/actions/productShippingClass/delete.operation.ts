import { deleteOperation } from '../shared/factories';
import { productShippingClass } from './config';

// Shipping classes are terms: WooCommerce requires force=true.
export const { description, execute } = deleteOperation(productShippingClass, { trash: false });
