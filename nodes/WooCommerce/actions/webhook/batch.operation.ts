import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { type OperationLabel } from '../shared/contract';
import { batchOperation } from '../shared/factories';
import { webhook, withoutSecret } from './config';

const operation = batchOperation(webhook);

export const description = operation.description;

export async function executeAll(this: IExecuteFunctions, items: INodeExecutionData[]) {
	const output = await operation.executeAll.call(this, items);
	return output.map((item) => (item ? { ...item, json: withoutSecret(item.json) } : item));
}

export const option: OperationLabel = { name: 'Batch', description: 'Create, update or delete many webhooks in one request per 100 items', action: 'Batch write webhooks' };
