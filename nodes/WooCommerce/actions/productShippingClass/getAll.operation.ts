import { getManyOperation } from '../crud';
import { withIdFilters } from '../product/helpers';
import { termFilters, termOrderBy } from '../product/termFilters';
import { productShippingClass } from './config';

export const { description, execute } = withIdFilters(
	getManyOperation(productShippingClass, {
		filters: termFilters('shipping class', 'shipping classes'),
		orderBy: termOrderBy,
	}),
	{ include: 'shipping class', exclude: 'shipping class' },
);
