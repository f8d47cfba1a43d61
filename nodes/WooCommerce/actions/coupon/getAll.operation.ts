import { type OperationLabel } from '../shared/contract';
import { getManyOperation, type ListOptions } from '../shared/factories';
import { coupon } from './config';

/** The list's Filters and sort, shared with Count. */
export const couponList: ListOptions = {
	dateFilters: ['after', 'before', 'modified_after', 'modified_before'],
	orderBy: ['id', 'date', 'modified', 'include', 'title', 'slug'],
	filters: [
		{ displayName: 'Code', name: 'code', type: 'string', default: '', placeholder: 'e.g. summer10', description: 'Only the coupon with exactly this code (case does not matter)' },
		{ displayName: 'Created After', name: 'after', type: 'dateTime', default: '' },
		{ displayName: 'Created Before', name: 'before', type: 'dateTime', default: '' },
		{ displayName: 'Exclude IDs', name: 'exclude', type: 'string', default: '', placeholder: 'e.g. 30,31', description: 'Comma-separated coupon IDs to leave out' },
		{ displayName: 'Include IDs', name: 'include', type: 'string', default: '', placeholder: 'e.g. 30,31', description: 'Comma-separated coupon IDs to limit the result to' },
		{ displayName: 'Modified After', name: 'modified_after', type: 'dateTime', default: '' },
		{ displayName: 'Modified Before', name: 'modified_before', type: 'dateTime', default: '' },
		{ displayName: 'Search', name: 'search', type: 'string', default: '', description: 'Coupons whose code or description contains this text' },
	],
};

export const { description, execute } = getManyOperation(coupon, couponList);

export const option: OperationLabel = { name: 'Get Many', description: 'Get many coupons', action: 'Get many coupons' };
