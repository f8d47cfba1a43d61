'use strict';
// tax rates (+ batch) and tax classes
const { registerCrud, itemLinks } = require('../lib/crud');
const { RestError, ok, okAll } = require('../lib/rest');

function register(router, sb) {
	const store = sb.store;
	// WC_REST_Taxes_Controller (v3): cities/postcodes arrays are joined with ';' into city/postcode, then (v1) a non-empty
	// city/postcode replaces that location list: split on ';', trimmed, upper-cased, empty and '*' entries dropped.
	// An empty list therefore leaves the locations as they were.
	const taxLocations = (v) => String(v).split(';').map((x) => x.replace(/\u2026/g, '...').trim().toUpperCase()).filter((x) => x !== '' && x !== '*');
	const applyTax = (t, b, creating) => {
		const postcode = Array.isArray(b.postcodes) ? b.postcodes.join(';') : b.postcode;
		const city = Array.isArray(b.cities) ? b.cities.join(';') : b.city;
		if (b.country !== undefined) t.country = String(b.country).trim().toUpperCase();
		if (b.state !== undefined) t.state = String(b.state).trim().toUpperCase();
		if (b.rate !== undefined) t.rate = (Number(b.rate) || 0).toFixed(4);
		else if (creating) t.rate = (0).toFixed(4);
		if (b.name !== undefined) t.name = String(b.name);
		for (const f of ['priority', 'order']) if (b[f] !== undefined) t[f] = Math.abs(parseInt(b[f], 10) || 0);
		for (const f of ['compound', 'shipping']) if (b[f] !== undefined) t[f] = b[f] === true || ['true', '1', 'yes'].includes(String(b[f]));
		if (b.class !== undefined) t.class = b.class === '' ? 'standard' : String(b.class);
		if (postcode !== undefined && postcode !== null && postcode !== '') t.postcodes = taxLocations(postcode);
		if (city !== undefined && city !== null && city !== '') t.cities = taxLocations(city);
	};
	registerCrud(router, {
		base: 'taxes', postTypeLabel: 'tax',
		map: () => store.taxes,
		invalidId: ['woocommerce_rest_invalid_id', 'Invalid resource ID.'],
		updateInvalidStatus: 404,
		trash: '501', trashMessage: 'Taxes do not support trashing.',
		orderbyEnum: ['id', 'order', 'priority'], defaultOrderby: 'order', defaultOrder: 'asc',
		keyOf: (t, ob) => (ob === 'order' ? t.order * 1e6 + t.id : ob === 'priority' ? t.priority : undefined),
		listArgs: { class: { type: 'string' } },
		filter: (items, a) => (a.class ? items.filter((t) => t.class === a.class) : items),
		// v3 answers postcodes/cities lists; postcode/city hold the LAST location of each type (WC_REST_Taxes_V1_Controller::
		// add_tax_rate_locales overwrites the key for every row).
		format: (t, ctx) => {
			const { postcodes, cities, ...rest } = t;
			return { ...rest, postcode: postcodes.length ? postcodes[postcodes.length - 1] : '', city: cities.length ? cities[cities.length - 1] : '', postcodes: [...postcodes], cities: [...cities], _links: itemLinks(ctx, 'taxes', t.id) };
		},
		create: (b) => {
			const t = { id: store.next('tax'), country: '', state: '', postcode: '', city: '', rate: '', name: '', priority: 1, compound: false, shipping: true, order: 0, class: 'standard', postcodes: [], cities: [] };
			applyTax(t, b, true);
			store.taxes.set(t.id, t);
			return t;
		},
		update: (t, b) => {
			applyTax(t, b, false);
			return t;
		},
	});
	const taxClassOut = (ctx, c) => ({ slug: c.slug, name: c.name, _links: { collection: [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/taxes/classes` }] } });
	router.route('taxes/classes', {
		GET: { perm: 'list', handler: (ctx) => okAll(store.taxClasses.map((c) => taxClassOut(ctx, c))) },
		POST: {
			perm: 'create', write: true,
			handler: (ctx) => {
				if (!ctx.body.name) throw new RestError('rest_missing_callback_param', 'Missing parameter(s): name', 400, { params: ['name'] });
				const slug = String(ctx.body.name).toLowerCase().replace(/[^a-z0-9]+/g, '-');
				if (store.taxClasses.some((c) => c.slug === slug)) throw new RestError('woocommerce_rest_tax_class_exists', 'Cannot create existing resource.', 400);
				const c = { slug, name: String(ctx.body.name) };
				store.taxClasses.push(c);
				return { status: 201, headers: { Location: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/taxes/classes/${slug}` }, body: taxClassOut(ctx, c) };
			},
		},
	});
	router.route('taxes/classes/(?<slug>\\w[\\w\\s\\-]*)', {
		GET: { perm: 'view', handler: (ctx, p) => ok(store.taxClasses.filter((c) => c.slug === p.slug).map((c) => taxClassOut(ctx, c))) },
		DELETE: {
			perm: 'delete', write: true,
			handler: (ctx, p) => {
				const c = store.taxClasses.find((x) => x.slug === p.slug);
				if (!c) throw new RestError('woocommerce_rest_invalid_id', 'Invalid resource ID.', 404);
				if (!['true', '1'].includes(String(ctx.query.force))) throw new RestError('woocommerce_rest_trash_not_supported', 'Taxes do not support trashing.', 501);
				store.taxClasses = store.taxClasses.filter((x) => x !== c);
				return ok(taxClassOut(ctx, c));
			},
		},
	});
}

module.exports = { register };
