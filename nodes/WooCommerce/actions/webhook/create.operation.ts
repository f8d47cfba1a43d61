import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { readBody } from '../shared/bodies';
import { type OperationLabel } from '../shared/contract';
import { fieldsCollection, show } from '../shared/descriptions';
import { webhook, withoutSecret } from './config';
import { actionHookField, deliveryUrlField, optionalWebhookFields, topicField, webhookBody } from './fields';

export const description = show(webhook, 'create', [
	{ ...topicField, required: true },
	// Not marked required: with Topic set by an expression the editor could not tell whether it is needed.
	{ ...actionHookField, displayOptions: { show: { topic: ['action'] } } },
	{ ...deliveryUrlField, required: true },
	fieldsCollection('additionalFields', 'Additional Fields', optionalWebhookFields),
]);

/** New webhooks are always active (WooCommerce ignores a status on create) and get a ping right away. */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const topic = this.getNodeParameter('topic', itemIndex) as string;
	// The hook is read only for custom action topics (the parameter is hidden otherwise).
	const required = topic === 'action' ? ['topic', 'actionHook', 'delivery_url'] : ['topic', 'delivery_url'];
	const body = readBody(this, itemIndex, required, 'additionalFields', webhookBody);
	const record = (await wooApiRequest.call(this, 'POST', webhook.collection.call(this, itemIndex), { body, itemIndex })) as IDataObject;
	return withoutSecret(record);
}

export const option: OperationLabel = { name: 'Create', description: 'Create a webhook (to let n8n manage them, use the WooCommerce Trigger node instead)', action: 'Create a webhook' };
