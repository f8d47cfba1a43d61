#!/usr/bin/env node
'use strict';
/**
 * Pagination benchmark (prints figures; not a test).
 *
 *   node test/bench/pagination.bench.js [products=5000] [latencyMs=25]
 *
 * Starts the sandbox store (child process) with N products and a per-request latency, then walks every product with
 * wooApiRequestAllItems (Return All) at concurrency 1, 4 and 8, through n8n-core's real request helpers
 * and OAuth 1.0a signing over http://127.0.0.1. Prints requests sent, wall time and RSS.
 * The TypeScript sources are loaded with a tiny require hook (typescript.transpileModule), so no build is needed.
 */
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

require.extensions['.ts'] = function compileTs(module, filename) {
	const source = fs.readFileSync(filename, 'utf8');
	const { outputText } = ts.transpileModule(source, {
		fileName: filename,
		compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2021, esModuleInterop: true, resolveJsonModule: true },
	});
	module._compile(outputText, filename);
};

const root = path.join(__dirname, '..', '..');

const products = Number(process.argv[2] || 5000);
const latencyMs = Number(process.argv[3] || 25);

// The store runs in a child process, so its CPU work (formatting 100 products a page) does not compete with
// the client's: like a real store, it answers after its latency while the client waits on the network.
if (process.argv[4] === '--store') {
	const { startSandbox } = require(path.join(root, 'test/sandbox'));
	const { seedProducts } = require(path.join(root, 'test/helpers/sandboxSeed.ts'));
	(async () => {
		const sb = await startSandbox({ seed: 'empty' });
		await seedProducts(sb, products, 'Bench');
		process.on('message', (msg) => {
			if (msg.cmd === 'latency') sb.settings.latencyMs = msg.value;
			if (msg.cmd === 'reset') sb.requests.length = 0;
			if (msg.cmd === 'count') process.send({ count: sb.requests.filter((r) => r.path === '/wp-json/wc/v3/products').length });
			if (msg.cmd === 'close') sb.close().then(() => process.exit(0));
		});
		process.send({ url: sb.url, keys: sb.keys, rss: process.memoryUsage().rss });
	})();
	return;
}

const { fork } = require('child_process');
const { runInNodeContext } = require(path.join(root, 'test/helpers/n8n.ts'));
const { wooApiRequestAllItems } = require(path.join(root, 'nodes/WooCommerce/transport/index.ts'));

function mb(bytes) {
	return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

function ask(child, cmd, value) {
	return new Promise((resolve) => {
		if (cmd === 'count') child.once('message', resolve);
		child.send({ cmd, value });
		if (cmd !== 'count') setImmediate(resolve);
	});
}

async function main() {
	const child = fork(__filename, [String(products), String(latencyMs), '--store'], { stdio: 'inherit' });
	const ready = await new Promise((resolve) => child.once('message', resolve));
	const creds = {
		url: ready.url,
		consumerKey: ready.keys.readWrite.key,
		consumerSecret: ready.keys.readWrite.secret,
		authentication: 'oauth1',
		apiVersion: 'wc/v3',
	};
	// Warm up module loading and the engine.
	await runInNodeContext(creds, async function () {
		return await wooApiRequestAllItems.call(this, 'products', {}, { returnAll: false, limit: 1 });
	});
	await ask(child, 'latency', latencyMs);

	console.log(`Return All over ${products} products, store latency ${latencyMs} ms per request, OAuth 1.0a over HTTP (Node ${process.version})`);
	console.log('concurrency  requests  wall time  client CPU   items   unique  client RSS');
	for (const concurrency of [1, 4, 8]) {
		await ask(child, 'reset');
		const cpu = process.cpuUsage();
		const started = process.hrtime.bigint();
		const items = await runInNodeContext(creds, async function () {
			return await wooApiRequestAllItems.call(this, 'products', {}, { returnAll: true, concurrency });
		});
		const ms = Number(process.hrtime.bigint() - started) / 1e6;
		const used = process.cpuUsage(cpu);
		const clientCpuMs = (used.user + used.system) / 1000;
		const { count } = await ask(child, 'count');
		const unique = new Set(items.map((i) => i.id)).size;
		const ok = unique === products && items.length === products ? '' : '  MISMATCH';
		console.log(
			`${String(concurrency).padStart(11)}  ${String(count).padStart(8)}  ${`${ms.toFixed(0)} ms`.padStart(9)}  ${`${clientCpuMs.toFixed(0)} ms`.padStart(10)}  ${String(items.length).padStart(6)}  ${String(unique).padStart(7)}  ${mb(process.memoryUsage().rss).padStart(10)}${ok}`,
		);
	}
	console.log('Client RSS = this process (n8n-core + the items held); the store runs in a child process.');
	await ask(child, 'close');
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
