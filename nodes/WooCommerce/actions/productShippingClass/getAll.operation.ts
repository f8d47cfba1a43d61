import { type OperationLabel } from '../shared/contract';
import { getManyOperation, withIdFilters } from '../shared/factories';
import { termFilters, termOrderBy } from '../shared/termFilters';
import { productShippingClass } from './config';

export const { description, execute } = withIdFilters(
	getManyOperation(productShippingClass, {
		filters: termFilters('shipping class', 'shipping classes'),
		orderBy: termOrderBy,
	}),
	{ include: 'shipping class', exclude: 'shipping class' },
);

export const option: OperationLabel = { name: 'Get Many', description: 'Get many product shipping classes', action: 'Get many product shipping classes' };
