'use strict';
/**
 * An n8n queue-mode cluster on 127.0.0.1 for the end-to-end suite:
 * Redis + PostgreSQL (Debian packages, installed when missing, data in temp dirs), n8n main (`n8n start`),
 * 2 webhook processes (`n8n webhook`) behind a small round-robin proxy (WEBHOOK_URL points at it) and
 * 2 workers (`n8n worker`), every n8n process with its own user folder and the packed package installed in it.
 *
 * startCluster() → { main, webhooks, workers, proxy, client, restartMain(), workerOf(executionId), stop(), timings }
 */

const fs = require('node:fs');
const fsp = require('node:fs/promises');
const os = require('node:os');
const path = require('node:path');
const http = require('node:http');
const crypto = require('node:crypto');
const { spawn, spawnSync } = require('node:child_process');
const runtime = require('../runtime');
const { N8nClient } = require('../client');

const { sleep, log } = runtime;

function ensureDebianPackages() {
	const missing = [];
	if (!fs.existsSync('/usr/bin/redis-server')) missing.push('redis-server');
	if (!postgresBinDir()) missing.push('postgresql');
	if (!missing.length) return;
	log(`installing ${missing.join(', ')} (apt-get)`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
	if (update.status !== 0) throw new Error('apt-get update failed');
	const install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
	if (install.status !== 0) throw new Error(`apt-get install ${missing.join(' ')} failed`);
}

function postgresBinDir() {
	const root = '/usr/lib/postgresql';
	if (!fs.existsSync(root)) return null;
	const versions = fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'pg_ctl')));
	versions.sort((a, b) => Number(b) - Number(a));
	return versions.length ? path.join(root, versions[0], 'bin') : null;
}

/** Spawns a long-running process in its own group, output to `logFile`; killed with the test process. */
function spawnLogged(cmd, args, { env, cwd, logFile, uid, gid }) {
	const out = fs.openSync(logFile, 'a');
	const child = runtime.track(
		spawn(cmd, args, { env, cwd, stdio: ['ignore', out, out], detached: true, uid, gid }),
	);
	fs.closeSync(out);
	child.exitInfo = null;
	child.on('exit', (code, signal) => {
		child.exitInfo = { code, signal };
	});
	return child;
}

async function stopChild(child, graceMs = 15000) {
	if (!child || child.exitInfo) return;
	const done = new Promise((resolve) => child.once('exit', resolve));
	runtime.killGroup(child, 'SIGTERM');
	const timer = setTimeout(() => runtime.killGroup(child, 'SIGKILL'), graceMs);
	await done;
	clearTimeout(timer);
	runtime.killGroup(child, 'SIGKILL'); // the task runner shares the group
}

async function waitUntil(what, probe, { timeoutMs = 180000, child, logFile } = {}) {
	const started = Date.now();
	for (;;) {
		if (child?.exitInfo) {
			throw new Error(`${what}: the process exited (${JSON.stringify(child.exitInfo)}); log ${logFile}:\n${tail(logFile)}`);
		}
		if (await probe()) return Date.now() - started;
		if (Date.now() - started > timeoutMs) throw new Error(`${what}: not ready after ${timeoutMs / 1000} s; log ${logFile}:\n${tail(logFile)}`);
		await sleep(250);
	}
}

function tail(file, lines = 30) {
	try {
		return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
	} catch {
		return '';
	}
}

function httpStatus(url) {
	return new Promise((resolve) => {
		const req = http.get(url, { timeout: 2000 }, (res) => {
			res.resume();
			resolve(res.statusCode);
		});
		req.on('timeout', () => req.destroy());
		req.on('error', () => resolve(0));
	});
}

// ---------------------------------------------------------------------------------------------------------
// Redis and PostgreSQL

async function startRedis(dir) {
	const port = await runtime.freePort();
	const logFile = path.join(dir, 'redis.log');
	const child = spawnLogged(
		'/usr/bin/redis-server',
		['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--dir', dir],
		{ env: process.env, cwd: dir, logFile },
	);
	await waitUntil('redis', () => fs.readFileSync(logFile, 'utf8').includes('Ready to accept connections'), { child, logFile, timeoutMs: 30000 });
	return { port, stop: () => stopChild(child) };
}

async function startPostgres(dir) {
	const bin = postgresBinDir();
	const port = await runtime.freePort();
	const data = path.join(dir, 'pgdata');
	const socketDir = path.join(dir, 'pgsocket');
	const logFile = path.join(dir, 'postgres.log');
	await fsp.mkdir(socketDir, { recursive: true });
	const { uid, gid } = postgresUser();
	// The server refuses to run as root: the postgres user owns the temp dir.
	spawnSync('chown', ['-R', `${uid}:${gid}`, dir]);
	await fsp.chmod(dir, 0o755);
	const initdb = spawnSync(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'], {
		uid,
		gid,
		encoding: 'utf8',
		cwd: dir,
	});
	if (initdb.status !== 0) throw new Error(`initdb failed: ${initdb.stderr || initdb.stdout}`);
	const child = spawnLogged(
		path.join(bin, 'postgres'),
		['-D', data, '-p', String(port), '-k', socketDir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=200'],
		{ env: process.env, cwd: dir, logFile, uid, gid },
	);
	const psql = (sql) =>
		spawnSync(path.join(bin, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-tAc', sql], {
			encoding: 'utf8',
		});
	await waitUntil('postgres', () => psql('select 1').stdout.trim() === '1', { child, logFile, timeoutMs: 60000 });
	const created = psql('create database n8n');
	if (created.status !== 0) throw new Error(`create database failed: ${created.stderr}`);
	return { port, database: 'n8n', user: 'postgres', psql, stop: () => stopChild(child, 10000) };
}

function postgresUser() {
	const res = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
	const gres = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
	if (res.status !== 0) throw new Error('there is no postgres user (install the postgresql package)');
	return { uid: Number(res.stdout.trim()), gid: Number(gres.stdout.trim()) };
}

// ---------------------------------------------------------------------------------------------------------
// Round-robin proxy in front of the webhook processes (the load balancer of a real setup)

/**
 * Round-robin over `targets`; records which target got each request (`routed`). `proxy.intercept`, when set,
 * is awaited with (method, url, headers, body) before a request is forwarded (to act while n8n waits on it);
 * `proxy.down` answers 503 to everything (n8n is down, as the store sees it).
 */
async function startProxy(targets) {
	const proxy = { served: targets.map(() => 0), routed: [], intercept: null, down: false };
	let next = 0;
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', async () => {
			const body = Buffer.concat(chunks);
			// `down`: the n8n behind the load balancer is not there; every request gets the balancer's 503.
			if (proxy.down) {
				res.writeHead(503, { 'content-type': 'text/plain' });
				res.end('proxy: no upstream');
				return;
			}
			if (proxy.intercept) await proxy.intercept(req.method, req.url, req.headers, body).catch(() => {});
			const index = next++ % targets.length;
			proxy.served[index]++;
			proxy.routed.push({ index, url: req.url });
			const upstream = http.request(
				{ host: '127.0.0.1', port: targets[index].port, method: req.method, path: req.url, headers: req.headers },
				(up) => {
					res.writeHead(up.statusCode, up.headers);
					up.pipe(res);
				},
			);
			upstream.on('error', (error) => {
				res.writeHead(502, { 'content-type': 'text/plain' });
				res.end(`proxy: ${error.message}`);
			});
			upstream.end(body);
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	proxy.url = `http://127.0.0.1:${server.address().port}/`;
	proxy.stop = () => new Promise((resolve) => server.close(resolve));
	return proxy;
}

// ---------------------------------------------------------------------------------------------------------
// n8n processes

/** Packs the project once and installs the tarball into each user folder's .n8n/nodes, as users install it. */
async function installPackageInto(folders, packDir) {
	const { tarball } = await runtime.packProject(packDir);
	await Promise.all(
		folders.map(async (folder) => {
			const nodesDir = path.join(folder, '.n8n', 'nodes');
			await fsp.mkdir(nodesDir, { recursive: true });
			await fsp.writeFile(path.join(nodesDir, 'package.json'), JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }) + '\n');
			const res = await new Promise((resolve) => {
				const child = spawn(
					runtime.NODE24_BIN,
					[runtime.npmCliFor24(), 'i', '--legacy-peer-deps', '--ignore-scripts', '--no-audit', '--no-fund', '--offline', tarball],
					{ cwd: nodesDir, env: runtime.node24Env(), stdio: ['ignore', 'pipe', 'pipe'] },
				);
				let output = '';
				child.stdout.on('data', (d) => (output += d));
				child.stderr.on('data', (d) => (output += d));
				child.on('exit', (code) => resolve({ code, output }));
			});
			if (res.code !== 0) throw new Error(`npm i ${tarball} in ${nodesDir} failed:\n${res.output}`);
		}),
	);
	return tarball;
}

/** Environment shared by every n8n process of the cluster (see test/e2e/README.md, "Queue mode"). */
function clusterEnv({ redis, postgres, encryptionKey, webhookUrl }) {
	return {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(redis.port),
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(postgres.port),
		DB_POSTGRESDB_DATABASE: postgres.database,
		DB_POSTGRESDB_USER: postgres.user,
		DB_POSTGRESDB_PASSWORD: 'unused-trust-auth',
		N8N_ENCRYPTION_KEY: encryptionKey,
		WEBHOOK_URL: webhookUrl,
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_REINSTALL_MISSING_PACKAGES: 'false',
		N8N_PUBLIC_API_SWAGGERUI_DISABLED: 'true',
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_LOG_OUTPUT: 'console',
		// debug: the poll scheduler's lines show which process polls.
		N8N_LOG_LEVEL: 'debug',
		NODE_ENV: 'production',
	};
}

function baseEnv() {
	const env = runtime.node24Env();
	delete env.NODE_OPTIONS;
	delete env.JEST_WORKER_ID;
	for (const key of Object.keys(env)) if (/^(N8N_|DB_|WEBHOOK_URL$|QUEUE_|EXECUTIONS_|OFFLOAD_)/.test(key)) delete env[key];
	return env;
}

/**
 * One n8n process: `role` is 'main' (n8n start), 'webhook' (n8n webhook) or 'worker' (n8n worker).
 * Ready when its HTTP server (main, webhook) or its worker server (worker) answers /healthz/readiness.
 */
function n8nProcess({ role, name, userFolder, shared, extraEnv = {} }) {
	const proc = { role, name, userFolder, logFile: path.join(userFolder, `${name}.log`), child: null, port: 0 };
	proc.start = async () => {
		proc.port = proc.port || (await runtime.freePort());
		const brokerPort = await runtime.freePort();
		const tmp = path.join(userFolder, 'tmp');
		await fsp.mkdir(tmp, { recursive: true });
		const env = {
			...baseEnv(),
			...shared,
			TMPDIR: tmp,
			N8N_USER_FOLDER: userFolder,
			N8N_RUNNERS_BROKER_PORT: String(brokerPort),
			...(role === 'worker'
				? { QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(proc.port), N8N_WORKER_SERVER_ADDRESS: '127.0.0.1' }
				: {
						N8N_LISTEN_ADDRESS: '127.0.0.1',
						N8N_HOST: '127.0.0.1',
						N8N_PORT: String(proc.port),
						N8N_PROTOCOL: 'http',
						N8N_EDITOR_BASE_URL: `http://127.0.0.1:${proc.port}/`,
					}),
			...extraEnv,
		};
		const args = role === 'main' ? ['start'] : role === 'webhook' ? ['webhook'] : ['worker', '--concurrency=5'];
		fs.appendFileSync(proc.logFile, `\n=== ${new Date().toISOString()} n8n ${args.join(' ')} ===\n`);
		proc.child = spawnLogged(runtime.NODE24_BIN, [runtime.N8N_BIN, ...args], { env, cwd: userFolder, logFile: proc.logFile });
		proc.url = `http://127.0.0.1:${proc.port}`;
		const ms = await waitUntil(
			`n8n ${role} (${name})`,
			async () => (await httpStatus(`${proc.url}/healthz/readiness`)) === 200,
			{ child: proc.child, logFile: proc.logFile },
		);
		log(`${name} ready in ${(ms / 1000).toFixed(1)} s`);
		return ms;
	};
	proc.stop = () => stopChild(proc.child);
	proc.log = () => fs.readFileSync(proc.logFile, 'utf8');
	return proc;
}

// ---------------------------------------------------------------------------------------------------------

const OWNER = { email: 'queue@example.com', password: 'Queue-Passw0rd', firstName: 'Queue', lastName: 'Mode' };

async function startCluster() {
	const timings = {};
	const mark = (key, since) => (timings[key] = Date.now() - since);
	const cleanups = [];
	const stop = async () => {
		for (const fn of cleanups.reverse()) await fn().catch((error) => log(`cleanup: ${error.message}`));
	};
	let t = Date.now();
	try {
		ensureDebianPackages();
		await runtime.ensureN8n();
		mark('prerequisitesMs', t);

		const root = await fsp.mkdtemp(path.join(os.tmpdir(), 'n8n-queue-'));
		cleanups.push(() => (process.env.N8N_E2E_KEEP ? Promise.resolve() : fsp.rm(root, { recursive: true, force: true })));
		await fsp.chmod(root, 0o711); // PostgreSQL runs as the postgres user inside it
		const dbDir = path.join(root, 'db');
		const redisDir = path.join(root, 'redis');
		await fsp.mkdir(dbDir);
		await fsp.mkdir(redisDir);

		t = Date.now();
		const [redis, postgres] = await Promise.all([startRedis(redisDir), startPostgres(dbDir)]);
		cleanups.push(redis.stop, postgres.stop);
		mark('redisPostgresMs', t);

		const names = ['main', 'webhook-1', 'webhook-2', 'worker-1', 'worker-2'];
		const folders = Object.fromEntries(names.map((n) => [n, path.join(root, n)]));
		t = Date.now();
		await installPackageInto(Object.values(folders), path.join(root, 'pack'));
		mark('packInstallMs', t);

		// The proxy needs the webhook ports before they start: pick them now.
		const webhookPorts = [await runtime.freePort(), await runtime.freePort()];
		const proxy = await startProxy(webhookPorts.map((port) => ({ port })));
		cleanups.push(proxy.stop);

		const shared = clusterEnv({ redis, postgres, encryptionKey: crypto.randomBytes(24).toString('hex'), webhookUrl: proxy.url });
		const main = n8nProcess({ role: 'main', name: 'main', userFolder: folders.main, shared });
		const webhooks = [1, 2].map((i) => n8nProcess({ role: 'webhook', name: `webhook-${i}`, userFolder: folders[`webhook-${i}`], shared }));
		webhooks.forEach((w, i) => (w.port = webhookPorts[i]));
		const workers = [1, 2].map((i) => n8nProcess({ role: 'worker', name: `worker-${i}`, userFolder: folders[`worker-${i}`], shared }));
		const all = [main, ...webhooks, ...workers];
		cleanups.push(() => Promise.all(all.map((p) => p.stop())));

		// main first: it runs the database migrations the others expect.
		t = Date.now();
		await main.start();
		mark('mainStartMs', t);
		t = Date.now();
		await Promise.all([...webhooks, ...workers].map((p) => p.start()));
		mark('webhooksWorkersStartMs', t);

		const expected = runtime.expectedTypes();
		const loaded = runtime.verifyPackageLoaded(folders.main, { ...expected, logFile: main.logFile });

		const client = new N8nClient(main.url);
		await client.setupOwner(OWNER);

		const restartMain = async () => {
			await main.stop();
			const ms = await main.start();
			await client.login(OWNER);
			return ms;
		};

		/** The worker whose log says it ran the execution (n8n logs "Worker started execution <id>"). */
		const workerOf = (executionId) => {
			const ran = workers.filter((w) => new RegExp(`Worker started execution ${executionId} \\(`).test(w.log()));
			return ran.map((w) => w.name);
		};

		return { root, redis, postgres, proxy, main, webhooks, workers, client, loaded, expected, restartMain, workerOf, timings, stop };
	} catch (error) {
		await stop();
		throw error;
	}
}

module.exports = { startCluster, OWNER };
