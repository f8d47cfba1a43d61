// The rules n8n's scanner runs before it verifies a package, taken from the scanner itself.
import { buildScanConfig } from './test/release/scanner.mjs';

export default await buildScanConfig();
