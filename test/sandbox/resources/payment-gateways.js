'use strict';
// payment gateways (not paginated) and store.registerPaymentGateway
const { RestError, ok, okAll } = require('../lib/rest');
const { captured, withHome } = require('../lib/format');

// The three offline gateways of capture 124 plus any registered with
// store.registerPaymentGateway({ id, title, supports, settings?, refundResult? }). Update applies title, description,
// enabled, order and settings (each value validated by the field type; an invalid one fails the whole update with
// 400 rest_setting_value_invalid, like WC_REST_Payment_Gateways_Controller::update_item).
function register(router, sb) {
	const store = sb.store;
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
}

module.exports = { register };
