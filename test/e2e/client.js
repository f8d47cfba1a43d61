'use strict';
/**
 * A small client for a running n8n 2.x: owner setup and login (cookie, `browser-id` header), an API key for
 * the public API (/api/v1), credentials, workflows (create/import, activate, deactivate, run) and executions.
 * CommonJS; uses Node's global fetch (Node 20+).
 */

const crypto = require('node:crypto');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class N8nHttpError extends Error {
	constructor(method, path, status, body) {
		const detail = typeof body === 'string' ? body : JSON.stringify(body);
		super(`n8n ${method} ${path} answered ${status}: ${String(detail).slice(0, 600)}`);
		this.status = status;
		this.body = body;
	}
}

class N8nClient {
	/** @param {string} url e.g. http://127.0.0.1:5678 */
	constructor(url) {
		this.url = url.replace(/\/$/, '');
		this.cookie = '';
		this.apiKey = '';
		this.browserId = crypto.randomUUID();
	}

	async request(method, path, { body, api = false, expect, headers = {} } = {}) {
		const h = { accept: 'application/json', 'browser-id': this.browserId, ...headers };
		if (body !== undefined) h['content-type'] = 'application/json';
		if (api) {
			if (!this.apiKey) throw new Error('No API key: call setupOwner() first');
			h['x-n8n-api-key'] = this.apiKey;
		} else if (this.cookie) {
			h.cookie = this.cookie;
		}
		const res = await fetch(this.url + path, {
			method,
			headers: h,
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const setCookies = typeof res.headers.getSetCookie === 'function' ? res.headers.getSetCookie() : [];
		for (const c of setCookies) {
			const pair = c.split(';')[0];
			if (pair.startsWith('n8n-auth=')) this.cookie = pair;
		}
		const text = await res.text();
		let data = text;
		try {
			data = text ? JSON.parse(text) : null;
		} catch {
			/* not JSON */
		}
		const ok = expect ? [].concat(expect).includes(res.status) : res.status >= 200 && res.status < 300;
		if (!ok) throw new N8nHttpError(method, path, res.status, data);
		return { status: res.status, data, headers: res.headers };
	}

	/** REST (cookie) call; unwraps n8n's `{ data }` envelope. */
	async rest(method, path, body, opts = {}) {
		const { data } = await this.request(method, `/rest${path}`, { body, ...opts });
		return data && typeof data === 'object' && 'data' in data ? data.data : data;
	}

	/** Public API (/api/v1, API key) call. */
	async api(method, path, body, opts = {}) {
		const { data } = await this.request(method, `/api/v1${path}`, { body, api: true, ...opts });
		return data;
	}

	/** Creates the owner account, logs in (cookie) and creates an API key with every scope the owner may have. */
	async setupOwner({ email, password, firstName = 'Dev', lastName = 'Owner' }) {
		await this.rest('POST', '/owner/setup', { email, password, firstName, lastName });
		await this.login({ email, password });
		await this.createApiKey();
		return this;
	}

	async login({ email, password }) {
		await this.rest('POST', '/login', { emailOrLdapLoginId: email, password });
		if (!this.cookie) throw new Error('n8n did not set the n8n-auth cookie on login');
	}

	async createApiKey(label = 'e2e') {
		const scopes = await this.rest('GET', '/api-keys/scopes');
		const created = await this.rest('POST', '/api-keys', { label, scopes, expiresAt: null });
		this.apiKey = created.rawApiKey;
		if (!this.apiKey) throw new Error(`No rawApiKey in ${JSON.stringify(Object.keys(created))}`);
		return this.apiKey;
	}

	// -- credentials ------------------------------------------------------------------------------------

	/** Creates a credential through the public API (the secret travels only to n8n, which encrypts it). */
	async createCredential({ name, type, data }) {
		return this.api('POST', '/credentials', { name, type, data });
	}

	async deleteCredential(id) {
		return this.api('DELETE', `/credentials/${id}`);
	}

	/**
	 * The editor's "test" button: POST /rest/credentials/test. Returns { status: 'OK' | 'Error', message }.
	 * `id` refers to a stored credential; `data` (optional) overrides its fields as the dialog does.
	 */
	async testCredential({ id = '', name = 'test', type, data = {} }) {
		return this.rest('POST', '/credentials/test', { credentials: { id, name, type, data } });
	}

	// -- workflows ----------------------------------------------------------------------------------------

	/** Creates a workflow through the public API; `workflow` is { name, nodes, connections, settings? }. */
	async createWorkflow(workflow) {
		const body = {
			name: workflow.name,
			nodes: workflow.nodes,
			connections: workflow.connections || {},
			settings: workflow.settings || { executionOrder: 'v1' },
		};
		if (workflow.staticData) body.staticData = workflow.staticData;
		return this.api('POST', '/workflows', body);
	}

	async getWorkflow(id) {
		return this.api('GET', `/workflows/${id}`);
	}

	async deleteWorkflow(id) {
		return this.api('DELETE', `/workflows/${id}`);
	}

	async activateWorkflow(id) {
		return this.api('POST', `/workflows/${id}/activate`);
	}

	async deactivateWorkflow(id) {
		return this.api('POST', `/workflows/${id}/deactivate`);
	}

	/**
	 * Runs a saved workflow as the editor's "Execute workflow" button does, from its trigger node
	 * (default: the first node whose type ends with 'manualTrigger'), and waits for the execution to finish.
	 * Returns the execution (public API shape, with data).
	 */
	async runWorkflow(workflowId, { triggerName, destinationNode, timeoutMs = 120000 } = {}) {
		if (destinationNode) {
			// Runs from the workflow's trigger up to (and including) `destinationNode`.
			const partial = await this.rest('POST', `/workflows/${workflowId}/run`, {
				destinationNode: { nodeName: destinationNode, mode: 'inclusive' },
			});
			if (!partial || !partial.executionId) throw new Error(`n8n did not start an execution: ${JSON.stringify(partial)}`);
			return this.waitForExecution(partial.executionId, { timeoutMs });
		}
		if (!triggerName) {
			const wf = await this.getWorkflow(workflowId);
			const trigger =
				wf.nodes.find((n) => /manualTrigger$/i.test(n.type)) ||
				wf.nodes.find((n) => /trigger$/i.test(n.type)) ||
				wf.nodes.find((n) => !/stickyNote$/.test(n.type));
			triggerName = trigger.name;
		}
		const result = await this.rest('POST', `/workflows/${workflowId}/run`, {
			triggerToStartFrom: { name: triggerName },
		});
		if (!result || !result.executionId) {
			throw new Error(`n8n did not start an execution: ${JSON.stringify(result)}`);
		}
		return this.waitForExecution(result.executionId, { timeoutMs });
	}

	async getExecution(id) {
		return this.api('GET', `/executions/${id}?includeData=true`);
	}

	/** Waits until an execution has finished (success, error, crashed, canceled). */
	async waitForExecution(id, { timeoutMs = 120000 } = {}) {
		const started = Date.now();
		for (;;) {
			let execution = null;
			try {
				execution = await this.getExecution(id);
			} catch (error) {
				if (error.status !== 404) throw error; // not saved yet
			}
			if (execution && (execution.finished || (execution.stoppedAt && execution.status !== 'running' && execution.status !== 'new'))) {
				return execution;
			}
			if (Date.now() - started > timeoutMs) {
				throw new Error(`execution ${id} did not finish within ${timeoutMs / 1000} s (last: ${JSON.stringify(execution && { status: execution.status, finished: execution.finished })})`);
			}
			await sleep(150);
		}
	}

	/** Executions of a workflow (newest first), with data. */
	async listExecutions(workflowId, { includeData = true, limit = 100, status } = {}) {
		const qs = new URLSearchParams({ workflowId: String(workflowId), includeData: String(includeData), limit: String(limit) });
		if (status) qs.set('status', status);
		const res = await this.api('GET', `/executions?${qs}`);
		return res.data;
	}

	/** Waits until a workflow has at least `count` finished executions; returns them (newest first). */
	async waitForExecutions(workflowId, count, { timeoutMs = 60000 } = {}) {
		const started = Date.now();
		for (;;) {
			const list = (await this.listExecutions(workflowId)).filter((e) => e.finished || e.stoppedAt);
			if (list.length >= count) return list;
			if (Date.now() - started > timeoutMs) {
				throw new Error(`workflow ${workflowId} has ${list.length} finished executions after ${timeoutMs / 1000} s, expected ${count}`);
			}
			await sleep(200);
		}
	}
}

/** The items a node produced in an execution (main output `output`, all runs concatenated). */
function nodeOutput(execution, nodeName, output = 0) {
	const runData = execution?.data?.resultData?.runData?.[nodeName];
	if (!runData) {
		const ran = Object.keys(execution?.data?.resultData?.runData || {});
		throw new Error(`node "${nodeName}" did not run (ran: ${ran.join(', ') || 'none'}; error: ${executionError(execution) || 'none'})`);
	}
	return runData.flatMap((run) => (run.data?.main?.[output] || []).map((item) => item.json));
}

/** The error message of a failed execution, if any. */
function executionError(execution) {
	const err = execution?.data?.resultData?.error;
	if (err) return `${err.message}${err.description ? ` — ${err.description}` : ''}`;
	for (const [name, runs] of Object.entries(execution?.data?.resultData?.runData || {})) {
		for (const run of runs) if (run.error) return `${name}: ${run.error.message}${run.error.description ? ` — ${run.error.description}` : ''}`;
	}
	return '';
}

module.exports = { N8nClient, N8nHttpError, nodeOutput, executionError };
