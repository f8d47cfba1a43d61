import { normaliseSyncValue, sameSyncValue, syncChanges } from '../../nodes/WooCommerce/actions/shared/sync';
import { lookupLists } from '../../nodes/WooCommerce/transport/lookup';

describe('SKU lookup lists', () => {
	it('puts 100 SKUs per list, each SKU once, and a SKU containing a comma in a list of its own', () => {
		const skus = Array.from({ length: 205 }, (_, i) => `S${i}`);
		const lists = lookupLists([...skus, 'S1', 'A,B', '']);
		expect(lists.map((list) => list.length)).toEqual([100, 100, 5, 1]);
		expect(lists[3]).toEqual(['A,B']);
		expect(lists.flat().filter((sku) => sku === 'S1')).toHaveLength(1);
	});
});

describe('Sync value comparison', () => {
	it('compares prices as numbers ("10" = "10.00") and an empty price only with an empty one', () => {
		expect(sameSyncValue('decimal', '10.00', '10')).toBe(true);
		expect(sameSyncValue('decimal', '10.00', '10.01')).toBe(false);
		expect(sameSyncValue('decimal', '', '')).toBe(true);
		expect(sameSyncValue('decimal', '', '0')).toBe(false);
		expect(sameSyncValue('decimal', '0', '')).toBe(false);
	});

	it('compares stock as whole numbers; no quantity (null) differs from any number', () => {
		expect(sameSyncValue('integer', 5, 5)).toBe(true);
		expect(sameSyncValue('integer', null, 0)).toBe(false);
		expect(normaliseSyncValue('integer', '7')).toEqual({ value: 7 });
		expect(normaliseSyncValue('integer', 7.5)).toEqual({ error: 'must be a whole number, e.g. 12' });
		expect(normaliseSyncValue('decimal', ' 9.90 ')).toEqual({ value: '9.90' });
		expect(normaliseSyncValue('decimal', '9,90')).toHaveProperty('error');
	});

	it('lists only the fields that differ, and turns Manage Stock on with a quantity', () => {
		expect(syncChanges({ regular_price: '10.00', stock_quantity: 3, manage_stock: true }, { regular_price: '10', stock_quantity: 3 })).toEqual({});
		expect(syncChanges({ regular_price: '10.00', stock_quantity: null, manage_stock: false }, { stock_quantity: 3 })).toEqual({
			stock_quantity: { old: null, new: 3 },
			manage_stock: { old: false, new: true },
		});
	});
});
