'use strict';
/**
 * Sandbox WooCommerce 10 store (REST emulator) for tests, benchmarks and `npm run sandbox`.
 *
 *   const { startSandbox } = require('./test/sandbox');
 *   const sb = await startSandbox({ tls, port, fronts: { https, http }, plainPermalinks, seed: 'empty'|'demo', allowedWebhookPorts: 'any'|number[], keys, isSsl, homeUrl, cost });
 *
 * See README.md next to this file for the whole API.
 */
const fs = require('fs');
const path = require('path');
const http = require('http');
const https = require('https');
const { Store } = require('./lib/store');
const { Router } = require('./lib/router');
const { Faults } = require('./lib/faults');
const { Webhooks } = require('./lib/webhooks');
const { createHandler, restDispatch } = require('./lib/server');
const { captured, withHome } = require('./lib/format');
const { legacy } = require('./lib/legacy');
const { CostModel } = require('./lib/costModel');

const DEFAULT_KEYS = {
	readWrite: { key: 'ck_sandbox_key', secret: 'cs_sandbox_secret' },
	readOnly: { key: 'ck_sandbox_readonly_key', secret: 'cs_sandbox_readonly_secret' },
};

// One module per resource, like the node's actions/ folders; registration order is route matching order.
const RESOURCES = [
	'products', 'terms', 'orders', 'order-options', 'order-notes', 'order-refunds', 'customers', 'webhooks', 'settings', 'system-status', 'reports',
	'data', 'payment-gateways', 'taxes', 'shipping',
];

async function startSandbox(options = {}) {
	const opts = { tls: false, port: 0, plainPermalinks: false, seed: 'empty', allowedWebhookPorts: undefined, ...options };
	const keys = { readWrite: { ...DEFAULT_KEYS.readWrite, ...(opts.keys && opts.keys.readWrite) }, readOnly: { ...DEFAULT_KEYS.readOnly, ...(opts.keys && opts.keys.readOnly) } };
	const initialSettings = () => ({
		stripAuthorization: false, wordpress: true, woocommerceActive: true, maintenanceHtml: false, clockSkewSeconds: 0, latencyMs: 0,
		plainPermalinks: !!opts.plainPermalinks, legacyApi: true, webhooksSync: false, ...(opts.settings || {}),
	});
	const sb = {
		options: opts,
		keys,
		settings: initialSettings(),
		requests: [],
		faults: new Faults(),
		url: '',
		port: 0,
	};
	sb.keyRecords = [
		{ key: keys.readWrite.key, secret: keys.readWrite.secret, permissions: 'read_write', nonces: new Map() },
		{ key: keys.readOnly.key, secret: keys.readOnly.secret, permissions: 'read', nonces: new Map() },
	];
	// The primary front's view (a second front has its own, see createHandler).
	Object.defineProperty(sb, 'isSsl', { get: () => sb.fronts[0].isSsl });
	// What each HTTP request costs (lib/costModel.js); the in-process seed is free. sb.setCost(spec | null) changes it.
	sb.setCost = (spec) => {
		sb.costModel = spec ? new CostModel(spec) : null;
		return sb.costModel;
	};
	sb.setCost(opts.cost);
	sb.hooks = { fire: (r, e, id) => sb.webhooks.fire(r, e, id), action: (hook, arg) => sb.webhooks.action(hook, arg) };

	/** Fresh data, routes and webhook queue: what a newly installed store has. */
	const buildStore = () => {
		sb.store = new Store(sb);
		sb.router = new Router();
		sb.publicRouter = new Router(); // namespaces without WooCommerce's REST auth rules (the Store API)
		sb.webhooks = new Webhooks(sb);
		sb.optionsBuilders = {};
		for (const st of opts.customOrderStatuses || []) sb.store.registerOrderStatus(st);
		for (const mod of RESOURCES) require(`./resources/${mod}`).register(sb.router, sb);
		require('./resources/store-api').register(sb.publicRouter, sb);
		for (const g of opts.paymentGateways || []) sb.store.registerPaymentGateway(g);
	};
	buildStore();

	/** Back to the state right after start: data, settings (switches included), faults, nonces, request log. */
	sb.reset = async () => {
		buildStore();
		sb.settings = initialSettings();
		sb.faults.clear();
		sb.requests.length = 0;
		for (const k of sb.keyRecords) k.nonces.clear();
		if (opts.seed === 'demo') await require('./seed').seedDemo(sb);
	};
	/** Set switches (plainPermalinks, legacyApi, webhooksSync) or any other setting at run time. */
	sb.set = (values) => Object.assign(sb.settings, values);

	sb.rest = (ctx, jsonError) => restDispatch(sb, ctx, jsonError);
	sb.legacy = (ctx) => legacy(sb, ctx);
	sb.siteIndex = (ctx) => ({
		name: 'Woo Test Store', description: '', url: ctx.home, home: ctx.home, gmt_offset: 0, timezone_string: '', page_for_posts: 0, page_on_front: 0, show_on_front: 'posts',
		namespaces: sb.settings.woocommerceActive === false ? ['oembed/1.0', 'wp/v2', 'wp-site-health/v1'] : ['oembed/1.0', 'wc/store', 'wc/store/v1', 'wc/v1', 'wc/v2', 'wc/v3', 'wc-telemetry', 'wp/v2', 'wp-site-health/v1'],
		authentication: [], routes: {}, _links: { help: [{ href: 'https://developer.wordpress.org/rest-api/' }] },
	});
	sb.namespaceIndex = (ctx, ns) => {
		const routes = {};
		for (const name of captured.allRouteNames) {
			const [methods, route] = name.split(' ');
			const r = route.replace('/wc/v3', `/${ns}`);
			routes[r] = { namespace: ns, methods: methods.split(','), endpoints: [{ methods: methods.split(','), args: {} }] };
			if (!/[(]/.test(r)) routes[r]._links = { self: [{ href: `${ctx.home}/wp-json${r}` }] };
		}
		const known = withHome(captured.namespaceIndexRoutes, ctx.home);
		for (const [k, v] of Object.entries(known)) routes[k.replace('/wc/v3', `/${ns}`)] = v;
		return { namespace: ns, _links: { up: [{ href: `${ctx.home}/wp-json/` }] }, routes };
	};
	/** Run a GET through the REST handlers as the admin, without HTTP (used for webhook payloads). */
	sb.internalGet = (route) => {
		const m = sb.router.match(route, 'GET');
		if (!m || !m.def) return null;
		try {
			const r = m.def.handler({ sb, method: 'GET', query: {}, queryMap: new Map(), body: {}, home: sb.url, user: sb.keyRecords[0] }, m.params);
			return r && r.status === 200 ? r.body : null;
		} catch {
			return null;
		}
	};

	/** Run a write through the REST handlers as the admin, without HTTP. Returns { status, body } or { status, error }. */
	sb.internalWrite = async (method, route, body, query = {}) => {
		const m = sb.router.match(route, method);
		if (!m || !m.def) return { status: 404, error: { code: 'rest_no_route', message: 'No route was found matching the URL and request method.' } };
		try {
			return await m.def.handler({ sb, method, query, queryMap: new Map(Object.entries(query)), body, home: sb.url, user: sb.keyRecords[0] }, m.params);
		} catch (e) {
			return { status: e.status || 500, error: { code: e.code || 'internal_server_error', message: e.message } };
		}
	};

	// Fronts: one by default (tls picks the scheme); `fronts: { https, http }` (ports, 0 = ephemeral) serves the same
	// store at an HTTPS origin and a plain-HTTP origin, each its own home URL, like a real store reached at both.
	const frontDefs = opts.fronts
		? ['https', 'http'].filter((s) => opts.fronts[s] !== undefined && opts.fronts[s] !== false).map((s) => ({ tls: s === 'https', port: Number(opts.fronts[s]) || 0 }))
		: [{ tls: !!opts.tls, port: opts.port || 0, isSsl: opts.isSsl, homeUrl: opts.homeUrl }];
	if (!frontDefs.length) throw new Error('startSandbox: fronts needs an https and/or http port');
	const sockets = new Set();
	sb.fronts = [];
	for (const def of frontDefs) {
		const front = { tls: def.tls, isSsl: def.isSsl !== undefined ? !!def.isSsl : def.tls };
		const handler = createHandler(sb, front);
		const server = def.tls
			? https.createServer({ key: fs.readFileSync(path.join(__dirname, 'certs', 'key.pem')), cert: fs.readFileSync(path.join(__dirname, 'certs', 'cert.pem')) }, handler)
			: http.createServer(handler);
		server.on('connection', (s) => {
			sockets.add(s);
			s.on('close', () => sockets.delete(s));
		});
		await new Promise((resolve, reject) => {
			server.once('error', reject);
			server.listen(def.port, opts.host || '127.0.0.1', resolve);
		});
		front.server = server;
		front.port = server.address().port;
		// The URL clients reach (scheme of the socket). With isSsl on a plain socket (a TLS-terminating proxy in front),
		// WordPress still believes the request is HTTPS: OAuth base strings use https:// + this host.
		const scheme = def.tls ? 'https' : 'http';
		front.url = def.homeUrl ? String(def.homeUrl).replace(/\{port\}/g, front.port).replace(/\/$/, '') : `${scheme}://127.0.0.1:${front.port}`;
		front.homeHost = new URL(front.url).host;
		sb.fronts.push(front);
	}
	const primary = sb.fronts[0];
	sb.port = primary.port;
	sb.homeHost = primary.homeHost;
	sb.url = primary.url;
	sb.server = primary.server;
	sb.httpsUrl = (sb.fronts.find((f) => f.tls) || {}).url;
	sb.httpUrl = (sb.fronts.find((f) => !f.tls) || {}).url;
	sb.close = () =>
		Promise.all(
			sb.fronts.map(
				(f) =>
					new Promise((resolve) => {
						for (const s of sockets) s.destroy();
						f.server.close(() => resolve());
					}),
			),
		);
	/** Last request whose path ends with the given suffix (or all requests when omitted). */
	sb.lastRequest = (suffix) => [...sb.requests].reverse().find((r) => !suffix || r.path.endsWith(suffix)) || null;

	if (opts.seed === 'demo') await require('./seed').seedDemo(sb);
	return sb;
}

module.exports = { startSandbox, DEFAULT_KEYS };
