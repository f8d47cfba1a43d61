import type { INodeProperties } from 'n8n-workflow';

import { type LabelledOperation } from '../shared/contract';
import { resourceDescription } from '../shared/descriptions';
import { RESOURCE } from './period';

import * as getAll from './getAll.operation';
import * as getSales from './getSales.operation';
import * as getTopSellers from './getTopSellers.operation';
import * as getTotals from './getTotals.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	getAll,
	getSales,
	getTopSellers,
	getTotals,
} satisfies Record<string, LabelledOperation>;

export const description: INodeProperties[] = resourceDescription(RESOURCE, operations, 'getSales');
