/**
 * The store workflow tests' (taxes, shipping, gateways, settings, system status, reports, webhooks, data) settings of
 * the shared runner in ../helpers/nodeRun: every run has Set Items (one empty item by default), and a request without
 * a body shows `body: undefined`. Also calls loadOptions / listSearch methods with a real execution context.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { runInNodeContext } from '../helpers/n8n';
import type { ApiRequest, NodeRun, RunOptions } from '../helpers/nodeRun';
import { apiRequests, credentialsFor, runNode as runWooNode } from '../helpers/nodeRun';

export { byId, byList, byUrl, credentialsFor, NODE_TYPE, pairs, useStore, writes } from '../helpers/nodeRun';
export type { ApiRequest, NodeRun } from '../helpers/nodeRun';

export async function runNode(
	sb: any,
	parameters: Record<string, unknown>,
	options: Pick<RunOptions, 'items' | 'continueOnFail' | 'key'> = {},
): Promise<NodeRun> {
	return await runWooNode(sb, parameters, { ...options, items: options.items ?? [{}], emptyBody: 'undefined' });
}

/**
 * Calls a loadOptions / listSearch method with a real execution context (real HTTP, real credential),
 * `currentNodeParameters` standing in for the editor's current values.
 */
export async function callMethod<T>(
	sb: any,
	method: (this: any, ...args: any[]) => Promise<T>,
	currentNodeParameters: IDataObject = {},
	args: unknown[] = [],
	path = 'parameters.value',
): Promise<{ result: T; requests: ApiRequest[] }> {
	const before = sb.requests.length;
	const result = await runInNodeContext(credentialsFor(sb), async function (this: IExecuteFunctions) {
		const ctx = Object.create(this) as any;
		ctx.getCurrentNodeParameter = (parameterPath: string) => {
			let resolved = parameterPath;
			if (resolved.startsWith('&')) resolved = `${path.split('.').slice(1, -1).join('.')}.${resolved.slice(1)}`;
			return resolved
				.split('.')
				.filter((part) => part !== '')
				.reduce<any>((value, key) => (value && typeof value === 'object' ? value[key] : undefined), currentNodeParameters);
		};
		ctx.getCurrentNodeParameters = () => currentNodeParameters;
		return await method.call(ctx, ...args);
	});
	return { result, requests: apiRequests(sb, before, 'undefined').requests };
}
