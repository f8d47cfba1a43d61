import { type OperationLabel } from '../shared/contract';
import { getManyOperation } from '../shared/factories';
import { orderRefund } from './config';

export const { description, execute } = getManyOperation(orderRefund, {
	dateFilters: ['after', 'before'],
	orderBy: ['id', 'date', 'include', 'title', 'slug', 'modified'],
	filters: [
		{ displayName: 'Created After', name: 'after', type: 'dateTime', default: '' },
		{ displayName: 'Created Before', name: 'before', type: 'dateTime', default: '' },
		{ displayName: 'Decimal Places', name: 'dp', type: 'number', typeOptions: { minValue: 0, maxValue: 6 }, default: 2, description: 'Number of decimal places in the amounts of the response' },
		{ displayName: 'Exclude IDs', name: 'exclude', type: 'string', default: '', placeholder: 'e.g. 29,31', description: 'Comma-separated refund IDs to leave out' },
		{ displayName: 'Include IDs', name: 'include', type: 'string', default: '', placeholder: 'e.g. 29,31', description: 'Comma-separated refund IDs to limit the result to' },
	],
});

export const option: OperationLabel = { name: 'Get Many', description: 'Get the refunds of an order', action: 'Get many order refunds' };
