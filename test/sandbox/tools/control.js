#!/usr/bin/env node
'use strict';
// Drive a running sandbox store over HTTP (the replay hooks use it; so can you, beside `npm run sandbox`):
//   node test/sandbox/tools/control.js <origin> reset
//   node test/sandbox/tools/control.js <origin> run-queue
//   node test/sandbox/tools/control.js <origin> set plainPermalinks=true legacyApi=false webhooksSync=true
// Exits non-zero when the store refuses, so a failing hook skips its group instead of skewing it.
const [origin, action, ...pairs] = process.argv.slice(2);
if (!origin || !['reset', 'run-queue', 'set'].includes(action)) {
	console.error('usage: control.js <origin> reset | run-queue | set name=value...');
	process.exit(2);
}
const values = {};
for (const pair of pairs) {
	const i = pair.indexOf('=');
	if (i < 1) {
		console.error(`control.js: "${pair}" is not name=value`);
		process.exit(2);
	}
	const raw = pair.slice(i + 1);
	values[pair.slice(0, i)] = raw === 'true' ? true : raw === 'false' ? false : raw;
}
const endpoint = action === 'set' ? 'settings' : action;
fetch(`${origin.replace(/\/$/, '')}/__sandbox/${endpoint}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(values) })
	.then(async (res) => {
		const text = await res.text();
		if (!res.ok) throw new Error(`${res.status} ${text}`);
	})
	.catch((e) => {
		console.error(`control.js ${action}: ${e.message}`);
		process.exit(1);
	});
