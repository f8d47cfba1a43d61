'use strict';
/**
 * One real n8n (with the packed package installed) + one sandbox store for the whole end-to-end suite.
 * `startE2e()` → { n8n, client, sandbox, credentials, secrets, stop() }.
 */

const fs = require('node:fs');
const fsp = require('node:fs/promises');
const os = require('node:os');
const path = require('node:path');
const runtime = require('./runtime');
const { N8nClient } = require('./client');

const PKG = runtime.PACKAGE_NAME;
const type = (name) => `${PKG}.${name}`;

const OWNER = { email: 'e2e@example.com', password: 'E2e-Passw0rd', firstName: 'End', lastName: 'ToEnd' };

/** Credential data (as the credential dialog stores it) for the sandbox store. */
function sandboxCredentialData(sandbox, overrides = {}) {
	return {
		url: sandbox.url,
		consumerKey: sandbox.keys.readWrite.key,
		consumerSecret: sandbox.keys.readWrite.secret,
		authentication: 'auto',
		signatureMethod: 'HMAC-SHA256',
		apiVersion: 'wc/v3',
		ignoreSslIssues: false,
		...overrides,
	};
}

async function startE2e({ sandboxOptions = {} } = {}) {
	const timings = {};
	let t = Date.now();
	await runtime.ensureN8n();
	timings.ensureMs = Date.now() - t;

	const cleanups = [];
	const stop = async () => {
		for (const fn of cleanups.reverse()) await fn().catch(() => {});
	};
	try {
		const { startSandbox } = require('../sandbox');
		const sandbox = await startSandbox({ seed: 'demo', allowedWebhookPorts: 'any', ...sandboxOptions });
		cleanups.push(() => sandbox.close());

		const userFolder = await fsp.mkdtemp(path.join(os.tmpdir(), 'n8n-e2e-'));
		cleanups.push(() =>
			process.env.N8N_E2E_KEEP ? Promise.resolve() : fsp.rm(userFolder, { recursive: true, force: true }),
		);
		t = Date.now();
		const pkg = await runtime.installPackage(userFolder);
		timings.packInstallMs = Date.now() - t;

		t = Date.now();
		const n8n = await runtime.startN8n({ userFolder });
		cleanups.push(() => n8n.stop());
		timings.startMs = Date.now() - t;

		const expected = runtime.expectedTypes();
		const loaded = runtime.verifyPackageLoaded(userFolder, { ...expected, logFile: n8n.logFile });

		const client = new N8nClient(n8n.url);
		await client.setupOwner(OWNER);
		return { n8n, client, sandbox, userFolder, pkg, expected, loaded, timings, stop };
	} catch (error) {
		await stop();
		throw error;
	}
}

/** Simple node builder. */
function node(name, nodeType, parameters = {}, extra = {}) {
	return {
		id: extra.id || require('node:crypto').randomUUID(),
		name,
		type: nodeType,
		typeVersion: extra.typeVersion ?? 1,
		position: extra.position || [0, 0],
		parameters,
		...(extra.credentials ? { credentials: extra.credentials } : {}),
		...(extra.webhookId ? { webhookId: extra.webhookId } : {}),
		...(extra.continueOnFail ? { onError: 'continueRegularOutput' } : {}),
	};
}

/** Linear connections a -> b -> c. */
function chain(...names) {
	const connections = {};
	for (let i = 0; i < names.length - 1; i++) {
		connections[names[i]] = { main: [[{ node: names[i + 1], type: 'main', index: 0 }]] };
	}
	return connections;
}

/** Whether `needle` appears anywhere in a file (used to assert that secrets never reach n8n's log). */
function fileContains(file, needle) {
	try {
		return fs.readFileSync(file, 'utf8').includes(needle);
	} catch {
		return false;
	}
}

module.exports = { startE2e, sandboxCredentialData, node, chain, type, fileContains, OWNER, PKG };
