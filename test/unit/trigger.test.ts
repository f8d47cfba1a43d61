import type { IDataObject } from 'n8n-workflow';

import { checkAndRemember, clearProcessMemory, deliveryKey, MAX_PERSISTED, WINDOW_MS } from '../../nodes/WooCommerce/trigger/dedup';
import { checkDeliveryUrl } from '../../nodes/WooCommerce/trigger/deliveryUrl';
import { toOutputJson, type VerifiedDelivery } from '../../nodes/WooCommerce/trigger/delivery';
import {
	dateFromHttpHeader,
	EPOCH,
	MAX_EMITTED,
	minusMinutes,
	newState,
	normalizeDate,
	readState,
	takeNew,
	takeReached,
	windowStart,
} from '../../nodes/WooCommerce/trigger/poll';
import {
	CORE_TOPICS,
	resolveStatuses,
	resolveTopics,
	webhookApiVersion,
	webhookName,
} from '../../nodes/WooCommerce/trigger/topics';
import { WooCommerceTrigger } from '../../nodes/WooCommerce/WooCommerceTrigger.node';
import { WooCommercePollTrigger } from '../../nodes/WooCommerce/WooCommercePollTrigger.node';

describe('topics', () => {
	it('offers every core topic: 4 resources x created/updated/deleted/restored + product.published', () => {
		const expected = ['coupon', 'customer', 'order', 'product'].flatMap((r) =>
			['created', 'updated', 'deleted', 'restored'].map((e) => `${r}.${e}`),
		);
		expect([...CORE_TOPICS].sort()).toEqual([...expected, 'product.published'].sort());
	});

	it('resolves events and custom action hooks into sorted unique topics', () => {
		expect(resolveTopics(['order.updated', 'order.created', 'order.updated'], '')).toEqual(['order.created', 'order.updated']);
		expect(resolveTopics(['action', 'product.created'], 'woocommerce_product_set_stock, action.my_hook')).toEqual([
			'action.my_hook',
			'action.woocommerce_product_set_stock',
			'product.created',
		]);
	});

	it('refuses an empty selection, a missing or invalid hook name, an unknown event', () => {
		expect(() => resolveTopics([], '')).toThrow('Select at least one event');
		expect(() => resolveTopics(['action'], ' ')).toThrow('action hook');
		expect(() => resolveTopics(['action'], 'bad hook!')).toThrow('not a valid WordPress action hook');
		expect(() => resolveTopics(['order.exploded'], '')).toThrow('Unknown event');
	});

	it('maps the credential API to the payload api_version', () => {
		expect(webhookApiVersion('wc/v3')).toBe('wp_api_v3');
		expect(webhookApiVersion('wc/v2')).toBe('wp_api_v2');
		expect(webhookApiVersion('wc/v1')).toBe('wp_api_v1');
		expect(webhookApiVersion('wc-api/v3')).toBe('legacy_v3');
	});

	it('names webhooks after the workflow', () => {
		expect(webhookName('Order alerts', '42', 'order.created')).toBe('n8n: Order alerts (workflow 42) – order.created');
		expect(webhookName('', '42', 'order.created')).toBe('n8n: Untitled workflow (workflow 42) – order.created');
		expect(webhookName('x'.repeat(200), '1', 't').length).toBeLessThan(120);
	});

	it('joins selected and custom order statuses (wc- prefix dropped)', () => {
		expect(resolveStatuses(['completed'], 'wc-shipped, awaiting-pickup,')).toEqual(['completed', 'shipped', 'awaiting-pickup']);
		expect(resolveStatuses(undefined, undefined)).toEqual([]);
	});
});

describe('node descriptions follow n8n trigger conventions', () => {
	it('WooCommerce Trigger', () => {
		const d = new WooCommerceTrigger().description;
		expect([d.name, d.displayName, d.group, d.inputs]).toEqual(['wooCommerceTrigger', 'WooCommerce Trigger', ['trigger'], []]);
		expect(d.usableAsTool).toBeUndefined();
		expect(d.credentials).toEqual([{ name: 'wooCommerceRestApi', required: true }]);
		expect(d.webhooks).toEqual([{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }]);
		expect(d.icon).toEqual({ light: 'file:woocommerce.svg', dark: 'file:woocommerce.dark.svg' });
	});

	it('WooCommerce Poll Trigger', () => {
		const d = new WooCommercePollTrigger().description;
		expect([d.name, d.displayName, d.polling, d.inputs]).toEqual(['wooCommercePollTrigger', 'WooCommerce Poll Trigger', true, []]);
		expect(d.usableAsTool).toBeUndefined();
	});
});

describe('checkDeliveryUrl (WordPress wp_http_validate_url rules)', () => {
	const store = 'https://shop.example.com';
	it.each([
		['https://n8n.example.com/webhook/x/webhook', true],
		['http://n8n.example.com/webhook/x/webhook', true],
		['https://n8n.example.com:443/webhook/x', true],
		['http://n8n.example.com:8080/webhook/x', true],
		['http://n8n.example.com:80/webhook/x', true],
	])('%s is deliverable', (url, ok) => {
		expect(checkDeliveryUrl(url, store).ok).toBe(ok);
	});

	it('refuses n8n on its default port 5678 with a sentence naming the allowed ports', () => {
		const r = checkDeliveryUrl('http://n8n.example.com:5678/webhook/x/webhook', store);
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.reason).toContain('only delivers webhooks to ports 80, 443 and 8080');
			expect(r.reason).toContain('port 5678');
			expect(r.reason).toContain('Poll Trigger');
		}
	});

	it.each(['http://localhost/webhook', 'http://127.0.0.1/webhook', 'http://10.1.2.3/x', 'http://172.20.0.5/x', 'http://192.168.1.10:8080/x', 'http://0.0.0.0/x', 'http://app.localhost/x'])(
		'refuses the private/loopback host %s when it is not the store host',
		(url) => {
			const r = checkDeliveryUrl(url, store);
			expect(r.ok).toBe(false);
			if (!r.ok) expect(r.reason).toContain('loopback or private');
		},
	);

	it('allows a private host that is the store host, with a warning', () => {
		const r = checkDeliveryUrl('http://192.168.1.10/webhook', 'http://192.168.1.10');
		expect(r).toEqual({ ok: true, warning: expect.stringContaining('own private host') });
	});

	it("allows the store's own port on the store's own host (WordPress same-host rule)", () => {
		expect(checkDeliveryUrl('http://127.0.0.1:41234/webhook', 'http://127.0.0.1:41234').ok).toBe(true);
		expect(checkDeliveryUrl('http://127.0.0.1:41235/webhook', 'http://127.0.0.1:41234').ok).toBe(false);
	});

	it('refuses IPv6 literals, credentials in the URL, other schemes', () => {
		expect(checkDeliveryUrl('http://[::1]/webhook', store).ok).toBe(false);
		expect(checkDeliveryUrl('https://user:pw@n8n.example.com/webhook', store).ok).toBe(false);
		expect(checkDeliveryUrl('ftp://n8n.example.com/webhook', store).ok).toBe(false);
		expect(checkDeliveryUrl('not a url', store).ok).toBe(false);
	});
});

describe('repeated deliveries', () => {
	const body = (o: IDataObject) => Buffer.from(JSON.stringify(o));
	beforeEach(() => clearProcessMemory());

	it('a delivery sent again (same webhook, topic and signed bytes) is a repeat whatever its unsigned headers', () => {
		const payload = { id: 1, status: 'processing', date_modified: '2026-11-22T17:40:03' };
		const a = deliveryKey('2', 'order.updated', body(payload));
		expect(deliveryKey('2', 'order.updated', body(payload))).toBe(a);
		// Another topic, another state (even in the same second): not a repeat.
		expect(deliveryKey('2', 'order.created', body(payload))).not.toBe(a);
		// The same event through another webhook (e.g. the test URL's) is not a repeat.
		expect(deliveryKey('3', 'order.updated', body(payload))).not.toBe(a);
		const changed = { ...payload, status: 'completed' };
		expect(deliveryKey('2', 'order.updated', body(changed))).not.toBe(a);
	});

	it('a deleted event ({id} only) replayed with a new delivery id is still a repeat', () => {
		const payload = { id: 34 };
		expect(deliveryKey('2', 'product.deleted', body(payload))).toBe(deliveryKey('2', 'product.deleted', body(payload)));
	});

	it('remembers within the window, in the process and in static data; forgets after it', () => {
		const staticData: IDataObject = {};
		const t0 = Date.UTC(2026, 10, 22, 12, 0, 0);
		expect(checkAndRemember('wf:node', 'k1', staticData, t0)).toBe(false);
		expect(checkAndRemember('wf:node', 'k1', staticData, t0 + 1000)).toBe(true);
		// Another process (or after a restart): only the static data n8n saved.
		clearProcessMemory();
		const saved = JSON.parse(JSON.stringify(staticData)) as IDataObject;
		expect(checkAndRemember('wf:node', 'k1', saved, t0 + 2000)).toBe(true);
		clearProcessMemory();
		expect(checkAndRemember('wf:node', 'k1', saved, t0 + WINDOW_MS + 5000)).toBe(false);
		// Scopes (workflow:node) do not see each other's process memory.
		expect(checkAndRemember('other:node', 'k2', {}, t0)).toBe(false);
		expect(checkAndRemember('wf:node', 'k2', {}, t0)).toBe(false);
	});

	it('keeps static data bounded', () => {
		const staticData: IDataObject = {};
		const t0 = Date.UTC(2026, 10, 22, 12, 0, 0);
		for (let i = 0; i < MAX_PERSISTED + 50; i++) checkAndRemember('wf:node', `k${i}`, staticData, t0 + i * 1000);
		expect(Object.keys(staticData.recentDeliveries as object)).toHaveLength(MAX_PERSISTED);
		expect((staticData.recentDeliveries as IDataObject)[`k${MAX_PERSISTED + 49}`]).toBeDefined();
		expect((staticData.recentDeliveries as IDataObject).k0).toBeUndefined();
	});
});

describe('output item', () => {
	const delivery: VerifiedDelivery = {
		topic: 'order.updated',
		resource: 'order',
		event: 'updated',
		webhookId: 2,
		deliveryId: 'abc',
		source: 'https://shop.example.com/',
		payload: { id: 37, status: 'processing' },
		registration: { id: 2, topic: 'order.updated', secret: 'S'.repeat(48) },
	};

	it('puts the payload keys at the top level and the delivery facts under _woocommerce, never the secret', () => {
		const json = toOutputJson(delivery, '2026-11-22T17:40:03.000Z');
		expect(json).toEqual({
			id: 37,
			status: 'processing',
			_woocommerce: {
				topic: 'order.updated',
				resource: 'order',
				event: 'updated',
				webhookId: 2,
				deliveryId: 'abc',
				source: 'https://shop.example.com/',
				receivedAt: '2026-11-22T17:40:03.000Z',
				fetchedCurrent: false,
			},
		});
		expect(JSON.stringify(json)).not.toContain('S'.repeat(48));
		expect(toOutputJson(delivery, 'x', { id: 37, status: 'completed' })).toMatchObject({
			status: 'completed',
			_woocommerce: { fetchedCurrent: true },
		});
	});
});

describe('poll window and memory', () => {
	const rec = (id: number, modified: string, created = '2026-11-22T10:00:00') => ({
		id,
		date_created_gmt: created,
		date_modified_gmt: modified,
	});

	it('normalises dates to GMT YYYY-MM-DDTHH:MM:SS', () => {
		expect(normalizeDate('2026-11-22T17:40:03')).toBe('2026-11-22T17:40:03');
		expect(normalizeDate('2026-11-22T17:40:03Z')).toBe('2026-11-22T17:40:03');
		expect(normalizeDate('2026-11-22T19:40:03+02:00')).toBe('2026-11-22T17:40:03');
		expect(normalizeDate(null)).toBeUndefined();
		expect(minusMinutes('2026-11-22T00:02:00', 5)).toBe('2026-11-21T23:57:00');
	});

	it('emits each (id, date) once, catches late records inside the overlap, emits a record again when modified', () => {
		let state = newState('order:updated:', '2026-11-22T12:00:00');
		expect(windowStart(state, 5)).toBe('2026-11-22T11:55:00');
		let r = takeNew(state, [rec(1, '2026-11-22T12:01:00'), rec(2, '2026-11-22T12:02:00')], 'updated', 5);
		expect(r.fresh.map((x) => x.id)).toEqual([1, 2]);
		state = r.next;
		expect(state.mark).toBe('2026-11-22T12:02:00');
		// Same records again (overlap) + a late one dated before the mark + record 1 modified.
		r = takeNew(
			state,
			[rec(1, '2026-11-22T12:03:00'), rec(2, '2026-11-22T12:02:00'), rec(3, '2026-11-22T11:59:00')],
			'updated',
			5,
		);
		expect(r.fresh.map((x) => x.id)).toEqual([3, 1]); // oldest first
		expect(r.next.mark).toBe('2026-11-22T12:03:00');
		// Memory keeps only the window.
		const later = takeNew(r.next, [rec(9, '2026-11-22T13:00:00')], 'updated', 5).next;
		expect(Object.keys(later.seen)).toEqual(['9']);
	});

	it('for "created", an id is emitted once even if the record changes later', () => {
		const state = newState('order:created:', '2026-11-22T12:00:00');
		const r1 = takeNew(state, [rec(5, '2026-11-22T12:00:30', '2026-11-22T12:00:30')], 'created', 5);
		expect(r1.fresh).toHaveLength(1);
		const r2 = takeNew(r1.next, [rec(5, '2026-11-22T12:09:00', '2026-11-22T12:00:30')], 'created', 5);
		expect(r2.fresh).toHaveLength(0);
	});

	it('reads the store time from an HTTP Date header', () => {
		expect(dateFromHttpHeader('Sun, 22 Nov 2026 20:40:03 GMT')).toBe('2026-11-22T20:40:03');
		expect(dateFromHttpHeader('not a date')).toBeUndefined();
		expect(dateFromHttpHeader(undefined)).toBeUndefined();
	});

	it('records dated after the store time are not emitted, not remembered, and never raise the mark', () => {
		const now = '2026-11-22T12:10:00';
		const state = newState('product:created:', '2026-11-22T12:00:00');
		const scheduled = rec(7, '2026-11-22T12:01:00', '2026-11-29T09:00:00');
		const r1 = takeNew(state, [rec(1, '2026-11-22T12:02:00', '2026-11-22T12:02:00'), scheduled], 'created', 5, now);
		expect(r1.fresh.map((x) => x.id)).toEqual([1]);
		expect(r1.next.mark).toBe('2026-11-22T12:02:00');
		expect(r1.next.seen['7']).toBeUndefined();
		// A week later the store's clock has passed its date: it is emitted then, once.
		const r2 = takeNew(r1.next, [scheduled], 'created', 5, '2026-11-29T09:00:05');
		expect(r2.fresh.map((x) => x.id)).toEqual([7]);
		expect(takeNew(r2.next, [scheduled], 'created', 5, '2026-11-29T09:01:00').fresh).toHaveLength(0);
	});

	it('"new orders with status X": each id once, not orders created before the start, a bounded memory', () => {
		let state = newState('order:created:processing:reached', '2026-11-22T12:00:00');
		state.createdFloor = '2026-11-22T11:55:00';
		let r = takeReached(
			state,
			[rec(1, '2026-11-22T12:01:00', '2026-11-22T11:00:00'), rec(2, '2026-11-22T12:02:00', '2026-11-22T11:58:00')],
			5,
		);
		expect(r.fresh.map((x) => x.id)).toEqual([2]); // 1 was created before the start: it had the status already
		r = takeReached(r.next, [rec(2, '2026-11-22T12:30:00', '2026-11-22T11:58:00')], 5);
		expect(r.fresh).toHaveLength(0);
		const saved = readState(JSON.parse(JSON.stringify(r.next)), r.next.scope)!;
		expect(saved.emitted).toEqual({ 2: '2026-11-22T11:58:00' });

		state = newState('s', '2026-11-22T12:00:00');
		const many = Array.from({ length: MAX_EMITTED + 2 }, (_, i) =>
			rec(100 + i, '2026-11-22T12:01:00', new Date(Date.parse('2026-11-22T00:00:00Z') + i * 1000).toISOString().slice(0, 19)),
		);
		r = takeReached(state, many, 5);
		expect(r.fresh).toHaveLength(MAX_EMITTED + 2);
		expect(Object.keys(r.next.emitted!)).toHaveLength(MAX_EMITTED);
		// The two oldest were forgotten; the floor keeps them from coming out again.
		expect(r.next.createdFloor).toBe('2026-11-22T00:00:01');
		expect(takeReached(r.next, [rec(100, '2026-11-22T12:09:00', '2026-11-22T00:00:00')], 5).fresh).toHaveLength(0);
	});

	it('state survives JSON (static data) and resets when resource/event/filters change', () => {
		const state = newState('order:updated:', '2026-11-22T12:00:00');
		const saved = JSON.parse(JSON.stringify(state)) as unknown;
		expect(readState(saved, 'order:updated:')).toEqual(state);
		expect(readState(saved, 'product:updated:')).toBeUndefined();
		expect(readState(undefined, 'x')).toBeUndefined();
		expect(windowStart(newState('x'), 5)).toBe(EPOCH);
	});
});
