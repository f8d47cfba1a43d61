import { getManyOperation, withIdFilters } from '../shared/factories';
import { termFilters, termOrderBy } from '../shared/termFilters';
import { productTag } from './config';

export const { description, execute } = withIdFilters(
	getManyOperation(productTag, {
		filters: termFilters('tag', 'tags'),
		orderBy: termOrderBy,
	}),
	{ include: 'tag', exclude: 'tag' },
);
