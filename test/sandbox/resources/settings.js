'use strict';
// settings groups, options, update and batch (WC_REST_Setting_Options_Controller)
const { RestError, ok } = require('../lib/rest');
const { captured, withHome } = require('../lib/format');
const { SETTING_GROUPS } = require('./settings-data');

function register(router, sb) {
	const store = sb.store;
	const fx = (ctx, key) => withHome(captured[key], ctx.home);
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
}

module.exports = { register };
