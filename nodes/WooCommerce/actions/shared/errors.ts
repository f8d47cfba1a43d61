/**
 * The error an operation throws for bad input: names the item (and the field), says how to fix it.
 */
import { type IExecuteFunctions, NodeOperationError } from 'n8n-workflow';

/** "item 3" in messages is 1-based like the editor shows it; n8n's itemIndex stays 0-based. */
export function itemLabel(itemIndex: number): string {
	return `item ${itemIndex + 1}`;
}

export function operationError(
	ctx: IExecuteFunctions,
	itemIndex: number,
	message: string,
	description?: string,
): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), message, { itemIndex, description });
}
