import { getManyOperation } from '../crud';
import { withIdFilters } from '../product/helpers';
import { termFilters, termOrderBy } from '../product/termFilters';
import { attributeTerm } from './config';

export const { description, execute } = withIdFilters(
	getManyOperation(attributeTerm, {
		filters: termFilters('term', 'terms'),
		orderBy: termOrderBy,
	}),
	{ include: 'term', exclude: 'term' },
);
