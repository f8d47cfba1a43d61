'use strict';
// data: continents, countries, currencies
const { RestError, ok } = require('../lib/rest');

function register(router, sb) {
	const store = sb.store;
	const CURRENCIES = { USD: ['United States (US) dollar', '&#36;'], EUR: ['Euro', '&euro;'], GBP: ['Pound sterling', '&pound;'] };
	const curOut = (ctx, code) => ({ code, name: CURRENCIES[code][0], symbol: CURRENCIES[code][1], _links: { self: [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/data/currencies/${code}`, targetHints: { allow: ['GET'] } }], collection: [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/data/currencies` }] } });
	const COUNTRIES = { US: { name: 'United States (US)', states: [{ code: 'CA', name: 'California' }, { code: 'NY', name: 'New York' }] }, PT: { name: 'Portugal', states: [] }, DE: { name: 'Germany', states: [] } };
	const countryOut = (ctx, code) => ({ code, name: COUNTRIES[code].name, states: COUNTRIES[code].states, _links: { self: [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/data/countries/${code.toLowerCase()}`, targetHints: { allow: ['GET'] } }], collection: [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/data/countries` }] } });
	const CONTINENTS = { NA: { name: 'North America', countries: ['US'] }, EU: { name: 'Europe', countries: ['DE', 'PT'] } };
	const contOut = (ctx, code) => ({ code, name: CONTINENTS[code].name, countries: CONTINENTS[code].countries.map((c) => ({ code: c, currency_code: c === 'US' ? 'USD' : 'EUR', currency_pos: c === 'US' ? 'left' : 'right_space', decimal_sep: c === 'US' ? '.' : ',', dimension_unit: c === 'US' ? 'foot' : 'cm', name: COUNTRIES[c].name, num_decimals: 2, states: COUNTRIES[c].states, thousand_sep: c === 'US' ? ',' : ' ', weight_unit: c === 'US' ? 'oz' : 'kg' })), _links: { self: [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/data/continents/${code.toLowerCase()}`, targetHints: { allow: ['GET'] } }], collection: [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/data/continents` }] } });
	const dataLinks = (ctx, slug, description) => ({ slug, description, _links: { self: [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/data/${slug}`, targetHints: { allow: ['GET'] } }], collection: [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/data` }] } });
	router.route('data', { GET: { perm: 'list', handler: (ctx) => ok([dataLinks(ctx, 'continents', 'List of supported continents, countries, and states.'), dataLinks(ctx, 'countries', 'List of supported states in a given country.'), dataLinks(ctx, 'currencies', 'List of supported currencies.')]) } });
	router.route('data/currencies', { GET: { perm: 'list', handler: (ctx) => ok(Object.keys(CURRENCIES).map((c) => curOut(ctx, c))) } });
	router.route('data/currencies/current', { GET: { perm: 'view', handler: (ctx) => ok(curOut(ctx, store.settings.get('woocommerce_currency') || 'USD')) } });
	router.route('data/currencies/(?<currency>[\\w-]{3})', { GET: { perm: 'view', handler: (ctx, p) => { const c = p.currency.toUpperCase(); if (!CURRENCIES[c]) throw new RestError('woocommerce_rest_data_invalid_currency', 'There are no currencies matching these parameters.', 404); return ok(curOut(ctx, c)); } } });
	router.route('data/countries', { GET: { perm: 'list', handler: (ctx) => ok(Object.keys(COUNTRIES).map((c) => countryOut(ctx, c))) } });
	router.route('data/countries/(?<location>[\\w-]+)', { GET: { perm: 'view', handler: (ctx, p) => { const c = p.location.toUpperCase(); if (!COUNTRIES[c]) throw new RestError('woocommerce_rest_data_invalid_location', 'There are no locations matching these parameters.', 404); return ok(countryOut(ctx, c)); } } });
	router.route('data/continents', { GET: { perm: 'list', handler: (ctx) => ok(Object.keys(CONTINENTS).map((c) => contOut(ctx, c))) } });
	router.route('data/continents/(?<location>[\\w-]+)', { GET: { perm: 'view', handler: (ctx, p) => { const c = p.location.toUpperCase(); if (!CONTINENTS[c]) throw new RestError('woocommerce_rest_data_invalid_location', 'There are no locations matching these parameters.', 404); return ok(contOut(ctx, c)); } } });
}

module.exports = { register };
