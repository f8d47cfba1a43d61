/**
 * The `this` n8n gives a credential test function, made with n8n-core's own CredentialTestContext:
 * `helpers.request` is n8n's real legacy request helper (proxyRequestToAxios), as in the editor's "Test" button.
 */
import './n8nEnv';

import type {
	ICredentialDataDecryptedObject,
	ICredentialTestFunctions,
	INodeCredentialTestResult,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { CredentialTestContext } from 'n8n-core';

import { wooCommerceRestApiTest } from '../../nodes/WooCommerce/methods/credentialTest';

export function credentialTestContext(): ICredentialTestFunctions {
	return new CredentialTestContext({} as IWorkflowExecuteAdditionalData) as unknown as ICredentialTestFunctions;
}

/** Runs the node's credential test exactly as n8n does (same `this`, same request helper). */
export async function runCredentialTest(data: ICredentialDataDecryptedObject): Promise<INodeCredentialTestResult> {
	return await wooCommerceRestApiTest.call(credentialTestContext(), {
		id: 'test',
		name: 'WooCommerce REST API (test)',
		type: 'wooCommerceRestApi',
		data,
	});
}
