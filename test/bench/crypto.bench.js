#!/usr/bin/env node
'use strict';
/**
 * Micro-benchmark (plain Node, prints figures; not a test): webhook signature verification and OAuth 1.0a signing.
 *
 *   npm run bench:crypto -- [seconds per case = 1]
 *
 * The TypeScript sources are loaded with a tiny require hook (typescript.transpileModule), so no build is needed.
 */
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

require.extensions['.ts'] = function compileTs(module, filename) {
	const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
		fileName: filename,
		compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2021, esModuleInterop: true },
	});
	module._compile(outputText, filename);
};

const root = path.join(__dirname, '..', '..');
const { computeSignature, verifySignature } = require(path.join(root, 'nodes/WooCommerce/trigger/signature.ts'));
const { oauth1Sign } = require(path.join(root, 'nodes/WooCommerce/transport/auth.ts'));

const seconds = Number(process.argv[2] || 1);

/** Runs `fn` repeatedly for about `seconds`; returns operations per second and the mean time of one. */
function measure(fn) {
	for (let i = 0; i < 200; i++) fn(); // warm up
	let count = 0;
	const started = process.hrtime.bigint();
	const budget = BigInt(Math.round(seconds * 1e9));
	let elapsed = 0n;
	while (elapsed < budget) {
		for (let i = 0; i < 50; i++) fn();
		count += 50;
		elapsed = process.hrtime.bigint() - started;
	}
	const ms = Number(elapsed) / 1e6;
	return { perSecond: Math.round((count / ms) * 1000), meanMs: ms / count };
}

const secret = 'whsec_bench_0123456789abcdefghijklmnopqrstuvwxyz';
const order = Buffer.from(JSON.stringify({ id: 1234, status: 'processing', total: '49.90', line_items: Array.from({ length: 3 }, (_, i) => ({ id: i, sku: `SKU-${i}`, quantity: 1 })) }));
const big = Buffer.alloc(1024 * 1024, 'a');
const orderSignature = computeSignature(secret, order);
const bigSignature = computeSignature(secret, big);
const sign = (url, method = 'GET') =>
	oauth1Sign({ method, url, consumerKey: 'ck_bench_key', consumerSecret: 'cs_bench_secret', signatureMethod: 'HMAC-SHA256' });

const cases = [
	[`verify a ${order.length}-byte delivery`, () => verifySignature(secret, order, orderSignature)],
	['verify a 1 MB delivery', () => verifySignature(secret, big, bigSignature)],
	['OAuth-sign GET products?page=2&per_page=100', () => sign('http://127.0.0.1:8080/wp-json/wc/v3/products?orderby=id&order=asc&page=2&per_page=100')],
	['OAuth-sign GET products with a 100-SKU list', () => sign(`http://127.0.0.1:8080/wp-json/wc/v3/products?sku=${Array.from({ length: 100 }, (_, i) => `SKU-${i}`).join(',')}&per_page=100`)],
	['OAuth-sign POST products/batch', () => sign('http://127.0.0.1:8080/wp-json/wc/v3/products/batch', 'POST')],
];

console.log(`Signature and signing micro-benchmark (Node ${process.version}, ${seconds} s per case)`);
console.log(`${'case'.padEnd(48)}  ${'ops/s'.padStart(10)}  ${'mean'.padStart(10)}`);
for (const [name, fn] of cases) {
	const { perSecond, meanMs } = measure(fn);
	console.log(`${name.padEnd(48)}  ${String(perSecond).padStart(10)}  ${`${meanMs < 1 ? (meanMs * 1000).toFixed(1) + ' µs' : meanMs.toFixed(2) + ' ms'}`.padStart(10)}`);
}
