/**
 * In-process harness for the trigger nodes: real n8n-core contexts (HookContext, WebhookContext,
 * PollContext) over a real n8n-workflow Workflow, with a credentials helper that runs our
 * credential's `authenticate`, so every store request goes through httpRequestWithAuthentication
 * exactly as in n8n.
 *
 * `startReceiver` is a tiny HTTP server standing in for n8n's webhook endpoint: for each request it
 * builds the express-like request n8n gives nodes (headers, parsed body, `rawBody` Buffer), runs the
 * node's webhook() through a WebhookContext, and reproduces n8n's answer (the node's own answer when
 * it returns `noWebhookResponse`, otherwise 200 with `webhookResponse`). Each call is recorded with
 * what the HTTP client received and whether n8n would start the workflow.
 */
import './n8nEnv';

import http from 'http';
import type { AddressInfo } from 'net';

import { HookContext, PollContext, TriggerContext, WebhookContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestOptions,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IWebhookData,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
	WorkflowActivateMode,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { ICredentialsHelper, NodeHelpers, Workflow } from 'n8n-workflow';

import { WooCommerceRestApi } from '../../credentials/WooCommerceRestApi.credentials';
import { WooCommercePollTrigger } from '../../nodes/WooCommerce/WooCommercePollTrigger.node';
import { WooCommerceTrigger } from '../../nodes/WooCommerce/WooCommerceTrigger.node';

export const TRIGGER_TYPE = 'n8n-nodes-woocommerce.wooCommerceTrigger';
export const POLL_TYPE = 'n8n-nodes-woocommerce.wooCommercePollTrigger';

const credentialType = new WooCommerceRestApi();

class NodeTypes implements INodeTypes {
	private readonly types: Record<string, INodeType> = {
		[TRIGGER_TYPE]: new WooCommerceTrigger(),
		[POLL_TYPE]: new WooCommercePollTrigger(),
	};

	getByName(name: string) {
		return this.types[name];
	}

	getByNameAndVersion(name: string, version?: number) {
		return NodeHelpers.getVersionedNodeType(this.types[name], version);
	}

	getKnownTypes() {
		return {};
	}
}

/** Credentials helper: hands the node our test credential and signs requests with its `authenticate`. */
class CredentialsHelper extends ICredentialsHelper {
	constructor(private readonly data: ICredentialDataDecryptedObject) {
		super();
	}

	getParentTypes() {
		return [];
	}

	isCredentialUsableByNode() {
		return true;
	}

	async authenticate(credentials: ICredentialDataDecryptedObject, _type: string, options: IHttpRequestOptions) {
		return await credentialType.authenticate(credentials, options);
	}

	async preAuthentication() {
		return undefined;
	}

	async runPreAuthentication() {
		return undefined;
	}

	async getDecrypted() {
		return { ...this.data };
	}

	getCredentialsProperties() {
		return credentialType.properties;
	}

	async getCredentials(): Promise<never> {
		throw new Error('not used');
	}

	async updateCredentials() {}

	async updateCredentialsOauthTokenData() {}
}

export interface HarnessOptions {
	credentials: ICredentialDataDecryptedObject;
	/** Base URL n8n would use for production webhooks, e.g. `http://127.0.0.1:4567/webhook/`. */
	webhookBaseUrl?: string;
	webhookTestBaseUrl?: string;
	workflowId?: string;
	workflowName?: string;
}

export function additionalDataFor(options: HarnessOptions): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper: new CredentialsHelper(options.credentials),
		webhookBaseUrl: options.webhookBaseUrl ?? 'https://n8n.example.com/webhook',
		webhookTestBaseUrl: options.webhookTestBaseUrl ?? 'https://n8n.example.com/webhook-test',
		webhookWaitingBaseUrl: 'https://n8n.example.com/webhook-waiting',
		formBaseUrl: '',
		formWaitingBaseUrl: '',
		formTestBaseUrl: '',
		mcpBaseUrl: '',
		mcpTestBaseUrl: '',
		restApiUrl: '',
		instanceBaseUrl: '',
		variables: {},
		currentNodeExecutionIndex: 0,
	} as unknown as IWorkflowExecuteAdditionalData;
}

/**
 * One workflow holding one trigger node. Static data lives on the Workflow object, as in n8n;
 * `reload()` builds a fresh Workflow from a JSON copy of the static data, like n8n does when it
 * reads the workflow from the database (restart, another process).
 */
export class TriggerWorkflow {
	workflow: Workflow;

	readonly node: INode;

	private readonly nodeTypes = new NodeTypes();

	constructor(
		readonly type: string,
		parameters: IDataObject,
		readonly options: HarnessOptions,
		staticData?: IDataObject,
	) {
		this.node = {
			id: 'trigger-node-id',
			name: type === TRIGGER_TYPE ? 'WooCommerce Trigger' : 'WooCommerce Poll Trigger',
			type,
			typeVersion: 1,
			position: [0, 0],
			parameters: parameters as INode['parameters'],
			webhookId: '7d3c8f0e-1b2a-4c5d-9e8f-0a1b2c3d4e5f',
			credentials: { wooCommerceRestApi: { id: 'cred-1', name: 'WooCommerce test store' } },
		};
		this.workflow = this.build(staticData);
	}

	private build(staticData?: IDataObject) {
		return new Workflow({
			id: this.options.workflowId ?? 'wf-42',
			name: this.options.workflowName ?? 'Order alerts',
			nodes: [this.node],
			connections: {},
			active: true,
			nodeTypes: this.nodeTypes,
			staticData: staticData ?? {},
		});
	}

	setParameters(parameters: IDataObject) {
		this.node.parameters = parameters as INode['parameters'];
		this.workflow = this.build(this.staticDataCopy());
	}

	/** A JSON copy of the node's static data as n8n would save it. */
	staticDataCopy(): IDataObject {
		return JSON.parse(JSON.stringify(this.workflow.staticData)) as IDataObject;
	}

	nodeStaticData(): IDataObject {
		return this.workflow.getStaticData('node', this.node);
	}

	/** As after a restart: same saved static data, new Workflow object. */
	reload() {
		this.workflow = this.build(this.staticDataCopy());
	}

	webhookData(isTest = false): IWebhookData {
		const [description] = this.nodeTypes.getByName(TRIGGER_TYPE).description.webhooks!;
		return {
			httpMethod: 'POST',
			node: this.node.name,
			path: `${this.node.webhookId}/webhook`,
			webhookDescription: description,
			workflowId: this.workflow.id,
			workflowExecuteAdditionalData: additionalDataFor(this.options),
			webhookId: this.node.webhookId,
			isTest,
		} as IWebhookData;
	}

	hookContext(
		mode: WorkflowExecuteMode = 'trigger',
		activation: WorkflowActivateMode = 'activate',
		isTest = mode === 'manual',
	) {
		return new HookContext(
			this.workflow,
			this.node,
			additionalDataFor(this.options),
			mode,
			activation,
			this.webhookData(isTest),
		);
	}

	/** Runs checkExists then create (only when checkExists says false), like n8n on activation. */
	async activate(mode: WorkflowExecuteMode = 'trigger'): Promise<{ existed: boolean }> {
		const methods = new WooCommerceTrigger().webhookMethods.default;
		const ctx = this.hookContext(mode);
		const existed = await methods.checkExists.call(ctx);
		if (!existed) await methods.create.call(this.hookContext(mode));
		return { existed };
	}

	/**
	 * Runs delete like n8n: production webhooks in the activation's mode; test webhooks ('manual')
	 * are removed by n8n's TestWebhooks in mode 'internal' with the test URL.
	 */
	async deactivate(mode: WorkflowExecuteMode = 'trigger'): Promise<boolean> {
		const ctx = mode === 'manual' ? this.hookContext('internal', 'update', true) : this.hookContext(mode, 'update');
		return await new WooCommerceTrigger().webhookMethods.default.delete.call(ctx);
	}

	/** The `{ topic: { id, secret } }` the node stored for its URL in this mode. */
	storedHooks(mode: WorkflowExecuteMode = 'trigger'): Record<string, { id: number; secret: string }> {
		const root = (this.nodeStaticData().hooks ?? {}) as Record<string, Record<string, { id: number; secret: string }>>;
		return root[this.webhookUrl(mode)] ?? {};
	}

	webhookUrl(mode: WorkflowExecuteMode = 'trigger'): string {
		return this.hookContext(mode).getNodeWebhookUrl('default')!;
	}

	pollContext(mode: WorkflowExecuteMode = 'trigger') {
		return new PollContext(
			this.workflow,
			this.node,
			additionalDataFor(this.options),
			mode,
			'activate',
			() => {
				throw new Error('emit is not used: poll() returns its items');
			},
		);
	}

	async poll(mode: WorkflowExecuteMode = 'trigger'): Promise<INodeExecutionData[][] | null> {
		return await new WooCommercePollTrigger().poll.call(this.pollContext(mode));
	}

	/**
	 * Runs the trigger's `trigger()` like n8n does for an active workflow (at activation or when n8n starts), with
	 * a TriggerContext whose emit collects the items and whose registerCron keeps the tick for `tick()`.
	 * Resolves once the check at start has finished.
	 */
	async startTrigger(activation: WorkflowActivateMode = 'init'): Promise<StartedTrigger> {
		const emitted: INodeExecutionData[][] = [];
		const logs: string[] = [];
		let onTick: (() => void) | undefined;
		const context = new TriggerContext(
			this.workflow,
			this.node,
			additionalDataFor(this.options),
			'trigger',
			activation,
			(data) => {
				emitted.push(...(data[0] ? [data[0]] : []));
			},
			(error) => {
				throw error;
			},
			() => {},
			{
				registerCron: (_cron, tick) => {
					onTick = () => tick(new Date());
				},
			},
		);
		// Each check ends with a debug line: that is when it has finished.
		let checks = 0;
		let finished: (() => void) | undefined;
		const note = (message: string) => logs.push(message);
		const logger = {
			...context.logger,
			info: note,
			warn: note,
			error: note,
			debug: (message: string) => {
				if (!message.includes('webhook check done')) return;
				checks++;
				finished?.();
			},
		};
		// The context's own logger is read-only: the node gets a context that inherits everything else.
		const observed = Object.create(context, { logger: { value: logger } }) as TriggerContext;
		const checked = async (count: number) => {
			while (checks < count) await new Promise<void>((resolve) => (finished = resolve));
		};
		await new WooCommerceTrigger().trigger.call(observed);
		await checked(1);
		return {
			emitted,
			logs,
			async tick() {
				const target = checks + 1;
				onTick?.();
				await checked(target);
			},
		};
	}
}

export interface StartedTrigger {
	/** Items emitted so far (one entry per emit). */
	emitted: INodeExecutionData[][];
	logs: string[];
	/** Runs one periodic check and waits for it to finish. */
	tick(): Promise<void>;
}

export interface ReceivedCall {
	/** What the HTTP client (the store) received. */
	status: number;
	body: unknown;
	/** Whether n8n would start the workflow, and with which items. */
	started: boolean;
	items: INodeExecutionData[];
	request: { headers: http.IncomingHttpHeaders; rawBody: Buffer };
}

/**
 * The stand-in for n8n's webhook endpoint. Each request runs the node's webhook() through a real
 * WebhookContext of `wf` (read at request time, so reload() takes effect).
 */
export async function startReceiver(getWorkflow: () => TriggerWorkflow) {
	const calls: ReceivedCall[] = [];
	const inflight = new Set<Promise<void>>();
	// `down`: n8n is not running; every request gets the 503 a reverse proxy gives, and nothing runs.
	const state = { down: false };
	const server = http.createServer((req, res) => {
		if (state.down) {
			req.resume();
			res.writeHead(503, { 'Content-Type': 'text/plain' });
			res.end('Service Unavailable');
			return;
		}
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const handling = (async () => {
				const rawBody = Buffer.concat(chunks);
				const contentType = String(req.headers['content-type'] ?? '');
				let body: unknown = {};
				try {
					body = contentType.includes('json')
						? JSON.parse(rawBody.toString('utf8'))
						: Object.fromEntries(new URLSearchParams(rawBody.toString('utf8')));
				} catch {
					body = {};
				}
				const request = Object.assign(req, { body, rawBody, params: {}, query: {} });

				// Capture what the client receives.
				let sentStatus = 0;
				const sent: Buffer[] = [];
				const origWriteHead = res.writeHead.bind(res);
				const origEnd = res.end.bind(res);
				(res as unknown as { writeHead: unknown }).writeHead = (status: number, ...rest: unknown[]) => {
					sentStatus = status;
					return (origWriteHead as (...a: unknown[]) => unknown)(status, ...rest);
				};
				(res as unknown as { end: unknown }).end = (chunk?: unknown, ...rest: unknown[]) => {
					if (chunk) sent.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
					return (origEnd as (...a: unknown[]) => unknown)(chunk, ...rest);
				};

				const wf = getWorkflow();
				const additionalData = additionalDataFor(wf.options);
				additionalData.httpRequest = request as never;
				additionalData.httpResponse = res as never;
				const ctx = new WebhookContext(wf.workflow, wf.node, additionalData, 'webhook', wf.webhookData(), [], null);

				let result: IWebhookResponseData;
				try {
					result = await new WooCommerceTrigger().webhook.call(ctx);
				} catch (error) {
					// n8n answers 500 when webhook() throws.
					res.writeHead(500, { 'Content-Type': 'application/json' });
					res.end(JSON.stringify({ message: (error as Error).message }));
					result = {};
				}
				if (!res.headersSent && result.noWebhookResponse !== true) {
					res.writeHead(200, { 'Content-Type': 'application/json' });
					res.end(JSON.stringify(result.webhookResponse ?? { message: 'Workflow was started' }));
				}
				const text = Buffer.concat(sent).toString('utf8');
				let parsed: unknown = text;
				try {
					parsed = JSON.parse(text);
				} catch {
					// keep text
				}
				calls.push({
					status: sentStatus || res.statusCode,
					body: parsed,
					started: result.workflowData !== undefined,
					items: result.workflowData?.[0] ?? [],
					request: { headers: req.headers, rawBody },
				});
			})();
			inflight.add(handling);
			void handling.finally(() => inflight.delete(handling));
		});
	});
	/** Resolves when every request received so far has been fully handled (webhook() returned). */
	const settled = async () => {
		while (inflight.size > 0) await Promise.all([...inflight]);
	};
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		port,
		baseUrl: `http://127.0.0.1:${port}/webhook`,
		testBaseUrl: `http://127.0.0.1:${port}/webhook-test`,
		calls,
		settled,
		state,
		/** Posts a request as any HTTP client would, and returns the call the receiver recorded. */
		async post(pathname: string, headers: Record<string, string>, rawBody: Buffer | string): Promise<ReceivedCall> {
			const before = calls.length;
			await new Promise<void>((resolve, reject) => {
				const req = http.request(
					{ host: '127.0.0.1', port, path: pathname, method: 'POST', headers },
					(res) => {
						res.resume();
						res.on('end', resolve);
					},
				);
				req.on('error', reject);
				req.end(rawBody);
			});
			await settled();
			return calls[before];
		},
		async close() {
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}
