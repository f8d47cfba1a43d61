/**
 * Runs the credential's declarative `test` the way n8n 2.x's CredentialsTester.runRequestTest does
 * (packages/cli/src/services/credentials-tester.service.ts): a temporary node whose only property routes
 * `test.request`, sent by n8n-core's real RoutingNode through httpRequestWithAuthentication (so the credential's
 * `authenticate` signs it), then the same verdict: on an error the responseCode rules, the status text, the network
 * code or the message; on an answer the responseSuccessBody rules against the first item's JSON.
 * The e2e suite checks the same against a real n8n server (POST /rest/credentials/test).
 */
import './n8nEnv';

import { ExecuteContext, RoutingNode } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	IDataObject,
	INode,
	INodeCredentialTestResult,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IAuthenticateRuleResponseCode,
	IAuthenticateRuleResponseSuccessBody,
} from 'n8n-workflow';
import { NodeHelpers, Workflow, createRunExecutionData } from 'n8n-workflow';

import { CREDENTIAL_TYPE, loadPackage, testAdditionalData } from './n8n';

// n8n reads the rules' keys with lodash's get (a string answer is read character by character).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const get = require('lodash/get') as (value: unknown, path: string) => unknown;

const TEMP_TYPE = 'test.credentialTestRequest';

function tempNodeType(test: ICredentialTestRequest): INodeType {
	return {
		description: {
			displayName: 'Temp',
			name: TEMP_TYPE,
			group: ['transform'],
			version: 1,
			description: 'The node n8n builds to run a declarative credential test',
			defaults: { name: 'Temp-Node' },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: CREDENTIAL_TYPE, required: true }],
			properties: [{ displayName: 'Temp', name: 'temp', type: 'string', default: '', routing: { request: test.request } }],
		},
	};
}

interface TestError {
	message?: string;
	cause?: { code?: string; response?: { status: number; statusText?: string } };
}

/** The credential's own `test`, run like n8n's "Test" button (and its "Retry" after saving). */
export async function runDeclarativeCredentialTest(data: ICredentialDataDecryptedObject): Promise<INodeCredentialTestResult> {
	const test = loadPackage().credentialTypes.get(CREDENTIAL_TYPE)?.test;
	if (!test) throw new Error('The credential has no declarative test');
	const nodeType = tempNodeType(test);
	const nodeTypes: INodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => NodeHelpers.getVersionedNodeType(nodeType, 1),
		getKnownTypes: () => ({ [TEMP_TYPE]: { className: TEMP_TYPE, sourcePath: '' } }),
	};
	const node: INode = {
		id: 'temp',
		name: 'Temp-Node',
		type: TEMP_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { [CREDENTIAL_TYPE]: { id: 'test', name: 'WooCommerce REST API (test)' } },
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const runExecutionData = createRunExecutionData();
	const context = new ExecuteContext(
		workflow,
		node,
		testAdditionalData({ [CREDENTIAL_TYPE]: data }),
		'internal',
		runExecutionData,
		0,
		[],
		{ main: [[{ json: {} }]] },
		{ node, data: {}, source: null },
		[],
	);
	const routingNode = new RoutingNode(context, nodeType, { id: 'test', name: 'WooCommerce REST API (test)', type: CREDENTIAL_TYPE, data });
	let response: INodeExecutionData[][] | null | undefined;
	try {
		await workflow.expression.acquireIsolate();
		response = await routingNode.runNode();
	} catch (thrown) {
		const error = thrown as TestError;
		const answer = error.cause?.response;
		if (answer) {
			for (const rule of (test.rules ?? []) as IAuthenticateRuleResponseCode[]) {
				if (rule.type === 'responseCode' && answer.status === rule.properties.value) return { status: 'Error', message: rule.properties.message };
			}
			if (answer.status < 199 || answer.status > 299) return { status: 'Error', message: answer.statusText || `Received HTTP status code: ${answer.status}` };
		} else if (error.cause?.code) {
			return { status: 'Error', message: error.cause.code };
		}
		return { status: 'Error', message: String(error.message) };
	} finally {
		await workflow.expression.releaseIsolate();
	}
	for (const rule of (test.rules ?? []) as IAuthenticateRuleResponseSuccessBody[]) {
		if (rule.type !== 'responseSuccessBody') continue;
		const json = response![0][0].json as IDataObject;
		if (get(json, rule.properties.key) === rule.properties.value) return { status: 'Error', message: rule.properties.message };
	}
	return { status: 'OK', message: 'Connection successful!' };
}
