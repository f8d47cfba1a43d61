'use strict';
/** Example workflows (test/examples/*.json): load them and bind them to a credential for import. */

const fs = require('node:fs');
const path = require('node:path');

const EXAMPLES_DIR = path.join(__dirname, '..', 'examples');
const CREDENTIAL_TYPE = 'wooCommerceRestApi';

/** @returns {{ file: string, workflow: any }[]} */
function loadExamples(dir = EXAMPLES_DIR) {
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((file) => ({ file, workflow: JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) }));
}

/** A copy of `workflow` whose WooCommerce nodes use `credential` ({ id, name }); only fields n8n's API accepts. */
function bindExample(workflow, credential) {
	const nodes = workflow.nodes.map((node) => {
		const copy = JSON.parse(JSON.stringify(node));
		if (copy.credentials && copy.credentials[CREDENTIAL_TYPE]) {
			copy.credentials[CREDENTIAL_TYPE] = { id: credential.id, name: credential.name };
		}
		return copy;
	});
	return {
		name: workflow.name,
		nodes,
		connections: workflow.connections,
		settings: { executionOrder: 'v1' },
	};
}

module.exports = { loadExamples, bindExample, EXAMPLES_DIR };
