#!/usr/bin/env node
'use strict';
/**
 * Bulk benchmark (prints figures; not a test): n8n's built-in WooCommerce node against ours, in one real n8n.
 *
 *   npm run bench -- [--n 1000] [--runs 3] [--profiles network,real] [--workloads 1,2,3,4,5,6] [--out test/bench/results]
 *
 * Starts the sandbox store over HTTPS in a child process (seeded, with the cost model of each profile), real n8n
 * 2.41.1 (test/e2e/runtime.js; N8N_RUNTIME_DIR) with the packed package installed (run `npm run build` first),
 * and runs each workload with both nodes, alternating, `runs` times. The built-in node does each job as its users
 * do: one request per item, Get Many + Update for a sync. Sizes follow issue 11 for --n 1000: update N products,
 * create N customers, sync 10N products of which N/5 changed, Return All over 10N orders (all fields, then id,status,
 * total), get N/5 orders one by one. Prints one table and writes it as JSON into --out (git-ignored).
 *
 * Wall = the execution's stoppedAt - startedAt in n8n (Input + the WooCommerce node(s)); requests = API requests the
 * store counted; peak RSS = n8n's process group, sampled every 100 ms during the execution.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { fork } = require('node:child_process');

const root = path.join(__dirname, '..', '..');

function args() {
	const out = { n: 1000, runs: 3, profiles: 'network,real', workloads: '1,2,3,4,5,6', out: path.join(root, 'test/bench/results') };
	const argv = process.argv.slice(2);
	for (let i = 0; i < argv.length; i++) {
		const key = argv[i].replace(/^--/, '');
		if (key === 'store') continue;
		if (key in out) out[key] = argv[++i];
	}
	return {
		n: Number(out.n),
		runs: Number(out.runs),
		profiles: String(out.profiles).split(',').map((p) => (p === 'real' ? 'real store' : p)),
		workloads: String(out.workloads).split(',').map(Number),
		out: path.resolve(out.out),
	};
}

const opts = args();
const sizes = {
	update: opts.n,
	customers: opts.n,
	sync: opts.n * 10,
	changed: Math.max(1, Math.round(opts.n / 5)),
	orders: opts.n * 10,
	gets: Math.max(1, Math.round(opts.n / 5)),
};

// ---------------------------------------------------------------------------------------------------------
// The store, in a child process so its CPU work does not count as n8n's.

if (process.argv.includes('--store')) {
	const ts = require('typescript');
	require.extensions['.ts'] = function compileTs(module, filename) {
		const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
			fileName: filename,
			compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2021, esModuleInterop: true },
		});
		module._compile(outputText, filename);
	};
	const { startSandbox } = require(path.join(root, 'test/sandbox'));
	const { callSandbox } = require(path.join(root, 'test/helpers/sandboxSeed.ts'));
	(async () => {
		const sb = await startSandbox({ seed: 'empty', tls: true, maxRequestLog: 200000 });
		const productIds = [];
		for (let i = 0; i < sizes.update; i++) {
			const res = await callSandbox(sb, 'POST', 'products', { name: `Stock ${i}`, type: 'simple', regular_price: '9.99', sku: `STOCK-${i}`, manage_stock: true, stock_quantity: 1 });
			productIds.push(res.body.id);
		}
		for (let i = 0; i < sizes.sync; i++) {
			await callSandbox(sb, 'POST', 'products', { name: `Sync ${i}`, type: 'simple', regular_price: '10.00', sku: `SYNC-${i}` });
		}
		const orderIds = [];
		for (let i = 0; i < sizes.orders; i++) {
			const res = await callSandbox(sb, 'POST', 'orders', { status: 'processing', billing: { email: `buyer${i}@example.com` }, line_items: [{ product_id: productIds[i % productIds.length], quantity: 1 }] });
			orderIds.push(res.body.id);
		}
		// Arrival and answer times of every API request, to see where a Return All spends its time.
		let log = [];
		sb.server.on('request', (req, res) => {
			const time = Date.now();
			if (!String(req.url).startsWith('/wp-json/wc/')) return;
			res.on('finish', () => log.push({ method: req.method, url: req.url, time, ended: Date.now() }));
		});
		process.on('message', (msg) => {
			if (msg.cmd === 'cost') sb.setCost(msg.value);
			if (msg.cmd === 'reset') {
				log = [];
				sb.requests.length = 0;
			}
			if (msg.cmd === 'requests') process.send({ requests: [...log].sort((x, y) => x.time - y.time) });
			if (msg.cmd === 'close') sb.close().then(() => process.exit(0));
		});
		process.send({ url: sb.url, keys: sb.keys, orderIds, productIds });
	})().catch((error) => {
		console.error(error);
		process.exit(1);
	});
	return;
}

// ---------------------------------------------------------------------------------------------------------
// The bench

const runtime = require(path.join(root, 'test/e2e/runtime.js'));
const { N8nClient, executionError, nodeOutput } = require(path.join(root, 'test/e2e/client.js'));
const { node, chain, PKG } = require(path.join(root, 'test/e2e/harness.js'));

const OURS = `${PKG}.wooCommerce`;
const BUILTIN = 'n8n-nodes-base.wooCommerce';

function ask(child, cmd, value) {
	return new Promise((resolve) => {
		if (cmd === 'requests') child.once('message', resolve);
		child.send({ cmd, value });
		if (cmd !== 'requests') setImmediate(resolve);
	});
}

/** RSS of a process and its descendants, in bytes (Linux /proc). */
function groupRss(pid) {
	let total = 0;
	const visit = (p) => {
		try {
			const status = fs.readFileSync(`/proc/${p}/status`, 'utf8');
			const kb = Number((/VmRSS:\s+(\d+)/.exec(status) || [])[1] || 0);
			total += kb * 1024;
			for (const task of fs.readdirSync(`/proc/${p}/task`)) {
				const children = fs.readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
				for (const c of children ? children.split(/\s+/) : []) visit(Number(c));
			}
		} catch {
			/* gone */
		}
	};
	visit(pid);
	return total;
}

const code = (name, js) => node(name, 'n8n-nodes-base.code', { jsCode: js }, { typeVersion: 2 });
const trigger = () => node('Start', 'n8n-nodes-base.manualTrigger');

/** The workflows of each workload, for each node: { nodes, connections, count(output) }. */
function workloads(creds, store) {
	const ours = (name, parameters) => node(name, OURS, parameters, { credentials: { wooCommerceRestApi: creds.ours } });
	const builtin = (name, parameters, settings = {}) => ({ ...node(name, BUILTIN, parameters, { credentials: { wooCommerceApi: creds.builtin } }), ...settings });
	const linear = (...nodes) => ({ nodes, connections: chain(...nodes.map((n) => n.name)) });
	// $execution.id makes every run's values new, so each run really has work to do.
	const stockInput = code('Input', `const ids = ${JSON.stringify(store.productIds)};\nreturn ids.map((id, i) => ({ json: { id, qty: Number($execution.id) * 7 + i } }));`);
	const customerInput = code('Input', `return Array.from({ length: ${sizes.customers} }, (_, i) => ({ json: { email: 'c' + $execution.id + '-' + i + '@example.com', first_name: 'Bench' } }));`);
	const syncInput = code(
		'Input',
		`const run = Number($execution.id);\nreturn Array.from({ length: ${sizes.sync} }, (_, i) => ({ json: { sku: 'SYNC-' + i, regular_price: i < ${sizes.changed} ? (100 + run) + '.00' : '10.00' } }));`,
	);
	const orderIds = store.orderIds.slice(0, sizes.gets);
	const getsInput = code('Input', `return ${JSON.stringify(orderIds)}.map((id) => ({ json: { id } }));`);
	const one = code('Input', 'return [{ json: {} }];');
	return {
		1: {
			name: `Update the stock of ${sizes.update} products`,
			builtin: linear(trigger(), stockInput, builtin('Woo', { resource: 'product', operation: 'update', productId: '={{ $json.id }}', updateFields: { manageStock: true, stockQuantity: '={{ $json.qty }}' } })),
			ours: linear(trigger(), stockInput, ours('Woo', { resource: 'product', operation: 'batch', batchAction: 'update', batchId: '={{ $json.id }}', batchData: '={{ { manage_stock: true, stock_quantity: $json.qty } }}' })),
		},
		2: {
			name: `Create ${sizes.customers} customers`,
			builtin: linear(trigger(), customerInput, builtin('Woo', { resource: 'customer', operation: 'create', email: '={{ $json.email }}', additionalFields: { first_name: '={{ $json.first_name }}' } })),
			ours: linear(trigger(), customerInput, ours('Woo', { resource: 'customer', operation: 'batch', batchAction: 'create', batchData: '={{ $json }}' })),
		},
		3: {
			name: `Sync ${sizes.sync} products by SKU, ${sizes.changed} changed`,
			builtin: linear(
				trigger(),
				syncInput,
				builtin('Get Many', { resource: 'product', operation: 'getAll', returnAll: true }, { executeOnce: true }),
				code(
					'Changed',
					`const bySku = new Map($input.all().map((item) => [item.json.sku, item.json]));\nconst out = [];\nfor (const item of $('Input').all()) {\n  const p = bySku.get(item.json.sku);\n  if (p && Number(p.regular_price) !== Number(item.json.regular_price)) out.push({ json: { id: p.id, price: item.json.regular_price } });\n}\nreturn out;`,
				),
				builtin('Woo', { resource: 'product', operation: 'update', productId: '={{ $json.id }}', updateFields: { regularPrice: '={{ $json.price }}' } }),
			),
			// The ERP feed carries WooCommerce's field names, so Map Automatically evaluates no expression per item.
			ours: linear(trigger(), syncInput, ours('Woo', { resource: 'product', operation: 'sync', syncMapping: 'auto', syncFieldNames: ['regular_price'] })),
		},
		4: {
			name: `Return All over ${sizes.orders} orders`,
			checkIds: true,
			builtin: linear(trigger(), one, builtin('Woo', { resource: 'order', operation: 'getAll', returnAll: true })),
			ours: linear(trigger(), one, ours('Woo', { resource: 'order', operation: 'getAll', returnAll: true })),
		},
		5: {
			name: `Return All over ${sizes.orders} orders, Fields id,status,total`,
			checkIds: true,
			// The built-in node has no Fields option: its users get whole orders.
			builtin: linear(trigger(), one, builtin('Woo', { resource: 'order', operation: 'getAll', returnAll: true })),
			ours: linear(trigger(), one, ours('Woo', { resource: 'order', operation: 'getAll', returnAll: true, options: { fields: 'id,status,total' } })),
		},
		6: {
			name: `Get ${sizes.gets} orders one by one`,
			builtin: linear(trigger(), getsInput, builtin('Woo', { resource: 'order', operation: 'get', orderId: '={{ $json.id }}' })),
			ours: linear(trigger(), getsInput, ours('Woo', { resource: 'order', operation: 'get', orderId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } })),
		},
	};
}

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Where the time goes, request by request (for a Return All: page by page), from the store's log. */
function pageProfile(requests, wallMs) {
	const pages = requests.filter((r) => r.ended);
	if (!pages.length) return undefined;
	const storeMs = pages.map((r) => r.ended - r.time);
	const gaps = [];
	for (let i = 1; i < pages.length; i++) gaps.push(Math.max(0, pages[i].time - pages[i - 1].ended));
	const span = pages[pages.length - 1].ended - pages[0].time;
	return {
		pages: pages.length,
		storeMsPerPage: Math.round(median(storeMs)),
		clientGapMsMedian: gaps.length ? Math.round(median(gaps)) : 0,
		requestSpanMs: span,
		outsideRequestsMs: Math.max(0, wallMs - span),
	};
}

async function main() {
	const started = Date.now();
	console.error(`bulk bench: n=${opts.n} runs=${opts.runs} profiles=${opts.profiles.join(', ')} workloads=${opts.workloads.join(',')}; seeding the store...`);
	const child = fork(__filename, [...process.argv.slice(2), '--store'], { stdio: 'inherit' });
	const store = await new Promise((resolve, reject) => {
		child.once('message', resolve);
		child.once('exit', (code) => reject(new Error(`the store exited (${code})`)));
	});
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-bench-'));
	let n8n;
	try {
		await runtime.installPackage(userFolder);
		n8n = await runtime.startN8n({ userFolder, env: { NODE_EXTRA_CA_CERTS: path.join(root, 'test/sandbox/certs/cert.pem'), EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all' } });
		const client = new N8nClient(n8n.url);
		await client.setupOwner({ email: 'bench@example.com', password: 'Bench-Passw0rd', firstName: 'Bench', lastName: 'Mark' });
		const ours = await client.createCredential({
			name: 'ours',
			type: 'wooCommerceRestApi',
			data: { url: store.url, consumerKey: store.keys.readWrite.key, consumerSecret: store.keys.readWrite.secret, authentication: 'auto', signatureMethod: 'HMAC-SHA256', apiVersion: 'wc/v3', ignoreSslIssues: false },
		});
		const builtin = await client.createCredential({
			name: 'built-in',
			type: 'wooCommerceApi',
			data: { url: store.url, consumerKey: store.keys.readWrite.key, consumerSecret: store.keys.readWrite.secret, includeCredentialsInQuery: false },
		});
		const all = workloads({ ours: { id: ours.id, name: ours.name }, builtin: { id: builtin.id, name: builtin.name } }, store);
		const ids = {};
		for (const w of opts.workloads) {
			for (const which of ['builtin', 'ours']) {
				const wf = await client.createWorkflow({ name: `bench ${w} ${which}`, ...all[w][which] });
				ids[`${w}-${which}`] = wf.id;
			}
		}
		const expectedOrders = new Set(store.orderIds);
		const rows = [];
		for (const profile of opts.profiles) {
			for (const w of opts.workloads) {
				const samples = { builtin: [], ours: [] };
				for (let run = 0; run < opts.runs; run++) {
					const order = run % 2 === 0 ? ['builtin', 'ours'] : ['ours', 'builtin'];
					for (const which of order) {
						await ask(child, 'cost', null);
						await ask(child, 'reset');
						await ask(child, 'cost', profile);
						let peak = 0;
						const sampler = setInterval(() => {
							peak = Math.max(peak, groupRss(n8n.process.pid));
						}, 100);
						const execution = await client.runWorkflow(ids[`${w}-${which}`], { timeoutMs: 60 * 60 * 1000 }).finally(() => clearInterval(sampler));
						peak = Math.max(peak, groupRss(n8n.process.pid));
						const error = executionError(execution);
						if (error) throw new Error(`workload ${w} (${which}, ${profile}) failed: ${error}`);
						const wallMs = new Date(execution.stoppedAt).getTime() - new Date(execution.startedAt).getTime();
						const { requests } = await ask(child, 'requests');
						const sample = { wallMs, requests: requests.length, peakRss: peak };
						if (all[w].checkIds) {
							const got = nodeOutput(execution, 'Woo').map((json) => json.id);
							sample.duplicates = got.length - new Set(got).size;
							sample.missing = [...expectedOrders].filter((id) => !got.includes(id)).length;
						}
						sample.pageProfile = pageProfile(requests, wallMs);
						samples[which].push(sample);
						console.error(`  ${profile} · ${w} · ${which} · run ${run + 1}: ${wallMs} ms, ${requests.length} requests`);
					}
				}
				const summary = (list) => ({
					requests: list[0].requests,
					medianMs: median(list.map((s) => s.wallMs)),
					minMs: Math.min(...list.map((s) => s.wallMs)),
					maxMs: Math.max(...list.map((s) => s.wallMs)),
					peakRssMb: Math.round(Math.max(...list.map((s) => s.peakRss)) / 1024 / 1024),
					pageProfile: list[0].pageProfile,
					...(list[0].duplicates !== undefined ? { duplicates: list[0].duplicates, missing: list[0].missing } : {}),
				});
				const b = summary(samples.builtin);
				const o = summary(samples.ours);
				rows.push({ profile, workload: w, name: all[w].name, builtin: b, ours: o, ratio: Number((b.medianMs / o.medianMs).toFixed(1)), samples });
			}
		}
		await ask(child, 'cost', null);

		const line = (cells, widths) => cells.map((c, i) => String(c).padStart(widths[i])).join('  ');
		const widths = [10, 48, 9, 8, 9, 19, 8, 8, 6];
		console.log(`\nBulk benchmark: n=${opts.n}, ${opts.runs} runs each, n8n 2.41.1, sandbox store over HTTPS (${os.cpus().length} CPUs, Node ${process.version})`);
		console.log(line(['profile', 'workload', 'node', 'requests', 'median', 'min-max', 'RSS', 'dup/miss', 'ratio'], widths));
		for (const row of rows) {
			for (const which of ['builtin', 'ours']) {
				const s = row[which];
				console.log(
					line(
						[
							row.profile,
							`${row.workload}. ${row.name}`.slice(0, 48),
							which === 'builtin' ? 'built-in' : 'ours',
							s.requests,
							`${s.medianMs} ms`,
							`${s.minMs}-${s.maxMs} ms`,
							`${s.peakRssMb} MB`,
							s.duplicates === undefined ? '' : `${s.duplicates}/${s.missing}`,
							which === 'ours' ? `${row.ratio}x` : '',
						],
						widths,
					),
				);
			}
		}
		console.log('\nWhere the time goes (first run): requests, store time per request (median), gap between one answer and the next request (median), span from the first request to the last answer, and the execution time outside that span (n8n: start, Input, parameters, output)');
		for (const row of rows) {
			for (const which of ['builtin', 'ours']) {
				const p = row[which].pageProfile;
				if (!p) continue;
				console.log(
					`${row.profile} ${row.workload} ${which}: ${p.pages} requests, store ${p.storeMsPerPage} ms each, gap ${p.clientGapMsMedian} ms, span ${p.requestSpanMs} ms, outside ${p.outsideRequestsMs} ms`,
				);
			}
		}
		fs.mkdirSync(opts.out, { recursive: true });
		const file = path.join(opts.out, `bulk-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
		fs.writeFileSync(file, JSON.stringify({ options: opts, sizes, cpus: os.cpus().length, node: process.version, startedAt: new Date(started).toISOString(), rows }, null, 2));
		console.log(`\nJSON: ${path.relative(root, file)} (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
	} finally {
		if (n8n) await n8n.stop();
		fs.rmSync(userFolder, { recursive: true, force: true });
		await ask(child, 'close');
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
