import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * WooCommerce webhook topics (`<resource>.<event>`), with what a real store does for each: the descriptions tell
 * users where WooCommerce surprises.
 */
export const CORE_TOPIC_OPTIONS: INodePropertyOptions[] = [
	{
		name: 'Coupon Created',
		value: 'coupon.created',
		description: 'A coupon was created',
	},
	{
		name: 'Coupon Deleted',
		value: 'coupon.deleted',
		description: 'A coupon was moved to the trash. The payload is only the ID.',
	},
	{
		name: 'Coupon Restored',
		value: 'coupon.restored',
		description: 'A coupon was taken out of the trash in WP admin (a REST API restore sends Coupon Updated)',
	},
	{
		name: 'Coupon Updated',
		value: 'coupon.updated',
		description: 'A coupon was changed',
	},
	{
		name: 'Customer Created',
		value: 'customer.created',
		description: 'A customer account was created (creation also sends Customer Updated)',
	},
	{
		name: 'Customer Deleted',
		value: 'customer.deleted',
		description: 'A customer account was deleted. The payload is only the ID.',
	},
	{
		name: 'Customer Restored',
		value: 'customer.restored',
		description: 'Accepted by WooCommerce for completeness; customers have no trash, so it is normally never sent',
	},
	{
		name: 'Customer Updated',
		value: 'customer.updated',
		description: 'A customer account was changed',
	},
	{
		name: 'Order Created',
		value: 'order.created',
		description:
			'An order was created. WooCommerce also sends Order Updated for the same new order: select only one of the two if you do not want both.',
	},
	{
		name: 'Order Deleted',
		value: 'order.deleted',
		description:
			'An order was moved to the trash. The payload is only the ID; a permanent delete sends nothing.',
	},
	{
		name: 'Order Restored',
		value: 'order.restored',
		description: 'An order was taken out of the trash in WP admin (a REST API restore sends Order Updated)',
	},
	{
		name: 'Order Updated',
		value: 'order.updated',
		description: 'An order was changed (status, items, payment…), including right after its creation',
	},
	{
		name: 'Product Created',
		value: 'product.created',
		description: 'A product was created',
	},
	{
		name: 'Product Deleted',
		value: 'product.deleted',
		description:
			'A product was moved to the trash. The payload is only the ID; a permanent delete (force) sends nothing.',
	},
	{
		name: 'Product Published',
		value: 'product.published',
		description: 'A product was published',
	},
	{
		name: 'Product Restored',
		value: 'product.restored',
		description:
			'A product was taken out of the trash in WP admin. Restoring through the REST API sends Product Updated instead.',
	},
	{
		name: 'Product Updated',
		value: 'product.updated',
		description: 'A product was changed, including a restore from the trash through the REST API',
	},
];

export const CUSTOM_ACTION_VALUE = 'action';

export const EVENT_OPTIONS: INodePropertyOptions[] = [
	...CORE_TOPIC_OPTIONS,
	{
		name: 'Custom Action',
		value: CUSTOM_ACTION_VALUE,
		description:
			'A WordPress action hook (topic action.&lt;hook&gt;), e.g. woocommerce_product_set_stock. The payload is {action, arg}.',
	},
];

export const CORE_TOPICS = new Set(CORE_TOPIC_OPTIONS.map((o) => o.value as string));

/** WordPress hook names: letters, digits, `_ - . / :` (no spaces or commas). */
const HOOK_NAME = /^[A-Za-z0-9_\-./:]{1,190}$/;

/**
 * Resolves the node's Events parameter (+ custom action hooks) into a sorted, de-duplicated list of
 * topics. Throws an Error with a user sentence on an invalid hook name or an empty selection.
 */
export function resolveTopics(events: string[], customActions: string): string[] {
	const topics = new Set<string>();
	for (const event of events) {
		if (event === CUSTOM_ACTION_VALUE) continue;
		if (!CORE_TOPICS.has(event)) throw new Error(`Unknown event "${event}"`);
		topics.add(event);
	}
	if (events.includes(CUSTOM_ACTION_VALUE)) {
		const hooks = customActions
			.split(/[\s,]+/)
			.map((h) => h.trim())
			.filter((h) => h !== '')
			.map((h) => (h.startsWith('action.') ? h.slice('action.'.length) : h));
		if (hooks.length === 0) {
			throw new Error('Enter the name of the WordPress action hook for the Custom Action event');
		}
		for (const hook of hooks) {
			if (!HOOK_NAME.test(hook)) {
				throw new Error(
					`"${hook}" is not a valid WordPress action hook name (use letters, digits, _ - . / :)`,
				);
			}
			topics.add(`action.${hook}`);
		}
	}
	if (topics.size === 0) throw new Error('Select at least one event');
	return [...topics].sort();
}

/** `api_version` of the webhook payload that matches the credential's API. */
export function webhookApiVersion(apiVersion: string): string {
	switch (apiVersion) {
		case 'wc/v1':
			return 'wp_api_v1';
		case 'wc/v2':
			return 'wp_api_v2';
		case 'wc-api/v3':
			return 'legacy_v3';
		default:
			return 'wp_api_v3';
	}
}

/** `n8n: <workflow name> (workflow <id>) – <topic>`, the name shown in WooCommerce > Settings > Advanced > Webhooks. */
export function webhookName(workflowName: string | undefined, workflowId: string | undefined, topic: string): string {
	const name = (workflowName ?? '').trim() || 'Untitled workflow';
	const shortName = name.length > 80 ? `${name.slice(0, 79)}…` : name;
	return `n8n: ${shortName} (workflow ${workflowId ?? '?'}) – ${topic}`;
}

export const ORDER_STATUS_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Cancelled', value: 'cancelled' },
	{ name: 'Checkout Draft', value: 'checkout-draft' },
	{ name: 'Completed', value: 'completed' },
	{ name: 'Failed', value: 'failed' },
	{ name: 'On Hold', value: 'on-hold' },
	{ name: 'Pending Payment', value: 'pending' },
	{ name: 'Processing', value: 'processing' },
	{ name: 'Refunded', value: 'refunded' },
];

/** Joins the selected core statuses and a comma list of custom ones (`wc-` prefix dropped). */
export function resolveStatuses(selected: string[] | undefined, custom: string | undefined): string[] {
	const out = new Set<string>(selected ?? []);
	for (const raw of (custom ?? '').split(',')) {
		const status = raw.trim().replace(/^wc-/, '');
		if (status) out.add(status);
	}
	return [...out];
}
