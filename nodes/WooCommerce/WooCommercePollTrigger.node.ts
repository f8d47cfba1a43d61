import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { credentialTest } from './methods';
import { getStoreCredentials, wooApiRequest, wooApiRequestAllItems } from './transport';
import {
	POLL_ENDPOINTS,
	type PollEvent,
	type PollResource,
	type PollState,
	newState,
	readState,
	recordDate,
	takeNew,
	windowStart,
} from './trigger/poll';
import { ORDER_STATUS_OPTIONS, resolveStatuses } from './trigger/topics';

const PER_PAGE = 100;

interface Settings {
	resource: PollResource;
	event: PollEvent;
	statuses: string[];
	overlapMinutes: number;
	scope: string;
}

function settingsOf(fn: IPollFunctions): Settings {
	const resource = fn.getNodeParameter('resource') as PollResource;
	const event = fn.getNodeParameter('event') as PollEvent;
	const filters = fn.getNodeParameter('filters', {}) as IDataObject;
	const options = fn.getNodeParameter('options', {}) as IDataObject;
	const statuses =
		resource === 'order'
			? resolveStatuses(filters.orderStatuses as string[] | undefined, filters.customOrderStatuses as string | undefined).sort()
			: [];
	const overlap = Number(options.overlapMinutes ?? 5);
	const overlapMinutes = Number.isFinite(overlap) && overlap >= 0 ? Math.min(overlap, 1440) : 5;
	return { resource, event, statuses, overlapMinutes, scope: `${resource}:${event}:${statuses.join(',')}` };
}

function baseQuery(settings: Settings): IDataObject {
	const qs: IDataObject = {};
	if (settings.statuses.length > 0) qs.status = settings.statuses.join(',');
	return qs;
}

/** The newest record (by creation or modification date), to start from or to show in a manual test. */
async function latest(fn: IPollFunctions, settings: Settings): Promise<IDataObject | undefined> {
	const endpoint = POLL_ENDPOINTS[settings.resource];
	if (settings.resource === 'customer') {
		if (settings.event === 'created') {
			const page = (await wooApiRequest.call(fn, 'GET', endpoint, {
				qs: { orderby: 'registered_date', order: 'desc', per_page: 1 },
			})) as IDataObject[];
			return page[0];
		}
		// Customers cannot be sorted by modification date: scan them.
		const all = await allCustomers(fn);
		let best: IDataObject | undefined;
		for (const c of all) {
			if (!best || (recordDate(c, 'updated') ?? '') > (recordDate(best, 'updated') ?? '')) best = c;
		}
		return best;
	}
	const page = (await wooApiRequest.call(fn, 'GET', endpoint, {
		qs: {
			...baseQuery(settings),
			orderby: settings.event === 'created' ? 'date' : 'modified',
			order: 'desc',
			per_page: 1,
		},
	})) as IDataObject[];
	return Array.isArray(page) ? page[0] : undefined;
}

async function allCustomers(fn: IPollFunctions): Promise<IDataObject[]> {
	return await wooApiRequestAllItems.call(fn, 'customers', {}, { returnAll: true });
}

/** Every record with a date after `since` (the window), in any order. */
async function recordsSince(fn: IPollFunctions, settings: Settings, since: string): Promise<IDataObject[]> {
	const endpoint = POLL_ENDPOINTS[settings.resource];
	if (settings.resource === 'customer') {
		if (settings.event === 'updated') {
			// The customers endpoint has no date filter (WooCommerce core): read them all, keep the window.
			return (await allCustomers(fn)).filter((c) => (recordDate(c, 'updated') ?? '') > since);
		}
		// Newest first, stop at the first page that reaches back before the window.
		const out: IDataObject[] = [];
		for (let page = 1; ; page++) {
			const list = (await wooApiRequest.call(fn, 'GET', endpoint, {
				qs: { orderby: 'registered_date', order: 'desc', per_page: PER_PAGE, page },
			})) as IDataObject[];
			if (!Array.isArray(list) || list.length === 0) break;
			let reachedOlder = false;
			for (const c of list) {
				const date = recordDate(c, 'created') ?? '';
				if (date > since) out.push(c);
				else reachedOlder = true;
			}
			if (reachedOlder || list.length < PER_PAGE) break;
		}
		return out;
	}
	const qs: IDataObject = {
		...baseQuery(settings),
		[settings.event === 'created' ? 'after' : 'modified_after']: since,
		dates_are_gmt: true,
	};
	const records = await wooApiRequestAllItems.call(fn, endpoint, qs, { returnAll: true });
	// Keep the window exactly, whatever the store did with the filter (older WooCommerce ignores dates_are_gmt).
	return records.filter((r) => {
		const date = recordDate(r, settings.event);
		return date === undefined || date > since;
	});
}

export class WooCommercePollTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'WooCommerce Poll Trigger',
		name: 'wooCommercePollTrigger',
		icon: { light: 'file:woocommerce.svg', dark: 'file:woocommerce.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"] === "created" ? "New " : "New or Updated "}}{{$parameter["resource"]}}',
		description:
			'Checks a WooCommerce store on a schedule for new or updated orders, products, customers or coupons; for stores that cannot reach n8n with webhooks',
		defaults: { name: 'WooCommerce Poll Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'wooCommerceRestApi', required: true, testedBy: 'wooCommerceRestApiTest' }],
		properties: [
			{
				displayName:
					'Use this trigger when the store cannot send webhooks to n8n (n8n on a laptop, behind a firewall, or on a port other than 80/443/8080). The first poll after activation only records where to start; test runs return the latest record.',
				name: 'pollNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				default: 'order',
				options: [
					{ name: 'Coupon', value: 'coupon' },
					{ name: 'Customer', value: 'customer' },
					{ name: 'Order', value: 'order' },
					{ name: 'Product', value: 'product' },
				],
			},
			{
				displayName: 'Trigger On',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				default: 'created',
				options: [
					{
						name: 'New',
						value: 'created',
						description: 'Records created since the last poll',
					},
					{
						name: 'New or Updated',
						value: 'updated',
						description:
							'Records created or changed since the last poll (one item per record with its latest state). For customers WooCommerce has no date filter, so each poll reads the whole customer list.',
					},
				],
			},
			{
				displayName: 'Filters',
				name: 'filters',
				type: 'collection',
				placeholder: 'Add Filter',
				default: {},
				displayOptions: { show: { resource: ['order'] } },
				options: [
					{
						displayName: 'Order Statuses',
						name: 'orderStatuses',
						type: 'multiOptions',
						default: [],
						options: ORDER_STATUS_OPTIONS,
						description: 'Only orders with one of these statuses at poll time (empty = any)',
					},
					{
						displayName: 'Other Order Statuses',
						name: 'customOrderStatuses',
						type: 'string',
						default: '',
						placeholder: 'e.g. shipped, awaiting-pickup',
						description: 'Custom order status slugs, comma-separated, without "wc-"',
					},
				],
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				options: [
					{
						displayName: 'Overlap Window (Minutes)',
						name: 'overlapMinutes',
						type: 'number',
						typeOptions: { minValue: 0, maxValue: 1440 },
						default: 5,
						description:
							'How far back each poll looks before the newest date already seen, to catch records saved late. Records already emitted in that window are not emitted again.',
					},
				],
			},
		],
	};

	methods = { credentialTest };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const settings = settingsOf(this);
		const creds = await getStoreCredentials.call(this);
		if (creds.apiVersion === 'wc-api/v3') {
			throw new NodeOperationError(
				this.getNode(),
				'The Poll Trigger needs the WooCommerce REST API (wc/v3, v2 or v1): the legacy wc-api/v3 has no modified-date filter',
				{ description: 'Choose API version wc/v3 in the credential.' },
			);
		}

		if (this.getMode() === 'manual') {
			// A test run: show the latest record, and leave the saved position untouched.
			const record = await latest(this, settings);
			return record ? [this.helpers.returnJsonArray([record])] : null;
		}

		const staticData = this.getWorkflowStaticData('node');
		let state: PollState | undefined = readState(staticData.pollState, settings.scope);

		if (!state) {
			// First poll: remember where the store is now, emit nothing (n8n convention).
			const newest = await latest(this, settings);
			const mark = newest ? recordDate(newest, settings.event) : undefined;
			state = newState(settings.scope, mark);
			if (mark) {
				const { next } = takeNew(
					state,
					await recordsSince(this, settings, windowStart(state, settings.overlapMinutes)),
					settings.event,
					settings.overlapMinutes,
				);
				state = next;
			}
			staticData.pollState = state;
			return null;
		}

		const since = windowStart(state, settings.overlapMinutes);
		const records = await recordsSince(this, settings, since);
		const { fresh, next } = takeNew(state, records, settings.event, settings.overlapMinutes);
		staticData.pollState = next;
		if (fresh.length === 0) return null;
		return [this.helpers.returnJsonArray(fresh)];
	}
}
