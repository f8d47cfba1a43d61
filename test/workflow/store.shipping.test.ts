/**
 * Shipping Zone (with locations and methods), Shipping Method and Payment Gateway: the real node in n8n-core's
 * engine against the sandbox store over real HTTP, checking the requests sent and the output items.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { byId, byList, byUrl, pairs, runNode, useStore } from './store.helpers';

const sb = useStore('demo');

const noLinks = (list: any[]) => list.map(({ _links, ...rest }: any) => rest);

describe('Shipping Zone', () => {
	it('gets every zone in one request (zone 0 included), Limit and Fields applied by the node', async () => {
		const all = await runNode(sb, { resource: 'shippingZone', operation: 'getAll', returnAll: true });
		expect(all.requests).toEqual([{ method: 'GET', path: 'shipping/zones', query: {}, body: undefined }]);
		expect(all.json.map((z) => [z.id, z.name])).toEqual([
			[0, 'Locations not covered by your other zones'],
			[1, 'Continental US'],
		]);
		const one = await runNode(sb, { resource: 'shippingZone', operation: 'getAll', limit: 1, options: { fields: 'id,name' } });
		expect(one.requests[0].query).toEqual({ _fields: 'id,name' });
		expect(one.json).toEqual([{ id: 0, name: 'Locations not covered by your other zones' }]);
	});

	it('gets zone 0 by ID and zone 1 by its wp-admin URL', async () => {
		const zero = await runNode(sb, { resource: 'shippingZone', operation: 'get', zoneId: byId(0) });
		expect(zero.requests).toEqual([{ method: 'GET', path: 'shipping/zones/0', query: {}, body: undefined }]);
		expect(zero.json[0]).toMatchObject({ id: 0, order: 0 });
		const one = await runNode(sb, {
			resource: 'shippingZone',
			operation: 'get',
			zoneId: byUrl(`${sb.url}/wp-admin/admin.php?page=wc-settings&tab=shipping&zone_id=1`),
			options: { fields: 'name' },
		});
		expect(one.requests).toEqual([{ method: 'GET', path: 'shipping/zones/1', query: { _fields: 'name' }, body: undefined }]);
		expect(one.json).toEqual([{ name: 'Continental US' }]);
	});

	it('creates, updates and deletes a zone', async () => {
		const created = await runNode(sb, { resource: 'shippingZone', operation: 'create', name: 'Europe', additionalFields: { order: 2 } });
		expect(created.requests).toEqual([{ method: 'POST', path: 'shipping/zones', query: {}, body: { name: 'Europe', order: 2 } }]);
		expect(created.json[0]).toMatchObject({ name: 'Europe', order: 2 });
		const id = created.json[0].id as number;

		const updated = await runNode(sb, { resource: 'shippingZone', operation: 'update', zoneId: byList(id), updateFields: { name: 'EU' } });
		expect(updated.requests).toEqual([{ method: 'PUT', path: `shipping/zones/${id}`, query: {}, body: { name: 'EU' } }]);
		expect(updated.json[0]).toMatchObject({ id, name: 'EU', order: 2 });

		const deleted = await runNode(sb, { resource: 'shippingZone', operation: 'delete', zoneId: byId(id) });
		expect(deleted.requests).toEqual([{ method: 'DELETE', path: `shipping/zones/${id}`, query: { force: 'true' }, body: undefined }]);
		expect(deleted.json[0]).toMatchObject({ deleted: true, permanently: true, id, name: 'EU' });
		expect(sb.store.zones.has(id)).toBe(false);
	});

	it('refuses to change zone 0 or to use a non-numeric zone, sending nothing', async () => {
		const update0 = await runNode(sb, { resource: 'shippingZone', operation: 'update', zoneId: byId(0), updateFields: { name: 'x' } });
		expect(update0.error.message).toMatch(/Zone 0 .* cannot be updated \(item 1\)/);
		const delete0 = await runNode(sb, { resource: 'shippingZone', operation: 'delete', zoneId: byId(0) });
		expect(delete0.error.message).toMatch(/cannot be deleted/);
		const locations0 = await runNode(sb, {
			resource: 'shippingZone',
			operation: 'updateLocations',
			zoneId: byId(0),
			locations: { values: [{ type: 'country', code: 'US' }] },
		});
		expect(locations0.error.message).toMatch(/cannot have locations/);
		const word = await runNode(sb, { resource: 'shippingZone', operation: 'get', zoneId: byId('={{ $json.zone }}') }, { items: [{ zone: 'EU' }] });
		expect(word.error.message).toMatch(/shipping zone ID "EU" in item 1 is not a whole number/);
		expect([...update0.requests, ...delete0.requests, ...locations0.requests, ...word.requests]).toHaveLength(0);
	});

	it('gets the locations of a zone, one item per location', async () => {
		const run = await runNode(sb, { resource: 'shippingZone', operation: 'getLocations', zoneId: byId(1) });
		expect(run.requests).toEqual([{ method: 'GET', path: 'shipping/zones/1/locations', query: {}, body: undefined }]);
		expect(run.json).toEqual([{ zone_id: 1, code: 'US', type: 'country' }]);
	});

	it('replaces the locations of a zone from the fields (PUT with the whole list, codes normalized)', async () => {
		const zone = (await runNode(sb, { resource: 'shippingZone', operation: 'create', name: 'Mixed' })).json[0];
		const run = await runNode(sb, {
			resource: 'shippingZone',
			operation: 'updateLocations',
			zoneId: byId(zone.id as number),
			locationsInput: 'fields',
			locations: {
				values: [
					{ type: 'country', code: 'de' },
					{ type: 'state', code: 'us:ca' },
					{ type: 'postcode', code: '90210...99000' },
					{ type: 'continent', code: 'eu' },
				],
			},
		});
		expect(run.error).toBeUndefined();
		const expected = [
			{ code: 'DE', type: 'country' },
			{ code: 'US:CA', type: 'state' },
			{ code: '90210...99000', type: 'postcode' },
			{ code: 'EU', type: 'continent' },
		];
		expect(run.requests).toEqual([{ method: 'PUT', path: `shipping/zones/${zone.id}/locations`, query: {}, body: expected }]);
		expect(run.json).toEqual([{ zone_id: zone.id, locations: expected }]);
	});

	it('adds locations from JSON to the existing ones (read, then write) when asked', async () => {
		const zone = (await runNode(sb, { resource: 'shippingZone', operation: 'create', name: 'Iberia' })).json[0];
		const id = zone.id as number;
		await runNode(sb, { resource: 'shippingZone', operation: 'updateLocations', zoneId: byId(id), locationsInput: 'json', locationsJson: '[{"type": "country", "code": "PT"}]' });
		const run = await runNode(sb, {
			resource: 'shippingZone',
			operation: 'updateLocations',
			zoneId: byId(id),
			locationsInput: 'json',
			locationsJson: '={{ JSON.stringify($json.locations) }}',
			options: { keepExisting: true },
		}, { items: [{ locations: [{ type: 'country', code: 'ES' }, { type: 'country', code: 'PT' }] }] });
		expect(run.requests.map((r) => [r.method, r.path])).toEqual([
			['GET', `shipping/zones/${id}/locations`],
			['PUT', `shipping/zones/${id}/locations`],
		]);
		expect(run.requests[1].body).toEqual([{ code: 'PT', type: 'country' }, { code: 'ES', type: 'country' }]);
		expect(run.json[0].locations).toEqual([{ code: 'PT', type: 'country' }, { code: 'ES', type: 'country' }]);
	});

	it('refuses bad locations before sending anything, naming the location and the item', async () => {
		const cases: Array<[Record<string, unknown>, RegExp]> = [
			[{ locationsInput: 'fields', locations: { values: [{ type: 'country', code: 'US' }, { type: 'country', code: 'USA' }] } }, /country code "USA" of location 2 of item 1 is not a two-letter code/],
			[{ locationsInput: 'fields', locations: { values: [{ type: 'state', code: 'CA' }] } }, /state code "CA" of location 1 of item 1 must be written country:state/],
			[{ locationsInput: 'json', locationsJson: '[{"type": "planet", "code": "Mars"}]' }, /type "planet" of location 1 of item 1 is not a location type/],
			[{ locationsInput: 'json', locationsJson: '{"type": "country", "code": "US"}' }, /"Locations \(JSON\)" in item 1 must be a JSON array/],
			[{ locationsInput: 'json', locationsJson: '[{"type": "country", "code": "US"' }, /"Locations \(JSON\)" in item 1 is not valid JSON/],
			[{ locationsInput: 'json', locationsJson: '[{"type": "country", "code": ""}]' }, /code of location 1 of item 1 is empty/],
		];
		for (const [parameters, message] of cases) {
			const run = await runNode(sb, { resource: 'shippingZone', operation: 'updateLocations', zoneId: byId(1), ...parameters });
			expect(run.error?.message).toMatch(message);
			expect(run.requests).toHaveLength(0);
		}
	});

	describe('methods', () => {
		it('gets the methods of a zone and of zone 0', async () => {
			const run = await runNode(sb, { resource: 'shippingZone', operation: 'getMethods', zoneId: byId(1), options: { fields: 'instance_id,method_id,settings.cost.value' } });
			expect(run.requests).toEqual([{ method: 'GET', path: 'shipping/zones/1/methods', query: { _fields: 'instance_id,method_id,settings' }, body: undefined }]);
			expect(run.json).toEqual([{ instance_id: 1, method_id: 'flat_rate', settings: { cost: { value: '5.00' } } }]);
			const zero = await runNode(sb, { resource: 'shippingZone', operation: 'getMethods', zoneId: byId(0) });
			expect(zero.requests[0].path).toBe('shipping/zones/0/methods');
			expect(zero.json).toEqual([]);
		});

		it('adds, gets, updates and deletes a method of a zone', async () => {
			const added = await runNode(sb, {
				resource: 'shippingZone',
				operation: 'addMethod',
				zoneId: byId(1),
				method_id: 'free_shipping',
				additionalFields: { enabled: false, settings: { values: [{ key: 'title', value: 'Free!' }] } },
			});
			expect(added.requests).toEqual([
				{ method: 'POST', path: 'shipping/zones/1/methods', query: {}, body: { method_id: 'free_shipping', enabled: false, settings: { title: 'Free!' } } },
			]);
			expect(added.json[0]).toMatchObject({ method_id: 'free_shipping', enabled: false, title: 'Free!' });
			const instance = added.json[0].instance_id as number;

			const got = await runNode(sb, { resource: 'shippingZone', operation: 'getMethod', zoneId: byId(1), instanceId: byId(instance) });
			expect(got.requests).toEqual([{ method: 'GET', path: `shipping/zones/1/methods/${instance}`, query: {}, body: undefined }]);
			expect(got.json[0]).toMatchObject({ instance_id: instance, method_id: 'free_shipping' });

			const updated = await runNode(sb, {
				resource: 'shippingZone',
				operation: 'updateMethod',
				zoneId: byId(1),
				instanceId: byId(instance),
				updateFields: { enabled: true, order: 3, settings: { values: [{ key: 'cost', value: '7.50' }, { key: 'title', value: 'Express' }] } },
			});
			expect(updated.requests).toEqual([
				{ method: 'PUT', path: `shipping/zones/1/methods/${instance}`, query: {}, body: { enabled: true, order: 3, settings: { cost: '7.50', title: 'Express' } } },
			]);
			expect(updated.json[0]).toMatchObject({ enabled: true, order: 3, title: 'Express' });

			const deleted = await runNode(sb, { resource: 'shippingZone', operation: 'deleteMethod', zoneId: byId(1), instanceId: byId(instance) });
			expect(deleted.requests).toEqual([{ method: 'DELETE', path: `shipping/zones/1/methods/${instance}`, query: { force: 'true' }, body: undefined }]);
			expect(deleted.json[0]).toMatchObject({ deleted: true, permanently: true, instance_id: instance });
		});

		it('refuses an empty setting key and an empty update', async () => {
			const emptyKey = await runNode(sb, {
				resource: 'shippingZone',
				operation: 'updateMethod',
				zoneId: byId(1),
				instanceId: byId(1),
				updateFields: { settings: { values: [{ key: ' ', value: '1' }] } },
			});
			expect(emptyKey.error.message).toMatch(/key is empty in the field "Settings" in item 1/);
			const nothing = await runNode(sb, { resource: 'shippingZone', operation: 'updateMethod', zoneId: byId(1), instanceId: byId(1), updateFields: {} });
			expect(nothing.error.message).toMatch(/Nothing to update in item 1/);
			expect([...emptyKey.requests, ...nothing.requests]).toHaveLength(0);
		});

		it('runs per item with continueOnFail: results, a validation error and a 404 in place', async () => {
			const run = await runNode(
				sb,
				{ resource: 'shippingZone', operation: 'getMethods', zoneId: byId('={{ $json.zone }}') },
				{ items: [{ zone: 1 }, { zone: 'one' }, { zone: 77 }], continueOnFail: true },
			);
			expect(run.requests.map((r) => r.path)).toEqual(['shipping/zones/1/methods', 'shipping/zones/77/methods']);
			expect(run.json[0]).toMatchObject({ method_id: 'flat_rate' });
			expect(run.json[1].error).toMatch(/shipping zone ID "one" in item 2/);
			expect(run.json[2].error).toBeDefined();
			expect(pairs(run.items)).toEqual([0, 1, 2]);
		});
	});
});

describe('Shipping Method', () => {
	it('gets every method type and one by ID', async () => {
		const all = await runNode(sb, { resource: 'shippingMethod', operation: 'getAll', returnAll: true });
		expect(all.requests).toEqual([{ method: 'GET', path: 'shipping_methods', query: {}, body: undefined }]);
		expect(all.json.map((m) => m.id)).toEqual(['flat_rate', 'free_shipping', 'local_pickup']);
		const one = await runNode(sb, { resource: 'shippingMethod', operation: 'get', shippingMethodId: 'local_pickup' });
		expect(one.requests).toEqual([{ method: 'GET', path: 'shipping_methods/local_pickup', query: {}, body: undefined }]);
		expect(noLinks(one.json)).toEqual([expect.objectContaining({ id: 'local_pickup', title: 'Local pickup' })]);
	});

	it('refuses an ID with spaces or slashes', async () => {
		const run = await runNode(sb, { resource: 'shippingMethod', operation: 'get', shippingMethodId: '={{ $json.id }}' }, { items: [{ id: 'flat rate/1' }] });
		expect(run.error.message).toMatch(/"Shipping Method" in item 1 has an invalid value: "flat rate\/1"/);
		expect(run.requests).toHaveLength(0);
	});
});

describe('Payment Gateway', () => {
	it('gets every gateway and one by ID', async () => {
		const all = await runNode(sb, { resource: 'paymentGateway', operation: 'getAll', returnAll: true, options: { fields: 'id,enabled' } });
		expect(all.requests).toEqual([{ method: 'GET', path: 'payment_gateways', query: { _fields: 'id,enabled' }, body: undefined }]);
		expect(all.json).toEqual([
			{ id: 'bacs', enabled: false },
			{ id: 'cheque', enabled: false },
			{ id: 'cod', enabled: false },
		]);
		const one = await runNode(sb, { resource: 'paymentGateway', operation: 'get', gatewayId: 'cheque' });
		expect(one.requests).toEqual([{ method: 'GET', path: 'payment_gateways/cheque', query: {}, body: undefined }]);
		expect(one.json[0]).toMatchObject({ id: 'cheque', title: 'Check payments' });
	});

	it('updates a gateway: enabled, title, description, order and settings', async () => {
		const run = await runNode(sb, {
			resource: 'paymentGateway',
			operation: 'update',
			gatewayId: 'bacs',
			updateFields: {
				enabled: true,
				title: 'Bank transfer',
				description: 'Pay by bank',
				order: 5,
				settings: { values: [{ key: 'instructions', value: 'Use your order number' }] },
			},
		});
		expect(run.requests).toEqual([
			{
				method: 'PUT',
				path: 'payment_gateways/bacs',
				query: {},
				body: { enabled: true, title: 'Bank transfer', description: 'Pay by bank', order: 5, settings: { instructions: 'Use your order number' } },
			},
		]);
		expect(run.json[0]).toMatchObject({ id: 'bacs', enabled: true, title: 'Bank transfer', description: 'Pay by bank', order: 5 });
	});

	it('updates several gateways from items, with continueOnFail for an unknown one', async () => {
		const run = await runNode(
			sb,
			{ resource: 'paymentGateway', operation: 'update', gatewayId: '={{ $json.gateway }}', updateFields: { enabled: '={{ $json.on }}' } },
			{ items: [{ gateway: 'cod', on: true }, { gateway: 'stripe', on: true }, { gateway: 'cheque', on: false }], continueOnFail: true },
		);
		expect(run.requests.map((r) => [r.method, r.path, r.body])).toEqual([
			['PUT', 'payment_gateways/cod', { enabled: true }],
			['PUT', 'payment_gateways/stripe', { enabled: true }],
			['PUT', 'payment_gateways/cheque', { enabled: false }],
		]);
		expect(run.json[0]).toMatchObject({ id: 'cod', enabled: true });
		expect(run.json[1]).toMatchObject({ httpCode: '404' });
		expect(run.json[2]).toMatchObject({ id: 'cheque', enabled: false });
		expect(pairs(run.items)).toEqual([0, 1, 2]);
	});

	it('refuses an empty update', async () => {
		const run = await runNode(sb, { resource: 'paymentGateway', operation: 'update', gatewayId: 'bacs', updateFields: {} });
		expect(run.error.message).toMatch(/Nothing to update in item 1/);
		expect(run.requests).toHaveLength(0);
	});
});
