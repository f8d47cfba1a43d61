/**
 * Must be imported before n8n-core: n8n-core reads N8N_USER_FOLDER when its settings are first built and
 * would otherwise write ~/.n8n/config. One folder per process, inside the run's temp folder (jest's globalSetup
 * makes it, its globalTeardown removes it). Outside jest: <tmp>/n8n-wc-tests/<pid>, where folders of processes
 * that are gone are removed on the next start.
 */
import { mkdirSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

const parent = process.env.N8N_WC_TEST_TMP || join(tmpdir(), 'n8n-wc-tests');
const folder = join(parent, String(process.pid));
if (process.env.N8N_USER_FOLDER !== folder) {
	mkdirSync(folder, { recursive: true });
	for (const name of readdirSync(parent)) {
		const pid = Number(name);
		if (Number.isInteger(pid) && pid !== process.pid && !alive(pid)) rmSync(join(parent, name), { recursive: true, force: true });
	}
	process.env.N8N_USER_FOLDER = folder;
	process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
}
process.env.N8N_DIAGNOSTICS_ENABLED ??= 'false';
process.env.N8N_LOG_LEVEL ??= 'silent';

export const N8N_USER_FOLDER = folder;
