import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { resources } from './resources';
import { runEachItem } from './shared/itemLoop';

/** Owns the loop over items: each item gets its own parameters, its own try/catch and its pairedItem. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const module = resources[resource]?.operations[operation];
	if (!module) {
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not supported for "${resource}"`);
	}

	// Batch-style operations take all items at once; a per-item operation with a bulk path prefers it.
	if (module.execute === undefined) return [await module.executeAll.call(this, items)];
	if (module.executeAll) return [await module.executeAll.call(this, items)];
	return [await runEachItem(this, module, items.length)];
}
