import type { INodeProperties } from 'n8n-workflow';

import { CUSTOM_ACTION_VALUE, EVENT_OPTIONS, ORDER_STATUS_OPTIONS } from './topics';

export const triggerProperties: INodeProperties[] = [
	{
		displayName:
			'WooCommerce delivers webhooks in the background (WP-Cron / Action Scheduler), usually seconds to a minute after the change, and only to ports 80, 443 and 8080 of a public address. If the store cannot reach n8n, use the WooCommerce Poll Trigger.',
		name: 'deliveryNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		required: true,
		default: [],
		options: EVENT_OPTIONS,
		description:
			'The events to listen to. The trigger registers one WooCommerce webhook per event when the workflow is activated and removes them when it is deactivated.',
	},
	{
		displayName: 'Action Hook Names',
		name: 'customAction',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. woocommerce_product_set_stock',
		description:
			'WordPress action hook(s) to listen to, separated by commas. Each becomes a webhook with topic action.&lt;hook&gt;; the payload is {"action": ..., "arg": ...}.',
		displayOptions: { show: { events: [CUSTOM_ACTION_VALUE] } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Catch Up After Downtime',
				name: 'catchUp',
				type: 'boolean',
				default: true,
				description:
					"Whether to emit, when n8n starts and when a check finds a webhook WooCommerce disabled, the orders, products, customers and coupons created or updated after the last one a delivery brought (for the Created and Updated events of those resources). Each record is emitted once, in its current state, with _woocommerce.caughtUp = true; a late delivery of the same state is then dropped. Deletions and custom actions cannot be read back.",
			},
			{
				displayName: 'Fetch Current Resource',
				name: 'fetchCurrent',
				type: 'boolean',
				default: false,
				description:
					'Whether to read the resource again from the store (GET) for "updated" events and output its current state instead of the payload. Deliveries are asynchronous, so the payload can be older than the store\'s data.',
			},
			{
				displayName: 'Ignore Repeated Deliveries',
				name: 'ignoreRepeated',
				type: 'boolean',
				default: true,
				description:
					'Whether to drop a delivery that repeats one received in the last hour: same webhook, topic and signed payload (headers such as the delivery ID are not signed, so they do not count; a record trashed, restored and trashed again within the hour gives one Deleted event). Remembered in this n8n process and in the workflow\'s static data, which n8n saves after each delivery; with several webhook processes (queue mode), two copies arriving at the same moment can both pass, so make steps that must run once idempotent too (e.g. on _woocommerce.deliveryId or the resource ID).',
			},
			{
				displayName: 'Only Order Statuses',
				name: 'orderStatuses',
				type: 'multiOptions',
				default: [],
				options: ORDER_STATUS_OPTIONS,
				description:
					'For order events: start the workflow only when the order has one of these statuses (empty = any). Order Deleted events carry only the ID and always pass. Other deliveries are answered 200 and ignored.',
			},
			{
				displayName: 'Other Order Statuses',
				name: 'customOrderStatuses',
				type: 'string',
				default: '',
				placeholder: 'e.g. shipped, awaiting-pickup',
				description:
					'Custom order statuses (slugs, comma-separated, without "wc-") to add to Only Order Statuses',
			},
			{
				displayName: 'Reactivate Disabled Webhooks',
				name: 'selfHeal',
				type: 'boolean',
				default: true,
				description:
					'Whether to check this trigger\'s webhooks when n8n starts and every 2 minutes, and set active again any that WooCommerce disabled (it does so after repeated failed deliveries, e.g. while n8n was down, and never retries them). Costs one request per event at each check.',
			},
			{
				displayName: 'Skip Delivery URL Check',
				name: 'skipDeliveryUrlCheck',
				type: 'boolean',
				default: false,
				description:
					"Whether to skip the activation check that WordPress can deliver to n8n's webhook URL. WordPress only delivers to ports 80, 443 and 8080 and refuses loopback/private addresses other than the store's own host; by default activation fails with an explanation instead of creating webhooks that never fire. Turn this on only if your store allows the URL (e.g. through the http_allowed_safe_ports or http_request_host_is_external filters).",
			},
		],
	},
];
