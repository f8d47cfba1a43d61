'use strict';
// shipping zones, their locations and methods; shipping methods
const { itemLinks } = require('../lib/crud');
const { RestError, ok, okAll } = require('../lib/rest');
const { captured } = require('../lib/format');

function register(router, sb) {
	const store = sb.store;
	const zoneOut = (ctx, z) => ({ id: z.id, name: z.name, order: z.order, _links: { ...itemLinks(ctx, 'shipping/zones', z.id), describedby: [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/shipping/zones/${z.id}/locations` }] } });
	const zone0 = { id: 0, name: 'Locations not covered by your other zones', order: 0, locations: [], methods: [] };
	const getZone = (id) => {
		const z = Number(id) === 0 ? zone0 : store.zones.get(Number(id));
		if (!z) throw new RestError('woocommerce_rest_shipping_zone_invalid', 'Invalid resource ID.', 404);
		return z;
	};
	router.route('shipping/zones', {
		GET: { perm: 'list', handler: (ctx) => { const all = [zone0, ...[...store.zones.values()].sort((a, b) => a.order - b.order || a.id - b.id)]; return ok(all.map((z) => zoneOut(ctx, z)), { 'X-WP-Total': String(all.length), 'X-WP-TotalPages': '1' }); } },
		POST: {
			perm: 'create', write: true,
			handler: (ctx) => {
				if (!ctx.body.name) throw new RestError('rest_missing_callback_param', 'Missing parameter(s): name', 400, { params: ['name'] });
				const z = { id: store.next('zone'), name: String(ctx.body.name), order: Number(ctx.body.order || 0), locations: [], methods: [] };
				store.zones.set(z.id, z);
				return { status: 201, headers: { Location: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/shipping/zones/${z.id}` }, body: zoneOut(ctx, z) };
			},
		},
	});
	router.route('shipping/zones/(?<id>[\\d]+)', {
		GET: { perm: 'view', handler: (ctx, p) => ok(zoneOut(ctx, getZone(p.id))) },
		EDITABLE: { perm: 'edit', write: true, handler: (ctx, p) => { const z = getZone(p.id); if (ctx.body.name !== undefined) z.name = String(ctx.body.name); if (ctx.body.order !== undefined) z.order = Number(ctx.body.order); return ok(zoneOut(ctx, z)); } },
		DELETE: {
			perm: 'delete', write: true,
			handler: (ctx, p) => {
				const z = getZone(p.id);
				if (!['true', '1'].includes(String(ctx.query.force))) throw new RestError('woocommerce_rest_trash_not_supported', 'Resource does not support trashing.', 501);
				const body = zoneOut(ctx, z);
				store.zones.delete(z.id);
				return ok(body);
			},
		},
	});
	const locOut = (ctx, z, l) => ({ code: l.code, type: l.type, _links: { collection: [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/shipping/zones/${z.id}/locations` }], describes: [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/shipping/zones/${z.id}` }] } });
	router.route('shipping/zones/(?<id>[\\d]+)/locations', {
		GET: { perm: 'list', handler: (ctx, p) => { const z = getZone(p.id); return okAll(z.locations.map((l) => locOut(ctx, z, l))); } },
		EDITABLE: {
			perm: 'edit', write: true,
			handler: (ctx, p) => {
				const z = getZone(p.id);
				if (z.id === 0) throw new RestError('woocommerce_rest_shipping_zone_locations_invalid_zone', 'The "locations not covered by your other zones" zone cannot be updated.', 403);
				const list = Array.isArray(ctx.body) ? ctx.body : Array.isArray(ctx.body.locations) ? ctx.body.locations : Object.values(ctx.body || {});
				z.locations = list.filter((l) => l && l.code).map((l) => ({ code: String(l.code), type: l.type || 'country' }));
				return ok(z.locations.map((l) => locOut(ctx, z, l)));
			},
		},
	});
	const methodTemplate = captured.shippingMethodFlatRate;
	const methodOut = (ctx, z, m) => {
		const settings = JSON.parse(JSON.stringify(methodTemplate.settings));
		for (const [k, v] of Object.entries(m.settings)) if (settings[k]) settings[k].value = v;
		return { id: m.instance_id, instance_id: m.instance_id, title: m.settings.title || m.method_title, order: m.order, enabled: m.enabled, method_id: m.method_id, method_title: m.method_title,
			method_description: m.method_description, settings, _links: { ...itemLinks(ctx, `shipping/zones/${z.id}/methods`, m.instance_id), describes: [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/shipping/zones/${z.id}` }] } };
	};
	const METHODS = {
		flat_rate: ['Flat rate', '<p>Lets you charge a fixed rate for shipping.</p>\n'],
		free_shipping: ['Free shipping', '<p>Free shipping is a special method which can be triggered with coupons and minimum spends.</p>\n'],
		local_pickup: ['Local pickup', '<p>Allow customers to pick up orders themselves. By default, when using local pickup store base taxes will apply regardless of customer address.</p>\n'],
	};
	router.route('shipping/zones/(?<zone_id>[\\d]+)/methods', {
		GET: { perm: 'list', handler: (ctx, p) => { const z = getZone(p.zone_id); return okAll(z.methods.map((m) => methodOut(ctx, z, m))); } },
		POST: {
			perm: 'create', write: true,
			handler: (ctx, p) => {
				const z = getZone(p.zone_id);
				const def = METHODS[ctx.body.method_id];
				if (!def) throw new RestError('woocommerce_rest_shipping_zone_method_invalid', 'Resource cannot be created.', 500);
				const m = { instance_id: store.next('instance'), method_id: ctx.body.method_id, method_title: def[0], method_description: def[1], order: z.methods.length + 1, enabled: ctx.body.enabled !== false, settings: { title: def[0], tax_status: 'taxable', cost: '', ...(ctx.body.settings || {}) } };
				z.methods.push(m);
				return ok(methodOut(ctx, z, m)); // 200, not 201 (real)
			},
		},
	});
	const getMethod = (p) => {
		const z = getZone(p.zone_id);
		const m = z.methods.find((x) => x.instance_id === Number(p.instance_id));
		if (!m) throw new RestError('woocommerce_rest_shipping_zone_method_invalid', 'Resource does not exist.', 404);
		return [z, m];
	};
	router.route('shipping/zones/(?<zone_id>[\\d]+)/methods/(?<instance_id>[\\d]+)', {
		GET: { perm: 'view', handler: (ctx, p) => { const [z, m] = getMethod(p); return ok(methodOut(ctx, z, m)); } },
		EDITABLE: { perm: 'edit', write: true, handler: (ctx, p) => { const [z, m] = getMethod(p); if (ctx.body.settings) Object.assign(m.settings, ctx.body.settings); if (ctx.body.enabled !== undefined) m.enabled = !!ctx.body.enabled; if (ctx.body.order !== undefined) m.order = Number(ctx.body.order); return ok(methodOut(ctx, z, m)); } },
		DELETE: {
			perm: 'delete', write: true,
			handler: (ctx, p) => {
				const [z, m] = getMethod(p);
				if (!['true', '1'].includes(String(ctx.query.force))) throw new RestError('woocommerce_rest_trash_not_supported', 'Shipping methods do not support trashing.', 501);
				const body = methodOut(ctx, z, m);
				z.methods = z.methods.filter((x) => x !== m);
				return ok(body);
			},
		},
	});
	const smOut = (ctx, id) => ({ id, title: METHODS[id][0], description: METHODS[id][1].replace(/<\/?p>\n?/g, ''), _links: { self: [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/shipping_methods/${id}`, targetHints: { allow: ['GET'] } }], collection: [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/shipping_methods` }] } });
	router.route('shipping_methods', { GET: { perm: 'list', handler: (ctx) => ok(Object.keys(METHODS).map((id) => smOut(ctx, id))) } });
	router.route('shipping_methods/(?<id>[\\w-]+)', { GET: { perm: 'view', handler: (ctx, p) => { if (!METHODS[p.id]) throw new RestError('woocommerce_rest_shipping_method_invalid', 'Resource does not exist.', 404); return ok(smOut(ctx, p.id)); } } });
}

module.exports = { register };
