import type { INodeProperties } from 'n8n-workflow';

import { type LabelledOperation } from '../shared/contract';
import { resourceDescription } from '../shared/descriptions';

import * as apiCall from './apiCall.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	apiCall,
} satisfies Record<string, LabelledOperation>;

export const description: INodeProperties[] = resourceDescription('custom', operations, 'apiCall');
