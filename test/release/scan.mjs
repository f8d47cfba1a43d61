// Runs n8n's scanner on a folder the way it scans a published package:
//   node test/release/scan.mjs source <checkout>     the node and credential sources and package.json
//   node test/release/scan.mjs tarball <unpacked>    the packed package's JavaScript and package.json
// Prints the scanner's findings and exits 1 when there are any.
import path from 'node:path';

import { analyzePackage, SOURCE_FILE_PATTERNS, TARBALL_FILE_PATTERNS } from './scanner.mjs';

const [leg, dir] = process.argv.slice(2);
const patterns = { source: SOURCE_FILE_PATTERNS, tarball: TARBALL_FILE_PATTERNS }[leg];
if (!patterns || !dir) {
	console.error('usage: node test/release/scan.mjs source|tarball <folder>');
	process.exit(2);
}
const result = await analyzePackage(path.resolve(dir), patterns);
if (!result.passed) {
	console.error(`${result.message}\n${result.details ?? ''}`);
	process.exit(1);
}
console.log(`n8n's scanner: no findings in the ${leg} (${dir})`);
