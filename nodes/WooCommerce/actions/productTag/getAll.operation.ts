import { getManyOperation } from '../crud';
import { withIdFilters } from '../product/helpers';
import { termFilters, termOrderBy } from '../product/termFilters';
import { productTag } from './config';

export const { description, execute } = withIdFilters(
	getManyOperation(productTag, {
		filters: termFilters('tag', 'tags'),
		orderBy: termOrderBy,
	}),
	{ include: 'tag', exclude: 'tag' },
);
