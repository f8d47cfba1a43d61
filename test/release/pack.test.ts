/**
 * What a maintainer publishes: a fresh clone of the last commit, packed the way the README and the publish workflow
 * pack it, must hold a package n8n can load, pass n8n's scanner, and ship no source map that points at missing files.
 */
import '../helpers/n8nEnv';

import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'fs';
import { tmpdir } from 'os';
import { join, posix } from 'path';

import { PackageDirectoryLoader } from 'n8n-core';
import type { INodeType } from 'n8n-workflow';

const ROOT = join(__dirname, '..', '..');

function run(command: string, args: string[], cwd: string) {
	const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
	}
	return result.stdout;
}

let work: string;
let clone: string;
let unpacked: string;
let shipped: Set<string>;
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'n8n-wc-pack-'));
	clone = join(work, 'clone');
	run('git', ['clone', '--quiet', '--no-checkout', ROOT, clone], work);
	run('git', ['checkout', '--quiet', '--detach', run('git', ['rev-parse', 'HEAD'], ROOT).trim()], clone);
	// The clone and the unpacked package both resolve their dev and peer dependencies from here (like npm ci would).
	symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');

	// The build's own output comes first on stdout; npm's JSON report is the array at the end.
	const output = run('npm', ['pack', '--json', '--pack-destination', work], clone);
	const [packed] = JSON.parse(output.slice(output.search(/^\[\s*\{/m)));
	shipped = new Set((packed.files as Array<{ path: string }>).map((file) => file.path));
	unpacked = join(work, 'unpacked');
	mkdirSync(unpacked);
	run('tar', ['-xzf', join(work, packed.filename), '-C', unpacked, '--strip-components=1'], work);
}, 300_000);

afterAll(() => {
	if (work) rmSync(work, { recursive: true, force: true });
});

it('ships every file the n8n attribute names, built from the clone', () => {
	const named = [...manifest.n8n.credentials, ...manifest.n8n.nodes] as string[];
	expect(named.filter((file) => !shipped.has(file))).toEqual([]);
	expect(shipped.has('package.json')).toBe(true);
});

it('ships no source map and no sourceMappingURL that points at a file it does not ship', () => {
	const dangling: string[] = [];
	for (const file of shipped) {
		if (file.endsWith('.map')) {
			const map = JSON.parse(readFileSync(join(unpacked, file), 'utf8'));
			for (const source of map.sources as string[]) {
				const target = posix.join(posix.dirname(file), map.sourceRoot ?? '', source);
				if (!shipped.has(target)) dangling.push(`${file} -> ${target}`);
			}
		}
		if (file.endsWith('.js')) {
			const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(join(unpacked, file), 'utf8'))?.[1];
			if (url && !url.startsWith('data:') && !shipped.has(posix.join(posix.dirname(file), url))) {
				dangling.push(`${file} -> ${url}`);
			}
		}
	}
	expect(dangling).toEqual([]);
});

it('loads in n8n: every node and the credential, with their icons', async () => {
	const loader = new PackageDirectoryLoader(unpacked);
	await loader.loadAll();
	expect(Object.keys(loader.nodeTypes).sort()).toEqual(['wooCommerce', 'wooCommercePollTrigger', 'wooCommerceTrigger']);
	expect(Object.keys(loader.credentialTypes)).toEqual(['wooCommerceRestApi']);

	// n8n serves icons from `icons/<package>/<path in the package>`.
	const iconUrls = [
		...Object.values(loader.nodeTypes).map(({ type }) => (type as INodeType).description.iconUrl),
		...Object.values(loader.credentialTypes).map(({ type }) => type.iconUrl),
	].flatMap((url) => (typeof url === 'string' ? [url] : Object.values(url ?? {})));
	const icons = iconUrls.map((url) => url.replace(`icons/${manifest.name}/`, ''));
	expect(icons).toHaveLength(8);
	expect(icons.filter((file) => !shipped.has(file))).toEqual([]);
});

// n8n's scanner lints the source its provenance points at and the published tarball; both legs must be clean.
it.each([
	['source', () => clone],
	['tarball', () => unpacked],
])("n8n's scanner finds nothing in the %s", (leg, dir) => {
	const result = spawnSync(process.execPath, [join(ROOT, 'test', 'release', 'scan.mjs'), leg, dir()], {
		cwd: ROOT,
		encoding: 'utf8',
		// eslint-plugin-n8n-nodes-base treats every file as a node file when NODE_ENV is "test" (jest sets it).
		env: { ...process.env, NODE_ENV: 'production' },
	});
	expect(`${result.stdout}${result.stderr}`).toContain("n8n's scanner: no findings");
	expect(result.status).toBe(0);
});
