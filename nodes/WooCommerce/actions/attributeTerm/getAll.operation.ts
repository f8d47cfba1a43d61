import { type OperationLabel } from '../shared/contract';
import { getManyOperation, withIdFilters } from '../shared/factories';
import { termFilters, termOrderBy } from '../shared/termFilters';
import { attributeTerm } from './config';

export const { description, execute } = withIdFilters(
	getManyOperation(attributeTerm, {
		filters: termFilters('term', 'terms'),
		orderBy: termOrderBy,
	}),
	{ include: 'term', exclude: 'term' },
);

export const option: OperationLabel = { name: 'Get Many', description: 'Get many terms of a product attribute', action: 'Get many attribute terms' };
