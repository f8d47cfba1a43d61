import type { INodeProperties } from 'n8n-workflow';

import { type LabelledOperation } from '../shared/contract';
import { resourceDescription } from '../shared/descriptions';
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
} satisfies Record<string, LabelledOperation>;

export const description: INodeProperties[] = resourceDescription(RESOURCE, operations, 'get');
