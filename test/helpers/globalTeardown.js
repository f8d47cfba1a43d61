'use strict';
const fs = require('fs');

module.exports = async () => {
	if (process.env.N8N_WC_TEST_TMP) fs.rmSync(process.env.N8N_WC_TEST_TMP, { recursive: true, force: true });
};
