/**
 * In-process n8n runs for tests: n8n-core's real engine (WorkflowExecute) and real request helpers
 * (httpRequestWithAuthentication → our credential's `authenticate` → HTTP), with the package's node and
 * credential classes loaded from the TypeScript sources.
 *
 *   const run = await runWorkflow({ nodes, connections }, { credentials: { wooCommerceRestApi: {...} } });
 *   outputOf(run, 'WooCommerce')            // INodeExecutionData[] of main[0]
 *
 *   // Call transport functions with a real IExecuteFunctions:
 *   const list = await runInNodeContext(creds, async function () {
 *     return await wooApiRequestAllItems.call(this, 'products', {}, { returnAll: true });
 *   });
 */
import './n8nEnv';

import { existsSync } from 'fs';
import { join } from 'path';

import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IConnections,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	INodeTypes,
	IRun,
	IVersionedNodeType,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { ICredentialsHelper, NodeHelpers, Workflow, createRunExecutionData } from 'n8n-workflow';

export const PACKAGE_NAME = 'n8n-nodes-woocommerce';
export const CREDENTIAL_TYPE = 'wooCommerceRestApi';
export const MANUAL_TRIGGER_TYPE = 'n8n-nodes-base.manualTrigger';
export const SET_ITEMS_TYPE = 'test.setItems';
export const CALLBACK_TYPE = 'test.callback';

const ROOT = join(__dirname, '..', '..');

// ---------------------------------------------------------------------------------------------
// Test node types
// ---------------------------------------------------------------------------------------------

/** A tiny stand-in for n8n's Manual Trigger: passes on the item the engine starts it with. */
class ManualTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'When clicking ‘Execute workflow’',
		name: 'manualTrigger',
		group: ['trigger'],
		version: 1,
		description: 'Runs the flow on clicking a button in n8n',
		defaults: { name: 'When clicking ‘Execute workflow’' },
		inputs: [],
		outputs: ['main'],
		properties: [],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [this.getInputData()];
	}
}

/**
 * Emits the items of its `items` parameter: a JSON array (or an expression that yields one).
 * Each entry becomes `{ json: entry }`, paired to the first input item.
 */
class SetItems implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Set Items',
		name: 'setItems',
		group: ['transform'],
		version: 1,
		description: 'Test node: emits the given items',
		defaults: { name: 'Set Items' },
		inputs: ['main'],
		outputs: ['main'],
		properties: [{ displayName: 'Items', name: 'items', type: 'json', default: '[]' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		let value = this.getNodeParameter('items', 0) as unknown;
		if (typeof value === 'string') value = JSON.parse(value);
		const list = Array.isArray(value) ? value : [value];
		return [list.map((json) => ({ json: json as IDataObject, pairedItem: { item: 0 } }))];
	}
}

type NodeCallback = (this: IExecuteFunctions) => Promise<unknown>;
interface CallbackRecord {
	fn: NodeCallback;
	result?: unknown;
	error?: unknown;
	done: boolean;
}
const callbacks = new Map<string, CallbackRecord>();
let callbackCounter = 0;

/** Calls a registered test callback with its real IExecuteFunctions `this`. */
class Callback implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Callback',
		name: 'callback',
		group: ['transform'],
		version: 1,
		description: 'Test node: runs a function from the test with its execute context',
		defaults: { name: 'Callback' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: CREDENTIAL_TYPE, required: false }],
		properties: [{ displayName: 'Callback ID', name: 'callbackId', type: 'string', default: '' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const id = this.getNodeParameter('callbackId', 0) as string;
		const record = callbacks.get(id);
		if (!record) throw new Error(`No test callback ${id}`);
		try {
			record.result = await record.fn.call(this);
		} catch (error) {
			record.error = error;
			throw error;
		} finally {
			record.done = true;
		}
		return [[{ json: { done: true }, pairedItem: { item: 0 } }]];
	}
}

// ---------------------------------------------------------------------------------------------
// Package node and credential classes, from the TypeScript sources
// ---------------------------------------------------------------------------------------------

const PACKAGE_NODE_FILES = [
	'nodes/WooCommerce/WooCommerce.node.ts',
	'nodes/WooCommerce/WooCommerceTrigger.node.ts',
	'nodes/WooCommerce/WooCommercePollTrigger.node.ts',
];
const CREDENTIAL_FILES = ['credentials/WooCommerceRestApi.credentials.ts'];

function loadClasses<T>(files: string[]): T[] {
	const out: T[] = [];
	for (const file of files) {
		const path = join(ROOT, file);
		if (!existsSync(path)) continue;
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const mod = require(path) as Record<string, unknown>;
		for (const exported of Object.values(mod)) {
			if (typeof exported === 'function') out.push(new (exported as new () => T)());
		}
	}
	return out;
}

function nodeTypeName(type: INodeType | IVersionedNodeType): string {
	return type.description.name;
}


export interface PackageTypes {
	nodeTypes: INodeTypes;
	credentialTypes: Map<string, ICredentialType>;
}

let cachedPackage: PackageTypes | undefined;

/** Node types: the package's nodes as `n8n-nodes-woocommerce.<name>`, plus the test nodes. */
export function loadPackage(): PackageTypes {
	if (cachedPackage) return cachedPackage;
	const byName = new Map<string, INodeType | IVersionedNodeType>();
	for (const type of loadClasses<INodeType | IVersionedNodeType>(PACKAGE_NODE_FILES)) {
		if (type && typeof type === 'object' && 'description' in type) byName.set(`${PACKAGE_NAME}.${nodeTypeName(type)}`, type);
	}
	byName.set(MANUAL_TRIGGER_TYPE, new ManualTrigger());
	byName.set(SET_ITEMS_TYPE, new SetItems());
	byName.set(CALLBACK_TYPE, new Callback());

	const credentialTypes = new Map<string, ICredentialType>();
	for (const credential of loadClasses<ICredentialType>(CREDENTIAL_FILES)) {
		if (credential && typeof credential === 'object' && 'name' in credential) credentialTypes.set(credential.name, credential);
	}
	if (!credentialTypes.has(CREDENTIAL_TYPE)) throw new Error(`${CREDENTIAL_FILES[0]} did not load the ${CREDENTIAL_TYPE} credential`);

	const nodeTypes: INodeTypes = {
		getByName(name: string) {
			const type = byName.get(name);
			if (!type) throw new Error(`Unknown node type "${name}" (known: ${[...byName.keys()].join(', ')})`);
			return type;
		},
		getByNameAndVersion(name: string, version?: number) {
			return NodeHelpers.getVersionedNodeType(this.getByName(name), version);
		},
		getKnownTypes() {
			return Object.fromEntries([...byName.keys()].map((name) => [name, { className: name, sourcePath: '' }]));
		},
	};
	cachedPackage = { nodeTypes, credentialTypes };
	return cachedPackage;
}

/** The contract's name for it. */
export function loadPackageNodeTypes(): INodeTypes {
	return loadPackage().nodeTypes;
}


// ---------------------------------------------------------------------------------------------
// Credentials helper
// ---------------------------------------------------------------------------------------------

class TestCredentialsHelper extends ICredentialsHelper {
	constructor(
		private readonly credentialTypes: Map<string, ICredentialType>,
		private readonly credentials: Record<string, ICredentialDataDecryptedObject>,
	) {
		super();
	}

	getParentTypes(name: string): string[] {
		return this.credentialTypes.get(name)?.extends ?? [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(credentials: ICredentialDataDecryptedObject, typeName: string, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const type = this.credentialTypes.get(typeName);
		if (!type?.authenticate) return requestOptions;
		if (typeof type.authenticate === 'function') return await type.authenticate(credentials, requestOptions);
		throw new Error(`Generic authenticate is not supported by the test helper (${typeName})`);
	}

	async preAuthentication(): Promise<undefined> {
		return undefined;
	}

	async runPreAuthentication(): Promise<undefined> {
		return undefined;
	}

	async getCredentials(): Promise<never> {
		throw new Error('getCredentials is not available in tests');
	}

	async getDecrypted(_additionalData: IWorkflowExecuteAdditionalData, _nodeCredentials: unknown, type: string): Promise<ICredentialDataDecryptedObject> {
		const data = this.credentials[type];
		if (!data) throw new Error(`No test credentials of type "${type}"`);
		return { ...data };
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string) {
		return this.credentialTypes.get(type)?.properties ?? [];
	}
}

// ---------------------------------------------------------------------------------------------
// Running workflows
// ---------------------------------------------------------------------------------------------

export interface WorkflowInput {
	nodes: INode[];
	connections: IConnections;
	/** Node to start from (default: the Manual Trigger, or the first node without inputs). */
	startNode?: string;
}

export interface RunOptions {
	/** Decrypted credential data by credential type, e.g. `{ wooCommerceRestApi: { url, consumerKey, ... } }`. */
	credentials: Record<string, ICredentialDataDecryptedObject>;
	/** Items the start node gets (default one empty item). */
	startItems?: INodeExecutionData[];
	staticData?: IDataObject;
}

function withCredentials(nodes: INode[], nodeTypes: INodeTypes, credentials: Record<string, ICredentialDataDecryptedObject>): INode[] {
	return nodes.map((node) => {
		const type = nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
		const wanted = (type.description.credentials ?? []).map((c) => c.name).filter((name) => credentials[name]);
		if (wanted.length === 0) return { ...node };
		const nodeCredentials = { ...(node.credentials ?? {}) };
		for (const name of wanted) nodeCredentials[name] ??= { id: `test-${name}`, name: `Test ${name}` };
		return { ...node, credentials: nodeCredentials };
	});
}

/** What n8n gives a node run besides the workflow: our credentials helper and the instance's URLs. */
export function testAdditionalData(
	credentials: Record<string, ICredentialDataDecryptedObject>,
	extra: Partial<IWorkflowExecuteAdditionalData> = {},
): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper: new TestCredentialsHelper(loadPackage().credentialTypes, credentials),
		...extra,
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		formBaseUrl: 'http://127.0.0.1:5678/form',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		formTestBaseUrl: 'http://127.0.0.1:5678/form-test',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		mcpBaseUrl: 'http://127.0.0.1:5678/mcp',
		mcpTestBaseUrl: 'http://127.0.0.1:5678/mcp-test',
		variables: {},
		executeWorkflow: async () => {
			throw new Error('Sub-workflows are not available in tests');
		},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		logAiEvent: () => {},
		externalSecretsProxy: { update: async () => {}, getSecret: () => undefined, hasSecret: () => false, hasProvider: () => false, listProviders: () => [], listSecrets: () => [] },
	} as unknown as IWorkflowExecuteAdditionalData;
}

let executionCounter = 0;

/** Runs a workflow in-process with n8n-core's engine and returns the IRun. */
export async function runWorkflow(workflowInput: WorkflowInput, opts: RunOptions): Promise<IRun> {
	const { nodeTypes } = loadPackage();
	const nodes = withCredentials(workflowInput.nodes, nodeTypes, opts.credentials);
	const workflow = new Workflow({
		id: 'test-workflow',
		name: 'Test workflow',
		nodes,
		connections: workflowInput.connections,
		active: false,
		nodeTypes,
		staticData: opts.staticData ?? {},
		settings: { executionOrder: 'v1' },
	});

	const incoming = new Set<string>();
	for (const outputs of Object.values(workflowInput.connections)) {
		for (const byIndex of Object.values(outputs)) {
			for (const list of byIndex ?? []) for (const connection of list ?? []) incoming.add(connection.node);
		}
	}
	const start =
		(workflowInput.startNode && nodes.find((n) => n.name === workflowInput.startNode)) ||
		nodes.find((n) => n.type === MANUAL_TRIGGER_TYPE) ||
		nodes.find((n) => !incoming.has(n.name));
	if (!start) throw new Error('No start node');

	const executionId = `test-${++executionCounter}`;
	const workflowData = {
		id: workflow.id,
		name: workflow.name,
		active: false,
		isArchived: false,
		nodes,
		connections: workflowInput.connections,
		createdAt: new Date(),
		updatedAt: new Date(),
		settings: {},
	} as unknown as IWorkflowBase;
	const hooks = new ExecutionLifecycleHooks('manual', executionId, workflowData);

	const additionalData = testAdditionalData(opts.credentials, { hooks, executionId });

	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [
				{
					node: start,
					data: { main: [opts.startItems ?? [{ json: {} }]] },
					source: null,
				},
			],
		},
	});
	const execute = new WorkflowExecute(additionalData, 'manual', runExecutionData);
	return await execute.processRunExecutionData(workflow);
}

/** The items a node produced on its first output in its last run. */
export function outputOf(run: IRun, nodeName: string, outputIndex = 0): INodeExecutionData[] {
	const runs = run.data.resultData.runData[nodeName];
	if (!runs || runs.length === 0) {
		const error = run.data.resultData.error;
		throw new Error(`Node "${nodeName}" did not run${error ? `: ${error.message}` : ''}`);
	}
	const last = runs[runs.length - 1];
	if (last.error) throw new Error(`Node "${nodeName}" failed: ${last.error.message}`);
	return last.data?.main?.[outputIndex] ?? [];
}

/** The error a node failed with (undefined when it did not fail). */
export function errorOf(run: IRun, nodeName: string) {
	const runs = run.data.resultData.runData[nodeName];
	return runs?.[runs.length - 1]?.error ?? (run.data.resultData.lastNodeExecuted === nodeName ? run.data.resultData.error : undefined);
}

/** A node object with sensible defaults. */
export function makeNode(name: string, type: string, parameters: INode['parameters'] = {}, extra: Partial<INode> = {}): INode {
	return { id: `${name}-id`, name, type, typeVersion: 1, position: [0, 0], parameters, ...extra };
}

/** Manual Trigger → given nodes in a chain. */
export function chain(...nodes: INode[]): WorkflowInput {
	const trigger = makeNode('Manual Trigger', MANUAL_TRIGGER_TYPE);
	const all = [trigger, ...nodes];
	const connections: IConnections = {};
	for (let i = 0; i < all.length - 1; i++) {
		connections[all[i].name] = { main: [[{ node: all[i + 1].name, type: 'main', index: 0 }]] };
	}
	return { nodes: all, connections };
}

/**
 * Runs `fn` inside a real node execution (Manual Trigger → test node), with `this` the node's
 * IExecuteFunctions, so transport functions go through n8n-core's real httpRequestWithAuthentication.
 * Resolves with what `fn` returned; rejects with exactly what it threw.
 */
export async function runInNodeContext<T>(
	credentials: ICredentialDataDecryptedObject | undefined,
	fn: (this: IExecuteFunctions) => Promise<T>,
	options: { nodeName?: string; parameters?: INode['parameters'] } = {},
): Promise<T> {
	const id = `cb-${++callbackCounter}`;
	const record: CallbackRecord = { fn: fn as NodeCallback, done: false };
	callbacks.set(id, record);
	try {
		const node = makeNode(options.nodeName ?? 'WooCommerce', CALLBACK_TYPE, { callbackId: id, ...(options.parameters ?? {}) });
		const run = await runWorkflow(chain(node), { credentials: credentials ? { [CREDENTIAL_TYPE]: credentials } : {} });
		if (record.error !== undefined) throw record.error;
		if (!record.done) {
			const error = run.data.resultData.error;
			throw new Error(`The test node did not run${error ? `: ${error.message}` : ''}`);
		}
		return record.result as T;
	} finally {
		callbacks.delete(id);
	}
}
