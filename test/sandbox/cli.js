#!/usr/bin/env node
'use strict';
// `npm run sandbox` — start the sandbox WooCommerce store with demo data.
// Options: --port N (or PORT env; default 8787), --tls, --plain-permalinks, --empty
const { startSandbox } = require('./index');

const argv = process.argv.slice(2);
const flag = (n) => argv.includes(n);
const val = (n) => {
	const i = argv.indexOf(n);
	return i >= 0 ? argv[i + 1] : undefined;
};

(async () => {
	const port = Number(val('--port') || process.env.PORT || 8787);
	const tls = flag('--tls');
	const sb = await startSandbox({ port, tls, plainPermalinks: flag('--plain-permalinks'), seed: flag('--empty') ? 'empty' : 'demo', allowedWebhookPorts: 'any', maxRequestLog: 1000 });
	const { readWrite, readOnly } = sb.keys;
	console.log(`Sandbox WooCommerce store running at ${sb.url}`);
	console.log(`  REST API:         ${sb.url}/wp-json/wc/v3`);
	console.log(`  read/write key:   ${readWrite.key} / ${readWrite.secret}`);
	console.log(`  read-only key:    ${readOnly.key} / ${readOnly.secret}`);
	if (tls) console.log('  HTTPS with a self-signed certificate: enable "Ignore SSL Issues"; Basic auth and query-string keys work.');
	else console.log('  plain HTTP: use OAuth 1.0a / Automatic (Basic auth and query-string keys are ignored over HTTP, like WooCommerce).');
	if (flag('--plain-permalinks')) console.log('  Plain permalinks: /wp-json/... redirects to the HTML home page.');
	console.log('  Webhooks: deliveries are queued; they are sent every 2 s. Ctrl-C to stop.');
	const timer = setInterval(() => sb.webhooks.runQueue().catch(() => {}), 2000);
	const stop = async () => {
		clearInterval(timer);
		await sb.close();
		console.log('\nSandbox stopped.');
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
})().catch((e) => {
	console.error(e.message);
	process.exit(1);
});
