'use strict';
/**
 * What the package costs n8n at start and on disk (issue 11 targets: at most 30 ms added to n8n's start, the packed
 * package under 1 MB). Needs a build (`npm run build`).
 *
 * Load: a fresh Node process first loads n8n-workflow and n8n-core (n8n has them loaded already), then times requiring each
 * file the `n8n` attribute of package.json names and creating its class (what n8n's loader does). Median of --runs.
 * Size: `npm pack --dry-run --json` (what npm would publish).
 *
 *   node test/bench/load.bench.js [--runs 15]
 */
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
const pkg = require(path.join(root, 'package.json'));
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;

const probe = `
const path = require('node:path');
const workflow = require('n8n-workflow');
for (const key of Object.keys(workflow)) void workflow[key];
require('n8n-core');
const files = ${JSON.stringify([...pkg.n8n.nodes, ...pkg.n8n.credentials])};
const start = process.hrtime.bigint();
for (const file of files) {
	const mod = require(path.join(${JSON.stringify(root)}, file));
	for (const Cls of Object.values(mod)) if (typeof Cls === 'function') new Cls();
}
process.stdout.write(String(Number(process.hrtime.bigint() - start) / 1e6));
`;

const times = [];
for (let i = 0; i < runs; i++) times.push(Number(execFileSync(process.execPath, ['-e', probe], { cwd: root }).toString()));
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];

const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString());
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
console.log('| measure | value | target |');
console.log('| --- | --- | --- |');
console.log(`| load (require + create every node and credential class), median of ${runs} | ${median.toFixed(1)} ms (min ${times[0].toFixed(1)}, max ${times[times.length - 1].toFixed(1)}) | at most 30 ms |`);
console.log(`| packed package | ${kb(packed.size)} (${packed.entryCount} files, ${kb(packed.unpackedSize)} unpacked) | under 1 MB |`);
