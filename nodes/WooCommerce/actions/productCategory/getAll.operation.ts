import type { INodeProperties } from 'n8n-workflow';

import { type OperationLabel } from '../shared/contract';
import { getManyOperation, withIdFilters } from '../shared/factories';
import { termFilters, termOrderBy } from '../shared/termFilters';
import { productCategory } from './config';
import { byLabel } from '../shared/descriptions';

export const { description, execute } = withIdFilters(
	getManyOperation(productCategory, {
		filters: [
			...termFilters('category', 'categories'),
			{
				displayName: 'Parent ID',
				name: 'parent',
				type: 'number',
				default: 0,
				description: 'Only the direct children of this category; 0 for top-level categories',
			} as INodeProperties,
		].sort((a, b) => byLabel(a.displayName, b.displayName)),
		orderBy: termOrderBy,
	}),
	{ include: 'category', exclude: 'category' },
);

export const option: OperationLabel = { name: 'Get Many', description: 'Get many product categories', action: 'Get many product categories' };
