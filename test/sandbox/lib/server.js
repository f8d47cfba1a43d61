'use strict';
// HTTP(S) front: request log, latency, faults, WordPress-level routing (pretty/plain permalinks, ?rest_route=,
// HTML pages), then the REST server (auth -> pre-dispatch -> route -> params -> permission -> handler).
const { parseStr, toPlain } = require('./php');
const { RestError, BASE_HEADERS, NOCACHE } = require('./rest');
const { PERMS } = require('./router');
const { authenticate, checkKeyPermissions } = require('./auth');
const { phpJson, captured, withHome } = require('./format');
const html = require('./html');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function readBody(req) {
	return new Promise((resolve) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', () => resolve(''));
	});
}

/** The sandbox's own endpoints (a path no real store has): reset, switches, queue run. Answers JSON, or null. */
async function control(sb, method, path, rawBody) {
	if (!path.startsWith('/__sandbox/')) return null;
	const action = path.slice('/__sandbox/'.length);
	if (method === 'GET' && action === 'settings') return { status: 200, body: sb.settings };
	if (method !== 'POST') return { status: 405, body: { error: 'POST /__sandbox/reset | settings | run-queue' } };
	if (action === 'reset') await sb.reset();
	else if (action === 'run-queue') return { status: 200, body: { delivered: (await sb.webhooks.runQueue()).length } };
	else if (action === 'settings') {
		let values;
		try {
			values = JSON.parse(rawBody || '{}');
		} catch {
			return { status: 400, body: { error: 'the body must be a JSON object of settings, e.g. {"plainPermalinks":true}' } };
		}
		const unknown = Object.keys(values).filter((k) => !(k in sb.settings));
		if (unknown.length) return { status: 400, body: { error: `unknown setting(s): ${unknown.join(', ')}; known: ${Object.keys(sb.settings).join(', ')}` } };
		sb.set(values);
	} else return { status: 404, body: { error: `unknown sandbox endpoint ${path}` } };
	return { status: 200, body: sb.settings };
}

/** One front (origin) of the store: `front` = { url, homeHost, isSsl }, its own home URL for links and OAuth. */
function createHandler(sb, front) {
	return async function handle(req, res) {
		const rawUrl = req.url || '/';
		const qi = rawUrl.indexOf('?');
		const rawPath = qi === -1 ? rawUrl : rawUrl.slice(0, qi);
		const rawQuery = qi === -1 ? '' : rawUrl.slice(qi + 1);
		const method = (req.method || 'GET').toUpperCase();
		const rawBody = await readBody(req);
		const contentType = String(req.headers['content-type'] || '').toLowerCase();
		const queryMap = parseStr(rawQuery);
		let body = null;
		let jsonError = null;
		let formMap = null;
		if (contentType.includes('application/x-www-form-urlencoded')) {
			formMap = parseStr(rawBody);
			body = toPlain(formMap);
			if (Array.isArray(body)) body = {};
		} else if (rawBody !== '' && (contentType.includes('json') || contentType === '')) {
			try {
				body = JSON.parse(rawBody);
			} catch (e) {
				if (contentType.includes('json')) jsonError = e;
			}
		}
		let path = rawPath;
		try {
			path = decodeURIComponent(rawPath);
		} catch {
			/* keep raw */
		}
		const own = await control(sb, method, path, rawBody);
		if (own) {
			res.writeHead(own.status, { 'Content-Type': 'application/json' });
			res.end(JSON.stringify(own.body));
			return;
		}
		// The legacy API asked by query (WC_Legacy_API reads wc-api-version/wc-api-route from $_GET on any permalinks):
		// served, faulted and logged under its /wc-api/ path, without those two parameters in the logged query.
		const legacyByQuery = legacyQueryPath(path, queryMap);
		const loggedQuery = legacyByQuery ? new Map([...queryMap].filter(([name]) => name !== 'wc-api-version' && name !== 'wc-api-route')) : queryMap;
		const entry = { method, path: legacyByQuery || path, query: toPlain(loggedQuery), headers: { ...req.headers }, rawBody, body, url: rawUrl, time: Date.now(), ...(legacyByQuery ? { legacyByQuery: true } : {}) };
		if (Array.isArray(entry.query)) entry.query = {};
		sb.requests.push(entry);
		if (sb.requests.length > (sb.options.maxRequestLog || Infinity)) sb.requests.splice(0, sb.requests.length - sb.options.maxRequestLog);

		const send = (status, headers, payload) => {
			if (res.headersSent || res.destroyed) return;
			// The HTTP Date header comes from the store's clock (settings.clockSkewSeconds shifts it, like a server whose
			// clock is off), unless a fault sets its own.
			const hasDate = Object.keys(headers || {}).some((k) => k.toLowerCase() === 'date');
			// settings.frontDate: a proxy/CDN in front stamps Date from its own, correct clock.
			const skew = sb.settings.frontDate ? 0 : Number(sb.settings.clockSkewSeconds) || 0;
			if (!hasDate) headers = { ...(headers || {}), Date: new Date(Date.now() + skew * 1000).toUTCString() };
			res.writeHead(status, headers);
			res.end(method === 'HEAD' ? undefined : payload);
		};

		const home = front.url;
		const htmlHeaders = { 'Content-Type': 'text/html; charset=UTF-8' };
		if (sb.settings.latencyMs) await sleep(sb.settings.latencyMs);
		if (sb.costModel) {
			const { retryAfter } = await sb.costModel.serve(entry);
			if (retryAfter) {
				const tooMany = { code: 'too_many_requests', message: 'Too many requests.', data: { status: 429 } };
				return send(429, { ...BASE_HEADERS, 'Retry-After': String(retryAfter) }, phpJson(tooMany));
			}
		}

		// Faults.
		const apiMatch = /^\/wp-json\/wc\/v[123](\/.*)?$/.exec(path);
		const restRoute = queryMap.get('rest_route');
		const rrMatch = typeof restRoute === 'string' ? /^\/wc\/v[123](\/.*)?$/.exec(restRoute) : null;
		const apiPath = apiMatch ? apiMatch[1] || '/' : rrMatch ? rrMatch[1] || '/' : null;
		await sb.faults.observe(sb, method, apiPath, entry.path, entry);
		const fault = sb.faults.match(method, apiPath, entry.path, entry);
		if (fault) {
			if (fault.delayMs) await sleep(fault.delayMs);
			// `after`: the store runs the request, then the answer is replaced (a proxy's 502 after PHP finished).
			if (fault.after && !(await restResponse())) return;
			if (fault.reset) {
				req.socket.destroy();
				return;
			}
			if (fault.status || fault.body !== undefined || fault.rawBody !== undefined || fault.html || fault.truncate) {
				const headers = { ...(fault.html ? { 'Content-Type': 'text/html; charset=UTF-8' } : { ...BASE_HEADERS }), ...(fault.headers || {}) };
				let payload;
				if (fault.rawBody !== undefined) payload = fault.rawBody;
				else if (fault.html) payload = fault.html === 'firewall' ? html.firewall() : fault.html === true || fault.html === 'maintenance' ? html.maintenance() : String(fault.html);
				else if (fault.body !== undefined) payload = typeof fault.body === 'string' ? fault.body : phpJson(fault.body);
				else payload = phpJson({ code: 'internal_server_error', message: '<p>There has been a critical error on this website.</p>', data: { status: fault.status || 500 }, additional_errors: [] });
				if (fault.truncate) {
					if (!fault.status && fault.body === undefined && fault.rawBody === undefined) {
						// Truncate the real answer.
						const real = await restResponse();
						if (!real) return;
						const cut = real.payload.slice(0, Math.max(1, Math.floor(real.payload.length / 2)));
						send(real.status, { ...real.headers }, cut);
						return;
					}
					payload = payload.slice(0, Math.max(1, Math.floor(payload.length / 2)));
				}
				send(fault.status || 200, headers, payload);
				return;
			}
			if (fault.headers) {
				// Only headers: the real answer with these headers replaced (null removes one), e.g. a proxy that
				// strips or rewrites X-WP-Total.
				const real = await restResponse();
				if (!real) return;
				const out = {};
				const names = Object.keys(fault.headers).map((n) => n.toLowerCase());
				for (const [name, value] of Object.entries(real.headers)) if (!names.includes(name.toLowerCase())) out[name] = value;
				for (const [name, value] of Object.entries(fault.headers)) if (value !== null) out[name] = value;
				send(real.status, out, real.payload);
				return;
			}
		}

		// Site-level switches.
		if (sb.settings.wordpress === false) return send(404, { 'Content-Type': 'text/html', Server: 'nginx' }, html.notWordPress());
		if (sb.settings.maintenanceHtml) {
			const m = sb.settings.maintenanceHtml;
			const page = m === 'firewall' ? html.firewall() : m === true || m === 'maintenance' ? html.maintenance() : typeof m === 'string' ? m : html.maintenance();
			return send(503, { ...htmlHeaders, 'Retry-After': '600' }, page);
		}

		async function restResponse() {
			const ctx = {
				sb, method, rawUrl, rawPath, path, queryMap, query: entry.query, headers: req.headers, rawBody, body: body && typeof body === 'object' ? body : {},
				formMap, isSsl: front.isSsl, homeHost: front.homeHost, home, viaRestRoute: false,
			};
			if (path.startsWith('/wp-json')) ctx.route = path.slice('/wp-json'.length) || '/';
			else {
				ctx.route = String(restRoute || '/');
				ctx.viaRestRoute = true;
				const q = new Map(queryMap);
				q.delete('rest_route');
				ctx.queryMap = q;
				ctx.query = toPlain(q);
				if (Array.isArray(ctx.query)) ctx.query = {};
			}
			if (ctx.route.length > 1 && ctx.route.endsWith('/')) ctx.route = ctx.route.slice(0, -1);
			return sb.rest(ctx, jsonError);
		}

		// Legacy REST API (plugin). With Plain permalinks there is no /wc-api/ rewrite rule: WordPress shows its home page.
		if (legacyByQuery || /^\/wc-api\/v[123](\/|$)/.test(path)) {
			if (!legacyByQuery && sb.settings.plainPermalinks) {
				return send(200, { ...htmlHeaders, Link: `<${home}/index.php?rest_route=/>; rel="https://api.w.org/"` }, html.homePage(home));
			}
			// Without the plugin, core WooCommerce's wc-api endpoint finds no handler for "v3…": 400 and "-1".
			if (!sb.settings.legacyApi) return send(400, { ...NOCACHE, ...htmlHeaders }, '-1');
			const legacyPath = legacyByQuery || path;
			const r = await sb.legacy({ sb, method, path: legacyPath, rawPath: legacyByQuery || rawPath, queryMap, formMap, query: entry.query, headers: req.headers, body, home, isSsl: front.isSsl, homeHost: front.homeHost });
			return send(r.status, r.headers, r.payload);
		}

		const isIndexPhp = path === '/' || path === '/index.php';
		if (path.startsWith('/wp-json')) {
			if (sb.settings.plainPermalinks) {
				if (!path.endsWith('/')) {
					return send(301, { ...NOCACHE, ...htmlHeaders, 'X-Redirect-By': 'WordPress', Location: `${home}${rawPath}/${rawQuery ? '?' + rawQuery : ''}` }, '');
				}
				return send(200, { ...htmlHeaders, Link: `<${home}/index.php?rest_route=/>; rel="https://api.w.org/"` }, html.homePage(home));
			}
			const r = await restResponse();
			return send(r.status, r.headers, r.payload);
		}
		if (isIndexPhp && typeof restRoute === 'string') {
			const r = await restResponse();
			return send(r.status, r.headers, r.payload);
		}
		const apiLink = sb.settings.plainPermalinks ? `<${home}/index.php?rest_route=/>; rel="https://api.w.org/"` : `<${home}/wp-json/>; rel="https://api.w.org/"`;
		if (isIndexPhp) return send(200, { ...htmlHeaders, Link: apiLink }, html.homePage(home));
		if (path.startsWith('/wp-admin') || path.startsWith('/wp-login.php')) {
			if (path.startsWith('/wp-login.php')) return send(200, htmlHeaders, html.adminLogin(home));
			return send(302, { ...htmlHeaders, Location: `${home}/wp-login.php?redirect_to=${encodeURIComponent(home + rawPath)}&reauth=1` }, '');
		}
		return send(404, { ...NOCACHE, ...htmlHeaders, Link: apiLink }, html.notFound(home));
	};
}

/** `/index.php?wc-api-version=3&wc-api-route=/products` (or on `/`) → `/wc-api/v3/products`; otherwise undefined. */
function legacyQueryPath(path, queryMap) {
	const version = queryMap.get('wc-api-version');
	const route = queryMap.get('wc-api-route');
	if ((path !== '/' && path !== '/index.php') || typeof version !== 'string' || !/^[1-3]$/.test(version) || typeof route !== 'string' || route === '') return undefined;
	return `/wc-api/v${version}${route.startsWith('/') ? '' : '/'}${route}`;
}

/** Links of an item whose permission checks fail carry no targetHints (WP_REST_Server::get_target_hints_for_link). */
function withoutTargetHints(body) {
	const self = body && body._links && body._links.self;
	if (Array.isArray(self)) for (const link of self) delete link.targetHints;
}

/** The REST server proper. Returns { status, headers, payload }. */
async function restDispatch(sb, ctx, jsonError) {
	const apiRoot = ctx.viaRestRoute || sb.settings.plainPermalinks ? `${ctx.home}/index.php?rest_route=/` : `${ctx.home}/wp-json/`;
	const finish = (status, body, extra = {}, allow) => {
		const headers = { ...BASE_HEADERS, Link: `<${apiRoot}>; rel="https://api.w.org/"` };
		Object.assign(headers, extra);
		if (allow) headers.Allow = allow;
		if (ctx.user) Object.assign(headers, NOCACHE);
		else headers.Vary = 'Origin';
		return { status, headers, payload: phpJson(body) };
	};
	const fail = (e, allow) => {
		if (e instanceof RestError) return finish(e.status, e.toBody(), {}, allow);
		if (e && e.code && e.message && e.status) return finish(e.status, { code: e.code, message: e.message, data: { status: e.status } }, {}, allow);
		console.error('[sandbox] handler error', e);
		return finish(500, { code: 'internal_server_error', message: '<p>There has been a critical error on this website.</p>', data: { status: 500 }, additional_errors: [] }, {}, allow);
	};

	// 1. authentication (rest_authentication_errors)
	const auth = authenticate(ctx);
	if (auth.error) return fail(auth.error);
	ctx.user = auth.user;
	// 2. rest_pre_dispatch: API key permissions
	if (ctx.user) {
		const perr = checkKeyPermissions(ctx.user, ctx.method);
		if (perr) return fail(perr);
	}
	const route = ctx.route;
	// Index routes.
	if (route === '/' || route === '') {
		if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return fail(new RestError('rest_no_route', 'No route was found matching the URL and request method.', 404));
		return finish(200, sb.siteIndex(ctx), {}, 'GET');
	}
	const pub = sb.settings.woocommerceActive === false ? null : sb.publicRouter.match(route, ctx.method);
	if (pub && pub.def) {
		try {
			const r = await pub.def.handler(ctx, pub.params);
			return finish(r.status || 200, r.body, r.headers || {}, pub.allow);
		} catch (e) {
			return fail(e, pub.allow);
		}
	}
	const nsm = /^\/(wc\/v[123])(\/.*)?$/.exec(route);
	if (!nsm || sb.settings.woocommerceActive === false) {
		return fail(new RestError('rest_no_route', 'No route was found matching the URL and request method.', 404));
	}
	const sub = nsm[2] || '';
	ctx.ns = nsm[1];
	if (sub === '' || sub === '/') {
		if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return fail(new RestError('rest_no_route', 'No route was found matching the URL and request method.', 404));
		return finish(200, sb.namespaceIndex(ctx, nsm[1]), {}, 'GET');
	}
	const m = sb.router.match(sub, ctx.method === 'OPTIONS' ? 'GET' : ctx.method);
	if (!m || (!m.def && ctx.method !== 'OPTIONS')) return fail(new RestError('rest_no_route', 'No route was found matching the URL and request method.', 404));
	if (ctx.method === 'OPTIONS') {
		const methods = m.allow.split(', ');
		const builder = sb.optionsBuilders && sb.optionsBuilders[m.route.pattern];
		const body = builder ? builder(ctx, methods) : m.route.pattern === 'products/categories' ? withHome(captured.optionsCategories, ctx.home) : {
			namespace: 'wc/v3', methods, endpoints: [{ methods: methods.filter((x) => x === 'GET'), args: {} }, { methods: methods.filter((x) => x !== 'GET'), args: {} }].filter((e) => e.methods.length),
			schema: { $schema: 'http://json-schema.org/draft-04/schema#', title: m.route.pattern, type: 'object', properties: {} },
			_links: { self: [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/${m.route.pattern}` }] },
		};
		return finish(200, body, {}, m.allow);
	}
	if (jsonError) {
		// PHP's json_decode reports an unterminated string as a control character error (3), the rest as a syntax error (4).
		const unterminated = (ctx.rawBody.replace(/\\./g, '').match(/"/g) || []).length % 2 === 1;
		const [jcode, jmsg] = unterminated ? [3, 'Control character error, possibly incorrectly encoded'] : [4, 'Syntax error'];
		return finish(400, { code: 'rest_invalid_json', message: 'Invalid JSON body passed.', data: { status: 400, json_error_code: jcode, json_error_message: jmsg } }, {}, m.allow);
	}
	// has_valid_params() runs before the permission check in WordPress: for a request without a user, validate the
	// arguments first (400 rest_invalid_param), then answer 401. With a user the handler validates.
	if (!ctx.user) {
		const [code, message] = PERMS[m.def.perm] || PERMS.view;
		try {
			if (m.def.validate) m.def.validate(ctx);
		} catch (e) {
			return fail(e);
		}
		// Without a user every permission callback fails, so rest_send_allow_header sends no Allow.
		return fail(new RestError(code, message, 401));
	}
	const permitted = () => !m.route.permitted || m.route.permitted(m.params);
	try {
		const r = await m.def.handler(ctx, m.params);
		// Synchronous delivery (woocommerce_webhook_deliver_async off): the request's deliveries are sent before it answers.
		if (sb.settings.webhooksSync && sb.webhooks.queue.length) await sb.webhooks.runQueue();
		if (!permitted()) withoutTargetHints(r.body);
		return finish(r.status || 200, r.body, r.headers || {}, permitted() ? m.allow : undefined);
	} catch (e) {
		return fail(e, permitted() ? m.allow : undefined);
	}
}

module.exports = { createHandler, restDispatch };
