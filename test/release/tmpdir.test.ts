/**
 * A test run leaves nothing under the system temp dir: a nested jest run (two workers, in-process n8n and a sandbox
 * store) with TMPDIR pointed at an empty folder must leave that folder empty.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');

it('leaves the system temp dir as it found it', () => {
	const tmp = mkdtempSync(join(tmpdir(), 'n8n-wc-tmpcheck-'));
	try {
		const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp };
		delete env.JEST_WORKER_ID;
		delete env.N8N_WC_TEST_TMP;
		const result = spawnSync(
			process.execPath,
			[require.resolve('jest/bin/jest'), '-c', 'test/jest.config.js', 'test/workflow/store.taxes.test.ts', 'test/unit/subtitle.test.ts'],
			{ cwd: ROOT, env, encoding: 'utf8' },
		);
		expect(result.stderr).toMatch(/Tests:\s+\d+ passed/);
		expect(result.status).toBe(0);
		expect(readdirSync(tmp)).toEqual([]);
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}, 120_000);
