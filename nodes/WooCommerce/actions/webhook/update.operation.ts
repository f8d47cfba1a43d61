import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { wooApiRequest } from '../../transport';
import { nothingToUpdate, readBody } from '../shared/bodies';
import { type OperationLabel } from '../shared/contract';
import { fieldsCollection, show } from '../shared/descriptions';
import { itemLabel, operationError } from '../shared/errors';
import { recordId } from '../shared/ids';
import { webhook, withoutSecret } from './config';
import {
	actionHookField,
	deliveryUrlField,
	optionalWebhookFields,
	statusField,
	topicField,
	webhookBody,
} from './fields';

export const description = show(webhook, 'update', [
	webhook.idParameter,
	fieldsCollection('updateFields', 'Update Fields', [
		{ ...actionHookField, description: `${actionHookField.description} (with Topic "Custom Action")` },
		deliveryUrlField,
		...optionalWebhookFields,
		{ ...statusField, description: 'Active delivers events; Paused and Disabled stop deliveries. Setting it re-enables a webhook disabled after failures.' },
		topicField,
	]),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const id = recordId(this, webhook, itemIndex);
	const body = readBody(this, itemIndex, [], 'updateFields', webhookBody);
	if (body.status !== undefined && !['active', 'paused', 'disabled'].includes(String(body.status))) {
		throw operationError(
			this,
			itemIndex,
			`The field "Status" in ${itemLabel(itemIndex)} has an unknown value: "${String(body.status).slice(0, 30)}"`,
			'Use active, paused or disabled.',
		);
	}
	if (Object.keys(body).length === 0) throw nothingToUpdate(this, itemIndex);
	const record = (await wooApiRequest.call(this, 'PUT', `${webhook.collection.call(this, itemIndex)}/${id}`, { body, itemIndex })) as IDataObject;
	return withoutSecret(record);
}

export const option: OperationLabel = { name: 'Update', description: 'Update a webhook: pause, activate, change URL or topic', action: 'Update a webhook' };
