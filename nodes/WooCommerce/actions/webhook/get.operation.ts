import type { IExecuteFunctions } from 'n8n-workflow';

import { type OperationLabel } from '../shared/contract';
import { getOperation } from '../shared/factories';
import { webhook, withoutSecret } from './config';

const operation = getOperation(webhook);

export const description = operation.description;

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	return withoutSecret(await operation.execute.call(this, itemIndex));
}

export const option: OperationLabel = { name: 'Get', description: 'Get a webhook', action: 'Get a webhook' };
