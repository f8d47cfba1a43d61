'use strict';
// One temp folder per test run (N8N_WC_TEST_TMP, inherited by jest's workers) for what tests write under the system
// temp dir; globalTeardown removes it. Workers cannot clean up after themselves: jest's sandboxed `process` never
// sees the real exit event.
const fs = require('fs');
const os = require('os');
const path = require('path');

module.exports = async () => {
	process.env.N8N_WC_TEST_TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-wc-tests-'));
};
