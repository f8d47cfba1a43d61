import type { INodeProperties } from 'n8n-workflow';

import { type OperationModule } from '../shared/contract';

/** A `<Resource>.resource.ts` module: its operation selector and parameters, and its typed operations. */
export interface ResourceModule {
	description: INodeProperties[];
	operations: Record<string, OperationModule>;
}

/** A resource as the node lists it: its parameter value, display name and module. */
export interface ResourceEntry {
	value: string;
	name: string;
	module: ResourceModule;
}
