import { type OperationLabel } from '../shared/contract';
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

export const option: OperationLabel = { name: 'Get Many', description: 'Get many product tags', action: 'Get many product tags' };
