'use strict';
// settings, system_status, reports, data, taxes, tax classes, shipping zones/methods, payment gateways
const { registerCrud, itemLinks } = require('../lib/crud');
const { RestError, validateArgs, pagingHeaders } = require('../lib/rest');
const { captured, withHome } = require('../lib/format');
const { fmtDate } = require('../lib/store');
const { orderStatuses } = require('./orders');
const { SETTING_GROUPS } = require('./settings-data');

const ok = (body, headers) => ({ status: 200, body, headers });
// Unpaginated lists that still send X-WP-Total / X-WP-TotalPages (real: gateways, zones, zone methods, locations, tax classes).
const okAll = (body) => ok(body, { 'X-WP-Total': String(body.length), 'X-WP-TotalPages': '1' });

function register(router, sb) {
	const store = sb.store;
	const fx = (ctx, key) => withHome(captured[key], ctx.home);

	// ---- settings
	const settingLinks = (ctx, group, id) => ({
		self: [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/settings/${group}/${id}`, targetHints: { allow: ['GET', 'POST', 'PUT', 'PATCH'] } }],
		collection: [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/settings/${group}` }],
	});
	const groupOptions = (ctx, group) => {
		if (group === 'general') {
			return fx(ctx, 'settingsGeneral').map((s) => (store.settings.has(s.id) ? { ...s, value: store.settings.get(s.id) } : s));
		}
		if (SETTING_GROUPS[group]) {
			// Same shape as settings/general (capture 121): id, label, description, type, default, options?, tip, value, _links.
			return SETTING_GROUPS[group].map((d) => {
				const o = { id: d.id, label: d.label, description: d.description, type: d.type, default: d.default };
				if (d.options) o.options = { ...d.options };
				o.tip = d.tip !== undefined ? d.tip : d.description;
				o.value = store.settings.has(d.id) ? store.settings.get(d.id) : d.value !== undefined ? d.value : d.default;
				if (d.placeholder !== undefined) o.placeholder = d.placeholder;
				o._links = settingLinks(ctx, group, d.id);
				return o;
			});
		}
		return [];
	};
	/** WC_REST_Setting_Options_V2_Controller::validate_setting_{type}_field; an invalid value is a 400 rest_setting_value_invalid. */
	const invalidValue = () => new RestError('rest_setting_value_invalid', 'An invalid setting value was passed.', 400);
	const validateSettingValue = (setting, value) => {
		switch (setting.type) {
			case 'select':
			case 'radio':
				if (value !== null && value !== undefined && typeof value !== 'object' && setting.options && Object.prototype.hasOwnProperty.call(setting.options, String(value))) return String(value);
				throw invalidValue();
			case 'multiselect':
				if (value === '' || value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return [];
				if (!Array.isArray(value)) throw invalidValue();
				return value.map(String).filter((v) => Object.prototype.hasOwnProperty.call(setting.options || {}, v));
			case 'checkbox':
				if (value === 'yes' || value === 'no') return value;
				if (value === '' || value === null || value === undefined || value === false || value === 0 || value === '0') return setting.default !== undefined ? setting.default : 'no';
				throw invalidValue();
			default:
				// text, textarea, number, email, color, password…: validate_setting_text_field (stripslashes + trim).
				if (value === null || value === undefined) return '';
				if (typeof value === 'object') throw invalidValue();
				return String(value).trim();
		}
	};
	const findGroup = (ctx, id) => {
		if (!captured.settingsGroups.some((g) => g.id === id)) throw new RestError('rest_setting_setting_group_invalid', 'Invalid setting group.', 404);
	};
	const settingOut = (ctx, group, id) => {
		const s = groupOptions(ctx, group).find((x) => x.id === id);
		if (!s) throw new RestError('rest_setting_setting_invalid', 'Invalid setting.', 404);
		const { _links, ...rest } = s;
		return { ...rest, group_id: group, _links };
	};
	const updateSetting = (ctx, group, id, value) => {
		const s = groupOptions(ctx, group).find((x) => x.id === id);
		if (!s) throw new RestError('rest_setting_setting_invalid', 'Invalid setting.', 404);
		if (group === 'general') {
			if (s.options && s.type === 'select' && !(value in s.options) && !captured.settingsGeneralTrimmed) throw new RestError('rest_setting_value_invalid', 'An invalid setting value was passed.', 400);
			store.settings.set(id, value);
		} else store.settings.set(id, validateSettingValue(s, value));
		return settingOut(ctx, group, id);
	};
	router.route('settings', { GET: { perm: 'list', handler: (ctx) => ok(fx(ctx, 'settingsGroups')) } });
	router.route('settings/batch', {
		EDITABLE: { perm: 'batch', write: true, handler: (ctx) => ok({ update: (ctx.body.update || []).map((u) => { try { return updateSetting(ctx, u.group_id || 'general', u.id, u.value); } catch (e) { return { id: u.id, error: { code: e.code, message: e.message, data: e.data } }; } }) }) },
	});
	router.route('settings/(?<group_id>[\\w-]+)', { GET: { perm: 'list', handler: (ctx, p) => { findGroup(ctx, p.group_id); return ok(groupOptions(ctx, p.group_id)); } } });
	router.route('settings/(?<group_id>[\\w-]+)/batch', {
		EDITABLE: { perm: 'batch', write: true, handler: (ctx, p) => { findGroup(ctx, p.group_id); return ok({ update: (ctx.body.update || []).map((u) => { try { return updateSetting(ctx, p.group_id, u.id, u.value); } catch (e) { return { id: u.id, error: { code: e.code, message: e.message, data: e.data } }; } }) }); } },
	});
	router.route('settings/(?<group_id>[\\w-]+)/(?<id>[\\w-]+)', {
		GET: { perm: 'view', handler: (ctx, p) => { findGroup(ctx, p.group_id); return ok(settingOut(ctx, p.group_id, p.id)); } },
		EDITABLE: { perm: 'edit', write: true, handler: (ctx, p) => { findGroup(ctx, p.group_id); return ok(updateSetting(ctx, p.group_id, p.id, ctx.body.value)); } },
	});

	// ---- system status
	router.route('system_status', { GET: { perm: 'list', handler: (ctx) => ok(fx(ctx, 'systemStatus')) } });
	router.route('system_status/tools', { GET: { perm: 'list', handler: (ctx) => ok(fx(ctx, 'systemStatusTools')) } });
	router.route('system_status/tools/(?<id>[\\w-]+)', {
		GET: { perm: 'view', handler: (ctx, p) => { const t = fx(ctx, 'systemStatusTools').find((x) => x.id === p.id); if (!t) throw new RestError('woocommerce_rest_system_status_tool_invalid_id', 'Invalid tool ID.', 404); return ok(t); } },
		EDITABLE: { perm: 'edit', write: true, handler: (ctx, p) => { const t = fx(ctx, 'systemStatusTools').find((x) => x.id === p.id); if (!t) throw new RestError('woocommerce_rest_system_status_tool_invalid_id', 'Invalid tool ID.', 404); const { _links, ...rest } = t; return ok({ ...rest, success: true, message: 'Tool ran.', _links }); } },
	});

	// ---- reports
	router.route('reports', { GET: { perm: 'list', handler: (ctx) => ok(fx(ctx, 'reportsIndex')) } });
	// reports/sales and reports/top_sellers (legacy report code): period enum (week, month, last_month, year) and
	// date_min/date_max (wc_rest_validate_reports_request_arg: YYYY-MM-DD only) are validated like the real store.
	// HPOS: the legacy report reads the posts table, so every total is zero and top_sellers is [] (captures 134/135).
	const REPORT_ARGS = { context: { type: 'string', enum: ['view'] }, period: { type: 'string', enum: ['week', 'month', 'last_month', 'year'] } };
	const validateReport = (ctx) => {
		const params = {};
		const details = {};
		try {
			validateArgs(ctx.query, REPORT_ARGS);
		} catch (e) {
			if (!(e instanceof RestError) || e.code !== 'rest_invalid_param') throw e;
			Object.assign(params, e.data.params);
			Object.assign(details, e.data.details);
		}
		for (const name of ['date_min', 'date_max']) {
			const v = ctx.query[name];
			if (v === undefined) continue;
			if (typeof v !== 'string') {
				params[name] = `${name} is not of type string`;
				details[name] = { code: 'woocommerce_rest_invalid_param', message: params[name], data: null };
			} else if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) {
				params[name] = 'The date you provided is invalid.';
				details[name] = { code: 'woocommerce_rest_invalid_date', message: params[name], data: null };
			}
		}
		const bad = Object.keys(params);
		if (bad.length) throw new RestError('rest_invalid_param', `Invalid parameter(s): ${bad.join(', ')}`, 400, { params, details });
	};
	const pad2 = (n) => String(n).padStart(2, '0');
	const dayKey = (d) => `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
	const monthKey = (d) => `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}`;
	const utcDay = (y, m, d) => new Date(Date.UTC(y, m, d));
	/** WC_Admin_Report::calculate_current_range for the REST filter: [start, end, groupby]. */
	const reportRange = (q) => {
		const now = store.now();
		const today = utcDay(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
		const period = q.period;
		if (period === 'year') return [utcDay(today.getUTCFullYear(), 0, 1), today, 'month'];
		if (period === 'last_month') return [utcDay(today.getUTCFullYear(), today.getUTCMonth() - 1, 1), utcDay(today.getUTCFullYear(), today.getUTCMonth(), 0), 'day'];
		if (period === 'month') return [utcDay(today.getUTCFullYear(), today.getUTCMonth(), 1), today, 'day'];
		if (period === 'week') return [new Date(today.getTime() - 6 * 86400000), today, 'day'];
		// Custom range (no period): date_min..date_max, today when neither is given; more than 3 months -> by month.
		const parse = (v) => { const [y, m, d] = v.split('-').map(Number); return utcDay(y, m - 1, d); };
		const start = q.date_min ? parse(q.date_min) : q.date_max ? parse(q.date_max) : today;
		let end = q.date_max ? parse(q.date_max) : today;
		if (end < start) end = start;
		let months = 0;
		for (let t = utcDay(start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate()); t <= end; t = utcDay(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())) months++;
		return [start, end, months > 3 ? 'month' : 'day'];
	};
	const salesReport = (ctx) => {
		validateReport(ctx);
		const [start, end, groupby] = reportRange(ctx.query);
		const totals = {};
		const zero = () => ({ sales: '0.00', orders: 0, items: 0, tax: '0.00', shipping: '0.00', discount: '0.00', customers: 0 });
		if (groupby === 'month') {
			for (let t = utcDay(start.getUTCFullYear(), start.getUTCMonth(), 1); t <= end; t = utcDay(t.getUTCFullYear(), t.getUTCMonth() + 1, 1)) totals[monthKey(t)] = zero();
		} else {
			for (let t = start; t <= end; t = new Date(t.getTime() + 86400000)) totals[dayKey(t)] = zero();
		}
		const base = fx(ctx, 'reportsSales')[0];
		return ok([{ ...base, totals_grouped_by: groupby, totals }]);
	};
	router.route('reports/sales', { GET: { perm: 'list', handler: salesReport, validate: validateReport } });
	router.route('reports/top_sellers', { GET: { perm: 'list', handler: (ctx) => { validateReport(ctx); return ok([]); }, validate: validateReport } });
	const totals = (rows) => ok(rows);
	router.route('reports/orders/totals', {
		GET: { perm: 'list', handler: () => totals(Object.entries(orderStatuses(store)).map(([slug, name]) => ({ slug, name, total: [...store.orders.values()].filter((o) => o.type === 'order' && o.status === slug).length }))) },
	});
	router.route('reports/products/totals', {
		GET: { perm: 'list', handler: () => totals(['external', 'grouped', 'simple', 'variable'].map((slug) => ({ slug, name: { external: 'External/Affiliate product', grouped: 'Grouped product', simple: 'Simple product', variable: 'Variable product' }[slug], total: [...store.products.values()].filter((p) => p.type === slug && p.status !== 'trash').length }))) },
	});
	router.route('reports/customers/totals', {
		GET: { perm: 'list', handler: () => { const cs = [...store.customers.values()].filter((c) => c.role === 'customer'); return totals([{ slug: 'paying', name: 'Paying customer', total: cs.filter((c) => c.is_paying_customer).length }, { slug: 'non_paying', name: 'Non-paying customer', total: cs.filter((c) => !c.is_paying_customer).length }]); } },
	});
	router.route('reports/coupons/totals', {
		GET: { perm: 'list', handler: () => totals(['percent', 'fixed_cart', 'fixed_product'].map((slug) => ({ slug, name: { percent: 'Percentage discount', fixed_cart: 'Fixed cart discount', fixed_product: 'Fixed product discount' }[slug], total: [...store.coupons.values()].filter((c) => c.discount_type === slug && c.status !== 'trash').length }))) },
	});
	router.route('reports/reviews/totals', {
		GET: { perm: 'list', handler: () => totals([1, 2, 3, 4, 5].map((n) => ({ slug: `rated_${n}_out_of_5`, name: `Rated ${n} out of 5`, total: [...store.comments.values()].filter((c) => c.type === 'review' && c.rating === n).length }))) },
	});

	// ---- data
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

	// ---- payment gateways (not paginated). The three offline gateways of capture 124 plus any registered with
	// store.registerPaymentGateway({ id, title, supports, settings?, refundResult? }). Update applies title, description,
	// enabled, order and settings (each value validated by the field type; an invalid one fails the whole update with
	// 400 rest_setting_value_invalid, like WC_REST_Payment_Gateways_Controller::update_item).
	store.extraGateways = store.extraGateways || [];
	store.registerPaymentGateway = (def) => {
		const id = String(def.id);
		const title = def.title !== undefined ? String(def.title) : id;
		const settings = {
			title: { id: 'title', label: 'Title', description: 'This controls the title which the user sees during checkout.', type: 'safe_text', value: title, default: title, tip: 'This controls the title which the user sees during checkout.', placeholder: '' },
			...(def.settings || {}),
		};
		store.extraGateways = store.extraGateways.filter((g) => g.id !== id).concat([{
			id, title, description: def.description || '', order: def.order !== undefined ? def.order : 4 + store.extraGateways.length, enabled: def.enabled !== undefined ? !!def.enabled : true,
			method_title: def.method_title || title, method_description: def.method_description || '', method_supports: def.supports || ['products', 'refunds'], settings,
			needs_setup: false, post_install_scripts: [], settings_url: `{store}/wp-admin/admin.php?page=wc-settings&tab=checkout&section=${id}`, connection_url: null, setup_help_text: null,
			required_settings_keys: [], refundResult: def.refundResult,
			_links: { self: [{ href: `{store}/wp-json/wc/v3/payment_gateways/${id}`, targetHints: { allow: ['GET', 'POST', 'PUT', 'PATCH'] } }], collection: [{ href: '{store}/wp-json/wc/v3/payment_gateways' }] },
		}]);
	};
	const gatewayList = (home) => {
		const base = withHome(captured.paymentGateways, home).concat(store.extraGateways.map((g) => {
			const { refundResult, ...rest } = g;
			return { ...withHome(rest, home), refundResult };
		}));
		return base.map((g) => {
			const o = (store.gatewayOverrides && store.gatewayOverrides[g.id]) || {};
			const settings = JSON.parse(JSON.stringify(g.settings));
			for (const [k, v] of Object.entries(o.settings || {})) if (settings[k]) settings[k].value = v;
			const out = { ...g, settings };
			for (const f of ['title', 'description', 'enabled', 'order']) if (o[f] !== undefined) out[f] = o[f];
			return out;
		}).sort((a, b) => a.order - b.order);
	};
	// Raw list for other resources (refunds look up the order's gateway and its method_supports).
	sb.paymentGateways = () => gatewayList(sb.url);
	const gateways = (ctx) => gatewayList(ctx.home).map(({ refundResult, ...g }) => g);
	const validateGatewaySetting = (field, value) => {
		const bad = () => { throw new RestError('rest_setting_value_invalid', 'An invalid setting value was passed.', 400); };
		switch (field.type) {
			case 'select':
			case 'radio':
				if (value === null || typeof value === 'object' || !field.options || !Object.prototype.hasOwnProperty.call(field.options, String(value))) bad();
				return String(value);
			case 'multiselect':
				if (value === '' || value === null || (Array.isArray(value) && !value.length)) return [];
				if (!Array.isArray(value)) bad();
				return value.map(String).filter((v) => Object.prototype.hasOwnProperty.call(field.options || {}, v));
			case 'checkbox':
				if (value === 'yes' || value === 'no') return value;
				if (value === true) return 'yes';
				if (value === '' || value === null || value === false) return field.default !== undefined && field.default !== '' ? field.default : 'no';
				return bad();
			default:
				if (value === null) return '';
				if (typeof value === 'object') bad();
				return String(value).trim();
		}
	};
	router.route('payment_gateways', { GET: { perm: 'list', handler: (ctx) => okAll(gateways(ctx)) } });
	router.route('payment_gateways/(?<id>[\\w-]+)', {
		GET: { perm: 'view', handler: (ctx, p) => { const g = gateways(ctx).find((x) => x.id === p.id); if (!g) throw new RestError('woocommerce_rest_payment_gateway_invalid', 'Invalid payment gateway ID.', 404); return ok(g); } },
		EDITABLE: {
			perm: 'edit', write: true,
			handler: (ctx, p) => {
				const g = gateways(ctx).find((x) => x.id === p.id);
				if (!g) throw new RestError('woocommerce_rest_payment_gateway_invalid', 'Invalid payment gateway ID.', 404);
				const body = ctx.body || {};
				const newSettings = {};
				if (body.settings !== undefined && body.settings !== null && typeof body.settings === 'object') {
					for (const [key, field] of Object.entries(g.settings)) {
						if (body.settings[key] === undefined) continue;
						newSettings[key] = validateGatewaySetting(field, body.settings[key]);
					}
				}
				store.gatewayOverrides = store.gatewayOverrides || {};
				const o = (store.gatewayOverrides[p.id] = store.gatewayOverrides[p.id] || {});
				o.settings = { ...(o.settings || {}), ...newSettings };
				if (newSettings.title !== undefined) o.title = newSettings.title;
				if (body.enabled !== undefined) o.enabled = body.enabled === true || ['true', '1', 'yes'].includes(String(body.enabled));
				if (body.title !== undefined) { o.title = String(body.title); o.settings.title = o.title; }
				if (body.description !== undefined) o.description = String(body.description);
				if (body.order !== undefined) o.order = Number(body.order);
				return ok(gateways(ctx).find((x) => x.id === p.id));
			},
		},
	});

	// ---- taxes
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

	// ---- shipping zones, locations, methods
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
	void validateArgs; void pagingHeaders; void fmtDate;
}

module.exports = { register };
