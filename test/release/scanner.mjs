// n8n's own scanner (@n8n/scan-community-package), loaded so that lint and the pack test run exactly its rules.
import { createRequire } from 'node:module';

const scannerPath = createRequire(import.meta.url).resolve('@n8n/scan-community-package/scanner/scanner.mjs');

// The scanner makes a temp dir when it loads and leaves it behind unless its `tmp` is told to clean up at exit.
createRequire(scannerPath)('tmp').setGracefulCleanup();

export const { analyzePackage, buildScanConfig, SOURCE_FILE_PATTERNS } = await import(scannerPath);

// The scanner's second leg: the published tarball's compiled code and package.json.
export const TARBALL_FILE_PATTERNS = ['**/*.js', 'package.json'];
