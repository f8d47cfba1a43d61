import { type OperationLabel } from '../shared/contract';
import { getManyOperation } from '../shared/factories';
import { productAttribute } from './config';

// WooCommerce returns every global attribute in one response (no pages, no filters).
export const { description, execute } = getManyOperation(productAttribute, { paginated: false });

export const option: OperationLabel = { name: 'Get Many', description: 'Get all global product attributes', action: 'Get many product attributes' };
