import { getManyOperation } from '../crud';
import { productAttribute } from './config';

// WooCommerce returns every global attribute in one response (no pages, no filters).
export const { description, execute } = getManyOperation(productAttribute, { paginated: false });
