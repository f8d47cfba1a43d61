import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { itemLabel, operationError } from '../shared/errors';
import { byLabel } from '../shared/descriptions';

const EVENTS = ['created', 'updated', 'deleted', 'restored'];
const RESOURCES = ['coupon', 'customer', 'order', 'product'];

const titleCase = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export const topicOptions = [
	...RESOURCES.flatMap((resource) =>
		EVENTS.map((event) => ({ name: `${titleCase(resource)} ${titleCase(event)}`, value: `${resource}.${event}` })),
	),
	{ name: 'Product Published', value: 'product.published' },
	{ name: 'Custom Action (action.<hook>)', value: 'action' },
].sort((a, b) => byLabel(a.name, b.name));

export const topicField: INodeProperties = {
	displayName: 'Topic',
	name: 'topic',
	type: 'options',
	options: topicOptions,
	default: 'order.created',
	description:
		'Event that triggers a delivery. "Deleted" deliveries carry only the ID; a permanently deleted product sends nothing.',
};

export const actionHookField: INodeProperties = {
	displayName: 'Action Hook',
	name: 'actionHook',
	type: 'string',
	default: '',
	placeholder: 'e.g. woocommerce_product_set_stock',
	description: 'WordPress action that triggers the webhook; the topic becomes action.&lt;hook&gt;',
};

export const deliveryUrlField: INodeProperties = {
	displayName: 'Delivery URL',
	name: 'delivery_url',
	type: 'string',
	default: '',
	placeholder: 'e.g. https://n8n.example.com/webhook/orders',
	description:
		'Where WooCommerce POSTs each event. WordPress only delivers to ports 80, 443 and 8080 (and the store’s own port): a URL on another port (e.g. :5678) is accepted but never receives anything.',
};

export const optionalWebhookFields: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'e.g. Orders to n8n',
	},
	{
		displayName: 'Secret',
		name: 'secret',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description:
			'Key WooCommerce signs each delivery with (X-WC-Webhook-Signature). Use letters and digits: WooCommerce signs with the HTML-decoded secret. WooCommerce never shows it again.',
	},
	{
		displayName: 'API Version',
		name: 'api_version',
		type: 'options',
		options: [
			{ name: 'Legacy V3 (Deprecated)', value: 'legacy_v3' },
			{ name: 'WP REST API V1', value: 'wp_api_v1' },
			{ name: 'WP REST API V2', value: 'wp_api_v2' },
			{ name: 'WP REST API V3', value: 'wp_api_v3' },
		],
		default: 'wp_api_v3',
		description: 'Shape of the payload WooCommerce sends',
	},
];

export const statusField: INodeProperties = {
	displayName: 'Status',
	name: 'status',
	type: 'options',
	options: [
		{ name: 'Active', value: 'active', description: 'Deliver events' },
		{ name: 'Disabled', value: 'disabled', description: 'Stop delivering (WooCommerce also disables a webhook after repeated failures)' },
		{ name: 'Paused', value: 'paused', description: 'Stop delivering for now' },
	],
	default: 'active',
};

/** Checks URL and topic, and builds action.<hook> topics. */
export function webhookBody(ctx: IExecuteFunctions, itemIndex: number, body: IDataObject): IDataObject {
	const result = { ...body };
	const hook = result.actionHook;
	delete result.actionHook;
	if (result.topic !== undefined) {
		const topic = String(result.topic).trim();
		if (topic === 'action') {
			const name = String(hook ?? '').trim().replace(/^action\./, '');
			if (name === '') {
				throw operationError(
					ctx,
					itemIndex,
					`The field "Action Hook" is empty in ${itemLabel(itemIndex)}`,
					'A custom action topic needs the WordPress action name, e.g. woocommerce_product_set_stock.',
				);
			}
			if (!/^[\w\-./:]+$/.test(name)) {
				throw operationError(ctx, itemIndex, `The field "Action Hook" in ${itemLabel(itemIndex)} is not an action name: "${name.slice(0, 60)}"`);
			}
			result.topic = `action.${name}`;
		} else if (!/^[\w-]+\.[\w\-./:]+$/.test(topic)) {
			throw operationError(
				ctx,
				itemIndex,
				`The field "Topic" in ${itemLabel(itemIndex)} is not a webhook topic: "${topic.slice(0, 60)}"`,
				'Use resource.event, e.g. order.created, or action.<hook>.',
			);
		} else {
			result.topic = topic;
		}
	}
	if (result.delivery_url !== undefined) {
		const url = String(result.delivery_url).trim();
		if (!/^https?:\/\/[^\s/?#]+[^\s]*$/i.test(url)) {
			throw operationError(
				ctx,
				itemIndex,
				`The field "Delivery URL" in ${itemLabel(itemIndex)} is not an http(s) URL`,
				'Use a full address such as https://n8n.example.com/webhook/orders.',
			);
		}
		result.delivery_url = url;
	}
	return result;
}
