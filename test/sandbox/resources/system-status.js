'use strict';
// system_status and its tools
const { RestError, ok } = require('../lib/rest');
const { captured, withHome } = require('../lib/format');

function register(router, sb) {
	const fx = (ctx, key) => withHome(captured[key], ctx.home);
	// settings.hpos false: orders in the posts table (what the legacy wc-api/v3 can see).
	const status = (ctx) => {
		const body = fx(ctx, 'systemStatus');
		if (sb.settings.hpos === false && body.settings) {
			body.settings.HPOS_enabled = false;
			body.settings.order_datastore = 'WC_Order_Data_Store_CPT';
		}
		return body;
	};
	router.route('system_status', { GET: { perm: 'list', handler: (ctx) => ok(status(ctx)) } });
	router.route('system_status/tools', { GET: { perm: 'list', handler: (ctx) => ok(fx(ctx, 'systemStatusTools')) } });
	router.route('system_status/tools/(?<id>[\\w-]+)', {
		GET: { perm: 'view', handler: (ctx, p) => { const t = fx(ctx, 'systemStatusTools').find((x) => x.id === p.id); if (!t) throw new RestError('woocommerce_rest_system_status_tool_invalid_id', 'Invalid tool ID.', 404); return ok(t); } },
		EDITABLE: { perm: 'edit', write: true, handler: (ctx, p) => { const t = fx(ctx, 'systemStatusTools').find((x) => x.id === p.id); if (!t) throw new RestError('woocommerce_rest_system_status_tool_invalid_id', 'Invalid tool ID.', 404); const { _links, ...rest } = t; return ok({ ...rest, success: true, message: 'Tool ran.', _links }); } },
	});
}

module.exports = { register };
