'use strict';
// REST route registry for the wc/v1..v3 namespaces. Routes are written like WordPress's
// ('products/(?<id>\\d+)'); methods map to handlers. EDITABLE = POST, PUT, PATCH.

const PERMS = {
	list: ['woocommerce_rest_cannot_view', 'Sorry, you cannot list resources.'],
	view: ['woocommerce_rest_cannot_view', 'Sorry, you cannot view this resource.'],
	create: ['woocommerce_rest_cannot_create', 'Sorry, you are not allowed to create resources.'],
	edit: ['woocommerce_rest_cannot_edit', 'Sorry, you are not allowed to edit this resource.'],
	delete: ['woocommerce_rest_cannot_delete', 'Sorry, you are not allowed to delete this resource.'],
	batch: ['woocommerce_rest_cannot_batch', 'Sorry, you are not allowed to batch manipulate this resource.'],
};

class Router {
	constructor() {
		this.routes = [];
	}
	/**
	 * route('products/(?<id>\\d+)', { GET: {perm:'view', handler}, EDITABLE: {...}, DELETE: {...} })
	 * A handler is (ctx, params) => { status, body, headers } (may be async). `args` is a query schema validated first.
	 * options.permitted(params): whether the item's permission checks pass once the handler ran (e.g. the user still
	 * exists); when not, the answer has no Allow header and no targetHints, like rest_send_allow_header.
	 */
	route(pattern, methods, options = {}) {
		const expanded = {};
		for (const [m, def] of Object.entries(methods)) {
			const list = m === 'EDITABLE' ? ['POST', 'PUT', 'PATCH'] : m.split(',');
			for (const x of list) expanded[x] = def;
		}
		this.routes.push({ pattern, re: new RegExp(`^/${pattern}/?$`), methods: expanded, permitted: options.permitted });
	}
	match(path, method) {
		if (!path.startsWith('/')) path = '/' + path;
		for (const r of this.routes) {
			const m = r.re.exec(path);
			if (!m) continue;
			const def = r.methods[method] || (method === 'HEAD' ? r.methods.GET : undefined);
			return { route: r, def, params: m.groups || {}, allow: Object.keys(r.methods).filter((x) => x !== 'HEAD').join(', ') };
		}
		return null;
	}
}

module.exports = { Router, PERMS };
