import { type IExecuteFunctions, type INodeExecutionData, NodeApiError, NodeOperationError } from 'n8n-workflow';

import { type ItemOperation } from './contract';
import { itemErrorJson } from './errors';
import { toItems } from './records';

/** The loop over items for operations that handle one item at a time (the router's, and the fallback of bulk paths). */

/** The per-item loop: each item its own try/catch (Continue On Fail) and pairedItem. */
export async function runEachItem(ctx: IExecuteFunctions, module: ItemOperation, count: number): Promise<INodeExecutionData[]> {
	const returnData: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < count; itemIndex++) {
		const outcome = await runItem(ctx, module, itemIndex);
		if ('items' in outcome) {
			returnData.push(...outcome.items);
		} else if (ctx.continueOnFail()) {
			returnData.push({
				json: itemErrorJson(outcome.error),
				pairedItem: { item: itemIndex },
			});
		} else {
			throw outcome.error;
		}
	}
	return returnData;
}

/** Runs one item and returns its output, or its error as a node error that carries the item index. */
async function runItem(
	ctx: IExecuteFunctions,
	module: ItemOperation,
	itemIndex: number,
): Promise<{ items: INodeExecutionData[] } | { error: NodeApiError | NodeOperationError }> {
	try {
		const result = await module.execute.call(ctx, itemIndex);
		return { items: toItems(ctx, result, itemIndex) };
	} catch (error) {
		if (error instanceof NodeApiError || error instanceof NodeOperationError) {
			if (error.context?.itemIndex === undefined) error.context.itemIndex = itemIndex;
			return { error };
		}
		return { error: new NodeOperationError(ctx.getNode(), error as Error, { itemIndex }) };
	}
}
