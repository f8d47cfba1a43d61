import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { getStoreCredentials } from './transport';
import { type PollState, encodeIdRanges, minDate, newState, readState, recordDate, takeNew, takeReached, windowStart } from './trigger/poll';
import { newestRecord, orderIdsWithStatus, pollSettings, recordsSince } from './trigger/pollRead';
import { ORDER_STATUS_OPTIONS } from './trigger/topics';

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
					'Use this trigger when the store cannot send webhooks to n8n (n8n on a laptop, behind a firewall, or on a port other than 80/443/8080). The first poll after activation only records where to start; test runs return the latest record. Dates are compared in GMT (the store\'s *_gmt fields); a store that reads the window as local time gets a window widened by its offset behind GMT. Customers have no date filter in WooCommerce, so customer polls read the whole customer list.',
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
							'Records created or changed since the last poll (one item per record with its latest state; two changes within one second are two changes)',
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
							'Only orders with one of these statuses at poll time (empty = any). With Trigger On "New", an order is emitted once when it reaches one of these statuses (e.g. created as pending, then paid: emitted when it becomes processing, also when it was created before activation); orders that already had the status when the trigger was activated are not emitted (activation reads their IDs once).',
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
		const settings = pollSettings(this);
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
			const { record } = await newestRecord(this, settings);
			return record ? [this.helpers.returnJsonArray([record])] : null;
		}

		const staticData = this.getWorkflowStaticData('node');
		let state: PollState | undefined = readState(staticData.pollState, settings.scope);

		if (!state) {
			// First poll: remember where the store is now, emit nothing (n8n convention).
			// A record dated in the future (a scheduled product) does not count: the mark stays at the store's time.
			const { record: newest, now } = await newestRecord(this, settings);
			const newestDate = newest ? recordDate(newest, settings.dateEvent) : undefined;
			const mark = newestDate === undefined ? undefined : minDate(newestDate, now);
			state = newState(settings.scope, mark);
			// Orders that have the status now are not new later; one that reaches it after activation is.
			if (settings.mode === 'reached') state.present = encodeIdRanges(await orderIdsWithStatus(this, settings));
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
