import type { INodeProperties } from 'n8n-workflow';

import { type OperationModule } from '../shared/contract';
import { operationProperty } from '../shared/descriptions';
import { RESOURCE } from './fields';

import * as get from './get.operation';
import * as getTool from './getTool.operation';
import * as getTools from './getTools.operation';
import * as runTool from './runTool.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	get,
	getTool,
	getTools,
	runTool,
} satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	operationProperty(
		RESOURCE,
		[
			{ name: 'Get', value: 'get', description: 'Get the system status report (environment, database, plugins, theme, settings...)', action: 'Get the system status' },
			{ name: 'Get Tool', value: 'getTool', description: 'Get one system status tool', action: 'Get a system status tool' },
			{ name: 'Get Tools', value: 'getTools', description: 'Get the tools of WooCommerce > Status > Tools', action: 'Get system status tools' },
			{ name: 'Run Tool', value: 'runTool', description: 'Run a system status tool (e.g. clear transients, recount terms)', action: 'Run a system status tool' },
		],
		'get',
	),
	...get.description,
	...getTool.description,
	...getTools.description,
	...runTool.description,
];
