/**
 * Webhooks that heal themselves, and the events missed meanwhile.
 *
 * WooCommerce disables a webhook after repeated failed deliveries and never retries them, so after n8n was down its
 * trigger would stay silent. The trigger therefore runs a check (n8n runs a node's `trigger()` when the workflow is
 * activated, when n8n starts, and on the leader in queue mode) at once and every few minutes:
 * - every webhook of this trigger that WooCommerce disabled or paused is set active again;
 * - for `<resource>.created|updated` topics of orders, products, customers and coupons, the records created or
 *   modified after the last one a verified delivery (or a previous catch-up) brought are read through the API and
 *   emitted once, marked `_woocommerce.caughtUp`; a later delivery of the same record state is dropped.
 *
 * State lives in the node's static data, under `delivered` (written by the webhook path) and `caughtUp` (written
 * here): `{ [topic]: { mark: newest date, keys: { [id]: date } } }`. The copy `trigger()` holds is the one n8n loaded
 * when it activated the workflow: fresh after a start of n8n, older later. So the catch-up at start writes its marks
 * to static data (n8n saves them with the emit), while a catch-up found by a later check keeps its marks in memory
 * (saving that older copy would overwrite what the webhook path saved since).
 */
import { createHash } from 'crypto';
import type { IDataObject, INodeExecutionData, ITriggerFunctions, NodeApiError } from 'n8n-workflow';

import { type ApiVersion, getStoreCredentials, wooApiRequest, wooApiWalk } from '../transport';
import { registrationsOf, webhookApi } from './lifecycle';
import { type TopicMarks, catchUpTopic, knows, marksOf, startOf, stateDate, withStates } from './marks';
import { resolveStatuses } from './topics';

/** A stable id for a caught-up event, in place of WooCommerce's delivery id. */
function catchUpId(topic: string, id: string, date: string): string {
	return `catch-up-${createHash('sha256').update(`${topic}\n${id}\n${date}`).digest('hex').slice(0, 16)}`;
}

export interface RecoveryState {
	/** Marks of catch-ups made by later checks (not saved: see the file comment). */
	memory: Record<string, TopicMarks>;
	/** The API the webhooks are managed through, found by the first check (null: the credential's own). */
	api?: ApiVersion | null;
}

export interface RecoveryResult {
	/** Webhook ids set active again. */
	reactivated: number[];
	/** Webhook ids that are gone from the store (a restart of n8n, or deactivating and activating, recreates them). */
	missing: number[];
	emitted: number;
}

interface StoreHook {
	id: number;
	topic: string;
	status?: string;
}

/** This trigger's webhooks as WooCommerce has them now (production registrations only). */
async function storeHooks(fn: ITriggerFunctions, staticData: IDataObject, api: ApiVersion | undefined): Promise<{ hooks: StoreHook[]; missing: number[] }> {
	const hooks: StoreHook[] = [];
	const missing: number[] = [];
	for (const registration of registrationsOf(staticData, { production: true })) {
		let gone = false;
		const answer = (await wooApiRequest
			.call(fn, 'GET', `webhooks/${registration.id}`, { qs: { _fields: 'id,status,topic' }, apiVersion: api })
			.catch((error: NodeApiError) => {
				// Gone from the store: reported; anything else stops this check (the next one tries again).
				if (error.httpCode !== '404') throw error;
				gone = true;
				return {};
			})) as IDataObject;
		if (gone) {
			missing.push(registration.id);
			continue;
		}
		const webhook = (answer.webhook as IDataObject | undefined) ?? answer;
		hooks.push({ id: registration.id, topic: registration.topic, status: webhook.status as string | undefined });
	}
	return { hooks, missing };
}

function secondBefore(date: string): string {
	const ms = Date.parse(`${date}Z`);
	return Number.isNaN(ms) ? date : new Date(ms - 1000).toISOString().slice(0, 19);
}

/** The records of a topic changed after `since` (or in its second too: `inclusive`), oldest first. */
async function changedSince(fn: ITriggerFunctions, topic: string, since: string, inclusive: boolean): Promise<IDataObject[]> {
	const kind = catchUpTopic(topic)!;
	// The customers endpoint has no date filter in WooCommerce: read them all and keep the window.
	const qs: IDataObject =
		kind.resource === 'customer'
			? {}
			: { [kind.event === 'created' ? 'after' : 'modified_after']: secondBefore(since), dates_are_gmt: true };
	const { items } = await wooApiWalk.call(fn, kind.endpoint, qs, { returnAll: true });
	return items
		.map((record) => ({ record, date: stateDate(record, kind.event) }))
		.filter((r): r is { record: IDataObject; date: string } => r.date !== undefined && (inclusive ? r.date >= since : r.date > since))
		.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : Number(a.record.id) - Number(b.record.id)))
		.map((r) => r.record);
}

/**
 * One check: catch up on what the webhooks missed, then set disabled webhooks active again. `persist`: write the
 * catch-up marks to static data (the check at start) or keep them in `state.memory` (later checks).
 */
export async function recover(
	fn: ITriggerFunctions,
	state: RecoveryState,
	options: { persist: boolean; catchUp: boolean; reactivate: boolean },
): Promise<RecoveryResult> {
	const staticData = fn.getWorkflowStaticData('node');
	// Asked once per activation: with a legacy credential it costs a request (and a log line) per check otherwise.
	if (state.api === undefined) state.api = (await webhookApi(fn)) ?? null;
	const api = state.api ?? undefined;
	const { hooks, missing } = await storeHooks(fn, staticData, api);
	const unhealthy = hooks.filter((h) => h.status !== 'active');
	const result: RecoveryResult = { reactivated: [], missing, emitted: 0 };
	// Later checks catch up only when a webhook was found disabled; at start (n8n was down) always.
	const topics = options.persist ? hooks.map((h) => h.topic) : unhealthy.map((h) => h.topic);

	if (options.catchUp) {
		const nodeOptions = fn.getNodeParameter('options', {}) as IDataObject;
		const statuses = resolveStatuses(nodeOptions.orderStatuses as string[] | undefined, nodeOptions.customOrderStatuses as string | undefined);
		const creds = await getStoreCredentials.call(fn);
		const receivedAt = new Date().toISOString();
		const items: INodeExecutionData[] = [];
		const caughtUp = { ...marksOf(staticData, 'caughtUp') };
		const delivered = marksOf(staticData, 'delivered');
		for (const topic of [...new Set(topics)]) {
			const kind = catchUpTopic(topic);
			if (!kind) continue;
			const start = startOf(delivered[topic], caughtUp[topic], state.memory[topic]);
			if (start === undefined) continue;
			const hook = hooks.find((h) => h.topic === topic)!;
			const states: Array<{ id: string; date: string }> = [];
			for (const record of await changedSince(fn, topic, start.since, start.inclusive)) {
				const id = String(record.id);
				const date = stateDate(record, kind.event)!;
				states.push({ id, date });
				if (knows(delivered[topic], id, date) || knows(caughtUp[topic], id, date) || knows(state.memory[topic], id, date)) continue;
				if (kind.resource === 'order' && statuses.length > 0 && !statuses.includes(String(record.status))) continue;
				items.push({
					json: {
						...record,
						_woocommerce: {
							topic,
							resource: kind.resource,
							event: kind.event,
							webhookId: hook.id,
							deliveryId: catchUpId(topic, id, date),
							source: creds.url,
							receivedAt,
							fetchedCurrent: true,
							caughtUp: true,
						},
					},
				});
			}
			if (!states.length) continue;
			if (options.persist) caughtUp[topic] = withStates(caughtUp[topic], states);
			else state.memory[topic] = withStates(state.memory[topic], states);
		}
		if (options.persist && items.length > 0) staticData.caughtUp = caughtUp;
		if (items.length > 0) fn.emit([items]);
		result.emitted = items.length;
	}

	for (const hook of options.reactivate ? unhealthy : []) {
		await wooApiRequest.call(fn, 'PUT', `webhooks/${hook.id}`, { body: { status: 'active' }, apiVersion: api });
		result.reactivated.push(hook.id);
	}
	return result;
}
