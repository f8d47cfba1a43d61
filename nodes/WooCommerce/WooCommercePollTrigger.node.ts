import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { type WooFullResponse, getStoreCredentials, wooApiRequest, wooApiRequestAllItems } from './transport';
import {
	POLL_ENDPOINTS,
	type PollEvent,
	type PollResource,
	type PollState,
	dateFromHttpHeader,
	minDate,
	newState,
	readState,
	recordDate,
	takeNew,
	takeReached,
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
	/**
	 * 'reached' for new orders with a status filter: orders that reached one of the statuses, each
	 * once (window on modification dates); 'date' otherwise (window on the event's own date).
	 */
	mode: 'date' | 'reached';
	/** Which date the window and the mark use. */
	dateEvent: PollEvent;
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
	const mode = resource === 'order' && event === 'created' && statuses.length > 0 ? 'reached' : 'date';
	return {
		resource,
		event,
		statuses,
		overlapMinutes,
		mode,
		dateEvent: mode === 'reached' ? 'updated' : event,
		scope: `${resource}:${event}:${statuses.join(',')}${mode === 'reached' ? ':reached' : ''}`,
	};
}

function baseQuery(settings: Settings): IDataObject {
	const qs: IDataObject = {};
	if (settings.statuses.length > 0) qs.status = settings.statuses.join(',');
	return qs;
}

/**
 * The store's current time from a response's `Date` header (the store's clock); n8n's clock when the
 * header is missing. Only used to tell records dated in the future (scheduled) from the rest.
 */
function storeNow(response: WooFullResponse | undefined): string {
	const header = response?.headers ? (response.headers.date ?? response.headers.Date) : undefined;
	return dateFromHttpHeader(header) ?? new Date().toISOString().slice(0, 19);
}

async function getFull(fn: IPollFunctions, endpoint: string, qs: IDataObject): Promise<{ list: IDataObject[]; now: string; totalPages?: number }> {
	const response = (await wooApiRequest.call(fn, 'GET', endpoint, { qs, returnFullResponse: true })) as WooFullResponse;
	const list = Array.isArray(response.body) ? (response.body as IDataObject[]) : [];
	const pages = Number(response.headers?.['x-wp-totalpages']);
	return { list, now: storeNow(response), totalPages: Number.isFinite(pages) ? pages : undefined };
}

/**
 * Every record of a list, and the store's time. The first page is read here (its `Date` header is the
 * store's clock); a list longer than one page is read again in full by the paginating walk.
 */
async function listWithNow(fn: IPollFunctions, endpoint: string, qs: IDataObject): Promise<{ records: IDataObject[]; now: string }> {
	const first = await getFull(fn, endpoint, { ...qs, orderby: 'id', order: 'asc', per_page: PER_PAGE, page: 1 });
	if (first.list.length < PER_PAGE && !(first.totalPages !== undefined && first.totalPages > 1)) {
		return { records: first.list, now: first.now };
	}
	return { records: await wooApiRequestAllItems.call(fn, endpoint, qs, { returnAll: true }), now: first.now };
}

/** The newest record (by creation or modification date), to start from or to show in a manual test. */
async function latest(fn: IPollFunctions, settings: Settings): Promise<{ record?: IDataObject; now: string }> {
	const endpoint = POLL_ENDPOINTS[settings.resource];
	if (settings.resource === 'customer') {
		if (settings.dateEvent === 'created') {
			const { list, now } = await getFull(fn, endpoint, { orderby: 'registered_date', order: 'desc', per_page: 1 });
			return { record: list[0], now };
		}
		// Customers cannot be sorted by modification date: scan them.
		const { records, now } = await listWithNow(fn, endpoint, {});
		let best: IDataObject | undefined;
		for (const c of records) {
			if (!best || (recordDate(c, 'updated') ?? '') > (recordDate(best, 'updated') ?? '')) best = c;
		}
		return { record: best, now };
	}
	const { list, now } = await getFull(fn, endpoint, {
		...baseQuery(settings),
		orderby: settings.dateEvent === 'created' ? 'date' : 'modified',
		order: 'desc',
		per_page: 1,
	});
	return { record: list[0], now };
}

/** Every record with a date after `since` (the window), in any order, and the store's time. */
async function recordsSince(
	fn: IPollFunctions,
	settings: Settings,
	since: string,
): Promise<{ records: IDataObject[]; now: string }> {
	const endpoint = POLL_ENDPOINTS[settings.resource];
	const event = settings.dateEvent;
	if (settings.resource === 'customer') {
		if (event === 'updated') {
			// The customers endpoint has no date filter (WooCommerce core): read them all, keep the window.
			const { records, now } = await listWithNow(fn, endpoint, {});
			return { records: records.filter((c) => (recordDate(c, 'updated') ?? '') > since), now };
		}
		// Newest first, stop at the first page that reaches back before the window.
		const out: IDataObject[] = [];
		let now: string | undefined;
		for (let page = 1; ; page++) {
			const got = await getFull(fn, endpoint, { orderby: 'registered_date', order: 'desc', per_page: PER_PAGE, page });
			now ??= got.now;
			const list = got.list;
			if (list.length === 0) break;
			let reachedOlder = false;
			for (const c of list) {
				const date = recordDate(c, 'created') ?? '';
				if (date > since) out.push(c);
				else reachedOlder = true;
			}
			if (reachedOlder || list.length < PER_PAGE) break;
		}
		return { records: out, now: now ?? storeNow(undefined) };
	}
	const qs: IDataObject = {
		...baseQuery(settings),
		[event === 'created' ? 'after' : 'modified_after']: since,
		dates_are_gmt: true,
	};
	const { records, now } = await listWithNow(fn, endpoint, qs);
	// Keep the window exactly, whatever the store did with the filter (older WooCommerce ignores dates_are_gmt).
	return {
		records: records.filter((r) => {
			const date = recordDate(r, event);
			return date === undefined || date > since;
		}),
		now,
	};
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
		credentials: [{ name: 'wooCommerceRestApi', required: true }],
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
						description:
							'Only orders with one of these statuses at poll time (empty = any). With Trigger On "New", an order is emitted once when it reaches one of these statuses (e.g. created as pending, then paid: emitted when it becomes processing); orders that already had the status when the trigger was activated are not emitted.',
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
			const { record } = await latest(this, settings);
			return record ? [this.helpers.returnJsonArray([record])] : null;
		}

		const staticData = this.getWorkflowStaticData('node');
		let state: PollState | undefined = readState(staticData.pollState, settings.scope);

		if (!state) {
			// First poll: remember where the store is now, emit nothing (n8n convention).
			// A record dated in the future (a scheduled product) does not count: the mark stays at the store's time.
			const { record: newest, now } = await latest(this, settings);
			const newestDate = newest ? recordDate(newest, settings.dateEvent) : undefined;
			const mark = newestDate === undefined ? undefined : minDate(newestDate, now);
			state = newState(settings.scope, mark);
			if (settings.mode === 'reached') state.createdFloor = windowStart(state, settings.overlapMinutes);
			if (mark) {
				const window = await recordsSince(this, settings, windowStart(state, settings.overlapMinutes));
				const { next } =
					settings.mode === 'reached'
						? takeReached(state, window.records, settings.overlapMinutes, window.now)
						: takeNew(state, window.records, settings.event, settings.overlapMinutes, window.now);
				state = next;
			}
			staticData.pollState = state;
			return null;
		}

		const since = windowStart(state, settings.overlapMinutes);
		const { records, now } = await recordsSince(this, settings, since);
		const { fresh, next } =
			settings.mode === 'reached'
				? takeReached(state, records, settings.overlapMinutes, now)
				: takeNew(state, records, settings.event, settings.overlapMinutes, now);
		staticData.pollState = next;
		if (fresh.length === 0) return null;
		return [this.helpers.returnJsonArray(fresh)];
	}
}
