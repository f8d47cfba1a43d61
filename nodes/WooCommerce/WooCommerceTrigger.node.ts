import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	INodeExecutionData,
	INodeType,
	ITriggerFunctions,
	ITriggerResponse,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { checkAndRemember, deliveryKey } from './trigger/dedup';
import { wooApiRequest } from './transport';
import { checkDelivery, toOutputJson, type Headers } from './trigger/delivery';
import { triggerProperties } from './trigger/description';
import { createWebhooks, deleteWebhooks, deliveryRegistrations, webhooksExist } from './trigger/lifecycle';
import { noteDelivery } from './trigger/marks';
import { type RecoveryState, recover } from './trigger/recovery';
import { resolveStatuses } from './trigger/topics';

const RESOURCE_ENDPOINTS: Record<string, string> = {
	order: 'orders',
	product: 'products',
	customer: 'customers',
	coupon: 'coupons',
};

interface RawRequest {
	headers: Headers;
	body?: unknown;
	rawBody?: unknown;
	readRawBody?: () => Promise<void>;
}

interface RawResponse {
	headersSent?: boolean;
	writeHead(status: number, headers: Record<string, string>): unknown;
	end(body: string): unknown;
}

/** The exact bytes received (n8n keeps them in `req.rawBody`). */
async function rawBodyOf(req: RawRequest): Promise<Buffer> {
	if (!Buffer.isBuffer(req.rawBody) && typeof req.readRawBody === 'function') await req.readRawBody();
	if (Buffer.isBuffer(req.rawBody)) return req.rawBody;
	if (typeof req.rawBody === 'string') return Buffer.from(req.rawBody, 'utf8');
	if (Buffer.isBuffer(req.body)) return req.body;
	if (typeof req.body === 'string') return Buffer.from(req.body, 'utf8');
	// A parsed ping form body: the only request that can still be recognised without the raw bytes.
	const parsed = req.body as IDataObject | undefined;
	if (parsed && Object.keys(parsed).length === 1 && /^\d+$/.test(String(parsed.webhook_id ?? ''))) {
		return Buffer.from(`webhook_id=${String(parsed.webhook_id)}`, 'latin1');
	}
	return Buffer.alloc(0);
}

function answer(res: RawResponse, status: number, body: IDataObject): IWebhookResponseData {
	if (!res.headersSent) {
		res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
		res.end(JSON.stringify(body));
	}
	return { noWebhookResponse: true };
}

export class WooCommerceTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'WooCommerce Trigger',
		name: 'wooCommerceTrigger',
		icon: { light: 'file:woocommerce.svg', dark: 'file:woocommerce.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		description:
			'Starts the workflow when WooCommerce sends a webhook (orders, products, customers, coupons, custom actions); registers the webhooks itself and verifies every signature',
		defaults: { name: 'WooCommerce Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'wooCommerceRestApi', required: true }],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: 'webhook',
			},
		],
		properties: triggerProperties,
	};


	/**
	 * Runs while the workflow is active (on n8n's leader in queue mode): checks the webhooks at once and every
	 * 2 minutes, sets disabled ones active again and catches up on what they missed (trigger/recovery.ts).
	 */
	async trigger(this: ITriggerFunctions): Promise<ITriggerResponse> {
		if (this.getMode() === 'manual') return {};
		const options = this.getNodeParameter('options', {}) as IDataObject;
		if (options.selfHeal === false && options.catchUp === false) return {};
		const state: RecoveryState = { memory: {} };
		let running = false;
		// The first check that reaches the store is the one "at start" (a store down when n8n started is retried).
		let startDone = false;
		const check = async () => {
			if (running) return;
			running = true;
			try {
				const result = await recover(this, state, {
					persist: !startDone,
					catchUp: options.catchUp !== false,
					reactivate: options.selfHeal !== false,
				});
				startDone = true;
				if (result.reactivated.length || result.emitted || result.missing.length) {
					this.logger.info(
						`WooCommerce Trigger: ${result.reactivated.length} webhook(s) set active again, ${result.emitted} missed record(s) emitted` +
							(result.missing.length ? `; webhook(s) ${result.missing.join(', ')} are gone from the store: deactivate and activate the workflow to recreate them` : ''),
					);
				}
			} catch (error) {
				this.logger.warn(`WooCommerce Trigger: could not check the webhooks: ${(error as Error).message}`);
			} finally {
				running = false;
				this.logger.debug('WooCommerce Trigger: webhook check done');
			}
		};
		this.helpers.registerCron({ expression: '0 */2 * * * *' }, () => void check());
		void check();
		return {};
	}

	/** Passes on what the webhook or the catch-up emitted (a node with trigger() would otherwise run it again). */
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [this.getInputData()];
	}

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await webhooksExist(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await createWebhooks(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await deleteWebhooks(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const req = this.getRequestObject() as unknown as RawRequest;
		const res = this.getResponseObject() as unknown as RawResponse;
		const rawBody = await rawBodyOf(req);
		const staticData = this.getWorkflowStaticData('node');

		// Signature, topic and webhook id are checked before anything else happens.
		const topicHeader = req.headers['x-wc-webhook-topic'];
		const topic = (Array.isArray(topicHeader) ? topicHeader[0] : topicHeader)?.trim() ?? '';
		const registrations = await deliveryRegistrations(this, staticData, topic);
		const decision = checkDelivery(req.headers, rawBody, registrations);
		if (decision.kind !== 'accepted') return answer(res, decision.status, decision.body);

		const { delivery } = decision;
		const options = this.getNodeParameter('options', {}) as IDataObject;

		if (options.ignoreRepeated !== false) {
			// The webhook that signed it (a pending one, not saved yet, is known by its URL's topic alone).
			const signer = delivery.registration.pending ? 'pending' : String(delivery.registration.id);
			const key = deliveryKey(signer, delivery.topic, rawBody);
			const scope = `${this.getWorkflow().id ?? ''}:${this.getNode().id}`;
			if (checkAndRemember(scope, key, staticData)) {
				return answer(res, 200, { received: true, duplicate: true });
			}
		}

		// What this delivery brought, for the catch-up after downtime; a state a catch-up already emitted is late.
		const caughtUp = noteDelivery(staticData, delivery.topic, delivery.payload);
		if (caughtUp && options.ignoreRepeated !== false) {
			return answer(res, 200, { received: true, duplicate: true });
		}

		if (delivery.resource === 'order') {
			const statuses = resolveStatuses(
				options.orderStatuses as string[] | undefined,
				options.customOrderStatuses as string | undefined,
			);
			const status = delivery.payload.status;
			if (statuses.length > 0 && typeof status === 'string' && !statuses.includes(status)) {
				return answer(res, 200, { received: true, ignored: true });
			}
		}

		// Answer the store now: the workflow and any extra request come after the 200.
		answer(res, 200, decision.body);
		const receivedAt = new Date().toISOString();

		let current: IDataObject | undefined;
		const endpoint = RESOURCE_ENDPOINTS[delivery.resource];
		const id = delivery.payload.id;
		if (options.fetchCurrent === true && delivery.event === 'updated' && endpoint && id !== undefined) {
			try {
				const response = (await wooApiRequest.call(this, 'GET', `${endpoint}/${String(id)}`)) as IDataObject;
				const inner = response?.[delivery.resource];
				current =
					inner && typeof inner === 'object' && response.id === undefined ? (inner as IDataObject) : response;
			} catch (error) {
				// The delivery itself is valid: start with its payload and say why it is not the current state.
				this.logger.warn(
					`WooCommerce Trigger: could not fetch ${endpoint}/${String(id)}: ${(error as Error).message}`,
				);
				current = undefined;
			}
		}

		const json = toOutputJson(delivery, receivedAt, current);
		return {
			noWebhookResponse: true,
			workflowData: [[{ json }]],
		};
	}
}
