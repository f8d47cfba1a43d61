/* eslint-disable @typescript-eslint/no-explicit-any */
import type { IDataObject } from 'n8n-workflow';
import { noteDelivery, startMarks, startOf, stateDate, withStates } from '../../nodes/WooCommerce/trigger/marks';

describe('what the trigger remembers of the record states it passed on', () => {
	it('keeps the newest date as the mark and at most 500 states, dropping the oldest', () => {
		const states = Array.from({ length: 600 }, (_, i) => ({ id: String(i), date: `2026-12-05T05:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}` }));
		const marks = withStates(undefined, states);
		expect(marks.mark).toBe('2026-12-05T05:09:59');
		expect(Object.keys(marks.keys)).toHaveLength(500);
		expect(marks.keys['0']).toBeUndefined();
		expect(marks.keys['599']).toBe('2026-12-05T05:09:59');
	});

	it('starts from the newest mark; the second of a record mark counts, the second of an activation does not', () => {
		expect(startOf(undefined, undefined)).toBeUndefined();
		expect(startOf({ mark: '2026-12-05T05:00:00', keys: {}, activation: true })).toEqual({ since: '2026-12-05T05:00:00', inclusive: false });
		expect(startOf({ mark: '2026-12-05T05:00:00', keys: {}, activation: true }, { mark: '2026-12-05T05:00:00', keys: {} })).toEqual({
			since: '2026-12-05T05:00:00',
			inclusive: true,
		});
		expect(startOf({ mark: '2026-12-05T05:00:09', keys: {} }, { mark: '2026-12-05T05:00:10', keys: {} })?.since).toBe('2026-12-05T05:00:10');
	});

	it('reads the GMT date of the state: creation for created, modification for updated', () => {
		const record = { date_created_gmt: '2026-12-05T04:00:00', date_modified_gmt: '2026-12-05T04:30:00', date_modified: '2026-12-05T05:30:00' };
		expect(stateDate(record, 'created')).toBe('2026-12-05T04:00:00');
		expect(stateDate(record, 'updated')).toBe('2026-12-05T04:30:00');
		expect(stateDate({ date_modified: '2026-12-05T05:30:00' }, 'updated')).toBe('2026-12-05T05:30:00');
		expect(stateDate({}, 'updated')).toBeUndefined();
	});

	it('a delivery is remembered, and reported late when a catch-up already emitted the same state', () => {
		const staticData: IDataObject = {};
		startMarks(staticData, ['order.created', 'order.deleted', 'action.x'], '2026-12-05T05:00:00');
		expect(Object.keys(staticData.delivered as object)).toEqual(['order.created']);
		const order = { id: 7, date_created_gmt: '2026-12-05T05:01:00' };
		expect(noteDelivery(staticData, 'order.created', order)).toBe(false);
		expect((staticData.delivered as any)['order.created']).toEqual({ mark: '2026-12-05T05:01:00', keys: { 7: '2026-12-05T05:01:00' } });
		staticData.caughtUp = { 'order.updated': { mark: '2026-12-05T05:02:00', keys: { 7: '2026-12-05T05:02:00' } } };
		expect(noteDelivery(staticData, 'order.updated', { id: 7, date_modified_gmt: '2026-12-05T05:02:00' })).toBe(true);
		expect(noteDelivery(staticData, 'order.updated', { id: 7, date_modified_gmt: '2026-12-05T05:03:00' })).toBe(false);
		expect(noteDelivery(staticData, 'order.deleted', { id: 7 })).toBe(false);
	});
});
