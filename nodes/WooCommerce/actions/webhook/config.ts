import type { IDataObject } from 'n8n-workflow';

import { idLocator } from '../../descriptions/common.descriptions';
import { type ResourceConfig } from '../shared/contract';

export const webhook: ResourceConfig = {
	resource: 'webhook',
	label: 'webhook',
	collection: () => 'webhooks',
	idParameter: idLocator({
		name: 'webhookId',
		displayName: 'Webhook',
		label: 'webhook',
		searchListMethod: 'searchWebhooks',
	}),
};

/** WooCommerce does not echo secrets, but older stores and plugins may: never let one reach the output. */
export function withoutSecret<T extends IDataObject | IDataObject[]>(result: T): T {
	if (Array.isArray(result)) return result.map((record) => withoutSecret(record)) as T;
	if (result && typeof result === 'object' && 'secret' in result) {
		const copy: IDataObject = { ...result };
		delete copy.secret;
		return copy as T;
	}
	return result;
}
