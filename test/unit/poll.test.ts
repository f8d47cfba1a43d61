import {
	encodeIdRanges,
	gmtLagOf,
	inIdRanges,
	newState,
	readState,
	takeNew,
	takeReached,
	windowStart,
} from '../../nodes/WooCommerce/trigger/poll';

describe('poll state: what the trigger remembers', () => {
	it('stores the ids present at activation as ranges', () => {
		const ranges = encodeIdRanges([9, 3, 4, 5, 12, 13, 4]);
		expect(ranges).toBe('3-5,9,12-13');
		expect([3, 4, 5, 9, 12, 13].every((id) => inIdRanges(ranges, id))).toBe(true);
		expect([1, 6, 10, 14].some((id) => inIdRanges(ranges, id))).toBe(false);
	});

	it('"new orders with status X": an order created before activation that reaches the status later is emitted', () => {
		const state = newState('order:created:processing:reached', '2026-11-22T12:00:00');
		state.present = encodeIdRanges([1]);
		const order = (id: number) => ({ id, date_created_gmt: '2026-11-20T08:00:00', date_modified_gmt: '2026-11-22T12:01:00' });
		const r = takeReached(state, [order(1), order(2)], 5);
		expect(r.fresh.map((x) => x.id)).toEqual([2]);
		expect(readState(JSON.parse(JSON.stringify(r.next)), r.next.scope)!.present).toBe('1');
	});

	it('"New or Updated": a second change within the same second is a change', () => {
		const state = newState('order:updated:', '2026-11-22T12:00:00');
		const at = '2026-11-22T12:01:00';
		const r1 = takeNew(state, [{ id: 1, status: 'processing', date_modified_gmt: at }], 'updated', 5);
		const r2 = takeNew(r1.next, [{ id: 1, status: 'completed', date_modified_gmt: at }], 'updated', 5);
		expect(r2.fresh.map((x) => x.status)).toEqual(['completed']);
		expect(takeNew(r2.next, [{ id: 1, status: 'completed', date_modified_gmt: at }], 'updated', 5).fresh).toHaveLength(0);
	});

	it('a store whose local dates run behind GMT widens the window by that much (older stores read it as local time)', () => {
		const record = { id: 1, date_modified: '2026-11-22T07:01:00', date_modified_gmt: '2026-11-22T12:01:00' };
		expect(gmtLagOf(record)).toBe(300);
		expect(gmtLagOf({ id: 2, date_modified: '2026-11-22T14:01:00', date_modified_gmt: '2026-11-22T12:01:00' })).toBe(0);
		const { next } = takeNew(newState('order:updated:', '2026-11-22T12:00:00'), [record], 'updated', 5);
		expect(next.gmtLag).toBe(300);
		expect(windowStart(next, 5)).toBe('2026-11-22T06:56:00');
	});
});
