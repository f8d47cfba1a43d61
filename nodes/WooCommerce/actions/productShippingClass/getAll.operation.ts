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
