import type { INodeProperties } from 'n8n-workflow';

import { type OperationModule } from '../shared/contract';
import { operationOptions } from '../shared/descriptions';
import { webhook } from './config';

import * as batch from './batch.operation';
import * as create from './create.operation';
import * as deleteWebhook from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

/** The resource's operations, checked against the operation contract: a missing or misnamed export fails the build. */
export const operations = {
	batch,
	create,
	delete: deleteWebhook,
	get,
	getAll,
	update,
} satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	operationOptions(webhook, [
		{ name: 'Batch', value: 'batch', description: 'Create, update or delete many webhooks in one request per 100 items', action: 'Batch write webhooks' },
		{ name: 'Create', value: 'create', description: 'Create a webhook (to let n8n manage them, use the WooCommerce Trigger node instead)', action: 'Create a webhook' },
		{ name: 'Delete', value: 'delete', description: 'Delete a webhook permanently', action: 'Delete a webhook' },
		{ name: 'Get', value: 'get', description: 'Get a webhook', action: 'Get a webhook' },
		{ name: 'Get Many', value: 'getAll', description: 'Get many webhooks', action: 'Get many webhooks' },
		{ name: 'Update', value: 'update', description: 'Update a webhook: pause, activate, change URL or topic', action: 'Update a webhook' },
	]),
	...batch.description,
	...create.description,
	...deleteWebhook.description,
	...get.description,
	...getAll.description,
	...update.description,
];
