#!/usr/bin/env node
'use strict';
/**
 * `npm run dev`: the package in a real n8n, one command.
 *
 *   1. builds the package (npm run build),
 *   2. installs the real n8n runtime once (Node 24 + n8n into .n8n-runtime/, ~6 minutes the first time),
 *   3. starts the sandbox store with demo data (or uses a real store, see below),
 *   4. starts n8n with the packed package installed in its nodes folder, creates the owner account,
 *      a "WooCommerce REST API" credential pointing at the store and imports the example workflows,
 *   5. prints the editor URL and the login; Ctrl-C stops everything.
 *
 * Environment:
 *   N8N_PORT (default 5678), WOO_SANDBOX_PORT (default 8089)
 *   WOO_URL, WOO_CONSUMER_KEY, WOO_CONSUMER_SECRET: use a real store instead of the sandbox. The keys go to
 *     n8n's API only (n8n stores them encrypted); they are never written to disk in clear nor printed.
 *   DEV_SKIP_BUILD=1: do not run `npm run build`.
 *
 * Runs under Node 20 (it starts Node 24 for n8n). Each run starts from a fresh n8n user folder.
 */

const fs = require('node:fs');
const fsp = require('node:fs/promises');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');

const runtime = require('../e2e/runtime');
const { N8nClient } = require('../e2e/client');
const { loadExamples, bindExample } = require('./examples');

const ROOT = runtime.ROOT;
const OWNER = { email: 'dev@example.com', password: 'Dev-Passw0rd', firstName: 'Dev', lastName: 'Owner' };
const CREDENTIAL_TYPE = 'wooCommerceRestApi';

function say(msg) {
	process.stdout.write(`${msg}\n`);
}

function fail(msg) {
	process.stderr.write(`\n[dev] ${msg}\n`);
	process.exitCode = 1;
}

function portFromEnv(name, fallback) {
	const raw = process.env[name];
	if (!raw) return fallback;
	const port = Number(raw);
	if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${name}=${raw} is not a port number`);
	return port;
}

function build() {
	return new Promise((resolve, reject) => {
		const npmCli = process.env.npm_execpath && /npm-cli\.js$/.test(process.env.npm_execpath) ? process.env.npm_execpath : null;
		const [cmd, args] = npmCli ? [process.execPath, [npmCli, 'run', 'build']] : ['npm', ['run', 'build']];
		const child = runtime.track(spawn(cmd, args, { cwd: ROOT, stdio: 'inherit' }));
		child.on('error', reject);
		child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run build failed (exit code ${code})`))));
	});
}

async function portIsFree(port) {
	const net = require('node:net');
	return new Promise((resolve) => {
		const srv = net.createServer();
		srv.once('error', () => resolve(false));
		srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
	});
}

async function main() {
	const started = Date.now();
	const realStore = Boolean(process.env.WOO_URL);
	if (realStore && (!process.env.WOO_CONSUMER_KEY || !process.env.WOO_CONSUMER_SECRET)) {
		throw new Error('WOO_URL is set: WOO_CONSUMER_KEY and WOO_CONSUMER_SECRET are needed too');
	}
	const n8nPort = portFromEnv('N8N_PORT', 5678);
	const sandboxPort = portFromEnv('WOO_SANDBOX_PORT', 8089);
	if (!(await portIsFree(n8nPort))) throw new Error(`port ${n8nPort} is in use: set N8N_PORT to another port`);
	if (!realStore && !(await portIsFree(sandboxPort))) {
		throw new Error(`port ${sandboxPort} is in use: set WOO_SANDBOX_PORT to another port`);
	}

	if (!process.env.DEV_SKIP_BUILD) {
		say('[dev] building the package (npm run build)');
		await build();
	}
	runtime.checkBuilt();

	say('[dev] checking the n8n runtime (installs once into .n8n-runtime/, a few minutes the first time)');
	await runtime.ensureN8n();

	let sandbox = null;
	let credentialData;
	if (realStore) {
		credentialData = {
			url: process.env.WOO_URL,
			consumerKey: process.env.WOO_CONSUMER_KEY,
			consumerSecret: process.env.WOO_CONSUMER_SECRET,
			authentication: process.env.WOO_AUTHENTICATION || 'auto',
			signatureMethod: 'HMAC-SHA256',
			apiVersion: process.env.WOO_API_VERSION || 'wc/v3',
			ignoreSslIssues: process.env.WOO_ALLOW_UNAUTHORIZED_CERTS === 'true',
		};
	} else {
		const { startSandbox } = require('../sandbox');
		sandbox = await startSandbox({ seed: 'demo', port: sandboxPort, allowedWebhookPorts: 'any' });
		credentialData = {
			url: sandbox.url,
			consumerKey: sandbox.keys.readWrite.key,
			consumerSecret: sandbox.keys.readWrite.secret,
			authentication: 'auto', // plain HTTP store: OAuth 1.0a is chosen automatically
			signatureMethod: 'HMAC-SHA256',
			apiVersion: 'wc/v3',
			ignoreSslIssues: false,
		};
	}

	const userFolder = await fsp.mkdtemp(path.join(os.tmpdir(), 'n8n-dev-'));
	let n8n = null;
	const cleanup = async () => {
		if (n8n) await n8n.stop().catch(() => {});
		if (sandbox) await sandbox.close().catch(() => {});
		if (!process.env.N8N_DEV_KEEP) await fsp.rm(userFolder, { recursive: true, force: true }).catch(() => {});
	};
	let stopping = false;
	const onSignal = (sig) => {
		if (stopping) return;
		stopping = true;
		say(`\n[dev] ${sig}: stopping n8n and the sandbox store`);
		cleanup().finally(() => process.exit(0));
	};
	process.on('SIGINT', onSignal);
	process.on('SIGTERM', onSignal);

	try {
		say('[dev] packing the package and installing it into n8n\'s nodes folder');
		await runtime.installPackage(userFolder);
		say('[dev] starting n8n');
		n8n = await runtime.startN8n({ userFolder, port: n8nPort });
		runtime.verifyPackageLoaded(userFolder, { ...runtime.expectedTypes(), logFile: n8n.logFile });

		const client = new N8nClient(n8n.url);
		await client.setupOwner(OWNER);
		const credential = await client.createCredential({
			name: realStore ? 'WooCommerce store' : 'WooCommerce sandbox store',
			type: CREDENTIAL_TYPE,
			data: credentialData,
		});
		const test = await client.testCredential({ id: credential.id, name: credential.name, type: CREDENTIAL_TYPE, data: credentialData });

		const imported = [];
		// A ready-to-run starter: click "Execute workflow" and see the store's orders.
		const starter = await client.createWorkflow({
			name: 'WooCommerce: try it',
			nodes: [
				{ id: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'When clicking ‘Execute workflow’', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
				{
					id: 'a1b2c3d4-0000-4000-8000-000000000002',
					name: 'Get processing orders',
					type: `${runtime.PACKAGE_NAME}.wooCommerce`,
					typeVersion: 1,
					position: [240, 0],
					parameters: { resource: 'order', operation: 'getAll', returnAll: false, limit: 10, filters: { status: ['processing'] }, options: {} },
					credentials: { [CREDENTIAL_TYPE]: { id: credential.id, name: credential.name } },
				},
			],
			connections: { 'When clicking ‘Execute workflow’': { main: [[{ node: 'Get processing orders', type: 'main', index: 0 }]] } },
		});
		imported.push(`${starter.name} (${n8n.url}/workflow/${starter.id})`);
		for (const example of loadExamples()) {
			try {
				const wf = await client.createWorkflow(bindExample(example.workflow, credential));
				imported.push(`${wf.name} (${n8n.url}/workflow/${wf.id})`);
			} catch (error) {
				say(`[dev] could not import example ${example.file}: ${error.message}`);
			}
		}

		const line = '-'.repeat(72);
		say(`\n${line}`);
		say(`n8n ${runtime.N8N_VERSION} with ${runtime.PACKAGE_NAME} is running (ready in ${Math.round((Date.now() - started) / 1000)} s)`);
		say(`  Editor:   ${n8n.url}/`);
		say(`  Login:    ${OWNER.email} / ${OWNER.password}`);
		if (sandbox) {
			say(`  Store:    sandbox store with demo data at ${sandbox.url} (keys in the credential)`);
		} else {
			say(`  Store:    ${credentialData.url}`);
		}
		say(`  Credential "${credential.name}": test ${test.status === 'OK' ? 'passed' : `FAILED: ${test.message}`}`);
		if (imported.length) {
			say('  Example workflows:');
			for (const w of imported) say(`    - ${w}`);
		}
		say(`  n8n log:  ${n8n.logFile}`);
		say('Press Ctrl-C to stop everything.');
		say(line);
	} catch (error) {
		await cleanup();
		throw error;
	}

	// Stay up until Ctrl-C; if n8n dies, say so and stop.
	n8n.process.on('exit', (code, signal) => {
		if (stopping) return;
		fail(`n8n stopped unexpectedly (${signal || code}); last log lines:\n${n8n.logTail(30)}`);
		stopping = true;
		cleanup().finally(() => process.exit(1));
	});
}

if (require.main === module) {
	if (!fs.existsSync(path.join(ROOT, 'package.json'))) {
		fail('run from the repository');
	} else {
		main().catch((error) => {
			fail(error.message);
			process.exit(1);
		});
	}
}

module.exports = { main };
