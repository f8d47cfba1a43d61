import { getManyOperation } from '../shared/factories';
import { productAttribute } from './config';

// WooCommerce returns every global attribute in one response (no pages, no filters).
export const { description, execute } = getManyOperation(productAttribute, { paginated: false });
