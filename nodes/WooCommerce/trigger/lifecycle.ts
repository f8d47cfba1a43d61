import type { IDataObject, IHookFunctions, INode, IWebhookFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { checkDeliveryUrl } from './deliveryUrl';
import { deriveWebhookSecret } from './signature';
import { type ApiVersion, type WooFunctions, getStoreCredentials, wooApiRequest, wooApiWalk, wooErrorCode } from '../transport';
import type { Registration } from './delivery';
import { startMarks } from './marks';
import { dateFromHttpHeader } from './poll';
import { resolveTopics, webhookApiVersion, webhookName } from './topics';

/**
 * The webhook lifecycle behind the WooCommerce Trigger: one WooCommerce webhook per topic.
 *
 * Static data of the node (`getWorkflowStaticData('node')`):
 * `hooks: { [deliveryUrl]: { [topic]: { id, secret } } }`, keyed by the URL n8n gives (production
 * or test URL), so "Listen for test event" and its clean-up never touch the production webhooks
 * (n8n calls delete() for test webhooks in mode 'internal', so the mode cannot tell them apart).
 * Webhooks are recognised in the store by id, or by their delivery URL, which contains this node's
 * unique webhook id: a webhook pointing to our URL is ours.
 *
 * When n8n's webhook URL changes (e.g. WEBHOOK_URL moves from a tunnel to the real domain), the
 * webhooks stored under the earlier URL of the same kind (production or test) are removed on the
 * next activation and on deactivation, so they stop sending data to the old URL (see staleUrls).
 */

export interface StoredHook extends IDataObject {
	id: number;
	secret: string;
}
export type StoredHooks = Record<string, StoredHook>;
interface StoreWebhook {
	id: number;
	name?: string;
	status?: string;
	topic?: string;
	delivery_url?: string;
}

/** The store's webhooks, with the store's clock at the time of the list (GMT, from its `Date` header). */
type StoreWebhookList = StoreWebhook[] & { now?: string };

interface Context {
	node: INode;
	url: string;
	storeUrl: string;
	/** The API root the webhooks are managed through when it is not the credential's (see webhookApi). */
	api?: ApiVersion;
	legacy: boolean;
	apiVersion: string;
	/** The secret this node gives the webhook of a topic (see deriveWebhookSecret). */
	secretFor: (topic: string) => string;
}

type HooksRoot = Record<string, StoredHooks>;

function hooksRoot(staticData: IDataObject): HooksRoot {
	const root = staticData.hooks;
	return root && typeof root === 'object' && !Array.isArray(root) ? (root as HooksRoot) : {};
}

export function getStoredHooks(staticData: IDataObject, url: string): StoredHooks {
	return { ...(hooksRoot(staticData)[url] ?? {}) };
}

function setStoredHooks(staticData: IDataObject, url: string, hooks: StoredHooks) {
	const root = { ...hooksRoot(staticData) };
	if (Object.keys(hooks).length > 0) root[url] = { ...hooks };
	else delete root[url];
	staticData.hooks = root;
}

/**
 * Every webhook this node registered (production and test URLs), for checking deliveries; `production`: without
 * those of "Listen for test event" (n8n's test endpoint, `webhook-test`).
 */
export function registrationsOf(staticData: IDataObject, filter: { production?: boolean } = {}): Registration[] {
	const out: Registration[] = [];
	for (const [url, hooks] of Object.entries(hooksRoot(staticData))) {
		if (filter.production && /\/webhook-test\//.test(url)) continue;
		for (const [topic, hook] of Object.entries(hooks ?? {})) {
			if (hook && typeof hook.id === 'number' && typeof hook.secret === 'string') {
				out.push({ id: hook.id, topic, secret: hook.secret });
			}
		}
	}
	return out;
}

/**
 * What a delivery is checked against: the saved registrations, plus, for a chosen topic none of them covers yet,
 * the derived secret of its webhook (a delivery that arrives while the activation that creates it is running).
 */
export async function deliveryRegistrations(
	fn: IWebhookFunctions,
	staticData: IDataObject,
	topic: string,
): Promise<Registration[]> {
	const saved = registrationsOf(staticData);
	if (!topic || saved.some((r) => r.topic === topic)) return saved;
	const url = fn.getNodeWebhookUrl('default');
	let chosen: string[];
	try {
		chosen = selectedTopics(fn);
	} catch {
		return saved;
	}
	if (!url || !chosen.includes(topic)) return saved;
	const creds = await getStoreCredentials.call(fn);
	return [...saved, { id: Number.NaN, topic, secret: deriveWebhookSecret(creds.consumerSecret, url, topic), pending: true }];
}

export function selectedTopics(fn: IHookFunctions | IWebhookFunctions): string[] {
	const events = fn.getNodeParameter('events', []) as string[];
	const customAction = fn.getNodeParameter('customAction', '') as string;
	try {
		return resolveTopics(events, customAction);
	} catch (error) {
		throw new NodeOperationError(fn.getNode(), (error as Error).message);
	}
}

/**
 * With a legacy (wc-api/v3) credential the webhooks are managed through the store's wc/v3 when it serves it:
 * WooCommerce 9+ no longer delivers legacy-format payloads, so a legacy webhook would never fire. Undefined: the
 * credential's own API.
 */
export async function webhookApi(fn: WooFunctions): Promise<ApiVersion | undefined> {
	const creds = await getStoreCredentials.call(fn);
	if (creds.apiVersion !== 'wc-api/v3') return undefined;
	try {
		await wooApiRequest.call(fn, 'GET', 'webhooks', { qs: { per_page: 1, _fields: 'id' }, apiVersion: 'wc/v3' });
	} catch {
		return undefined;
	}
	fn.logger.info('WooCommerce Trigger: the credential uses the legacy API; the webhooks are registered through wc/v3, whose payloads WooCommerce 9+ still delivers');
	return 'wc/v3';
}

async function context(fn: IHookFunctions): Promise<Context> {
	const url = fn.getNodeWebhookUrl('default');
	if (!url) throw new NodeOperationError(fn.getNode(), 'n8n did not give this trigger a webhook URL');
	const creds = await getStoreCredentials.call(fn);
	const api = await webhookApi(fn);
	const effective = api ?? creds.apiVersion;
	return {
		node: fn.getNode(),
		url,
		storeUrl: creds.url,
		api,
		legacy: effective === 'wc-api/v3',
		apiVersion: webhookApiVersion(effective),
		secretFor: (topic) => deriveWebhookSecret(creds.consumerSecret, url, topic),
	};
}

/** Fails activation when WordPress would refuse to deliver to n8n's URL (unless the user opted out). */
function checkUrl(fn: IHookFunctions, ctx: Context) {
	const options = fn.getNodeParameter('options', {}) as IDataObject;
	if (options.skipDeliveryUrlCheck === true) return;
	const check = checkDeliveryUrl(ctx.url, ctx.storeUrl);
	if (!check.ok) {
		throw new NodeOperationError(ctx.node, check.reason, {
			description:
				'WooCommerce creates such webhooks without complaint and then never delivers them. If your store really can reach this URL (e.g. a plugin adds the port with the http_allowed_safe_ports filter), turn on "Skip Delivery URL Check" in the trigger\'s options.',
		});
	}
	if (check.warning) fn.logger.warn(`WooCommerce Trigger: ${check.warning}`);
}

function httpCodeOf(error: unknown): string | undefined {
	const e = error as { httpCode?: unknown; context?: { httpCode?: unknown } };
	const code = e?.httpCode ?? e?.context?.httpCode;
	return code === undefined || code === null ? undefined : String(code);
}

function messageOf(error: unknown): string {
	const e = error as { message?: unknown; description?: unknown };
	return `${typeof e?.message === 'string' ? e.message : ''} ${typeof e?.description === 'string' ? e.description : ''}`;
}

export function isReadOnlyKeyError(error: unknown): boolean {
	// WooCommerce gives a read-only key's write the code of every key refusal; only its message names the permission.
	return /^woocommerce_(rest|api)_authentication_error$/.test(wooErrorCode(error) ?? '') && /write permission/i.test(messageOf(error));
}

/**
 * Gives activation errors a sentence that says what failed and how to fix it. Returns the error
 * to throw (transport errors keep their type, HTTP code and scrubbed description).
 */
function activationError(node: INode, error: unknown, action: string): NodeApiError | NodeOperationError {
	if (isReadOnlyKeyError(error)) {
		return new NodeOperationError(
			node,
			'The WooCommerce API key is read-only: the trigger needs a key with Read/Write permissions to create its webhooks',
			{
				description:
					'In WordPress, open WooCommerce > Settings > Advanced > REST API, edit the key (or add a new one) and set Permissions to "Read/Write", then update the credential.',
			},
		);
	}
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (!error.message.startsWith('Could not ')) error.message = `Could not ${action}: ${error.message}`;
		return error;
	}
	return new NodeOperationError(node, `Could not ${action}: ${messageOf(error).trim()}`);
}

function unwrap(value: unknown, key: string): IDataObject {
	const object = (value ?? {}) as IDataObject;
	const inner = object[key];
	return inner && typeof inner === 'object' && !Array.isArray(inner) && object.id === undefined
		? (inner as IDataObject)
		: object;
}

function body(ctx: Context, data: IDataObject): IDataObject {
	return ctx.legacy ? { webhook: data } : data;
}

/** All webhooks of the store, every status and page; `now`: the store's clock (its `Date` header), GMT. */
async function listStoreWebhooks(fn: IHookFunctions, ctx: Context): Promise<StoreWebhookList> {
	// wc/v1-v3: the list defaults to and accepts status=all; the legacy API lists all when no status is given.
	const qs: IDataObject = ctx.legacy ? {} : { status: 'all' };
	const { items, headers } = await wooApiWalk.call(fn, 'webhooks', qs, { returnAll: true, apiVersion: ctx.api });
	const out: StoreWebhookList = [];
	out.now = dateFromHttpHeader(headers.date ?? headers.Date);
	for (const raw of items) {
		const list = Array.isArray((raw as IDataObject).webhooks)
			? ((raw as IDataObject).webhooks as IDataObject[])
			: [raw];
		for (const w of list) {
			const id = Number(w.id);
			if (!Number.isInteger(id)) continue;
			out.push({
				id,
				name: w.name as string | undefined,
				status: w.status as string | undefined,
				topic: w.topic as string | undefined,
				delivery_url: w.delivery_url as string | undefined,
			});
		}
	}
	return out;
}

function sameUrl(a: string | undefined, b: string): boolean {
	if (!a) return false;
	return a.replace(/\/+$/, '') === b.replace(/\/+$/, '');
}

const trimSlashes = (url: string) => url.replace(/\/+$/, '');

/** The last path segment of a URL (n8n's endpoint, e.g. `webhook` or `webhook-test`), if any. */
function lastPathSegment(url: string): string | undefined {
	try {
		const segments = new URL(url).pathname.split('/').filter((s) => s !== '');
		return segments[segments.length - 1];
	} catch {
		return undefined;
	}
}

/**
 * The other URL keys of static data that are of the same kind as `url` and belong to this node: its
 * webhooks from before n8n's webhook URL changed. n8n builds the URL as `<base>/<endpoint>/<webhookId>/<path>`
 * (endpoint `webhook` for production, `webhook-test` for "Listen for test event", or what
 * N8N_ENDPOINT_WEBHOOK(_TEST) says). A key counts when it ends with this node's own
 * `/<webhookId>/<path>` (its unique webhook id: never another node's URL) and has the same endpoint
 * segment as the current URL, so a production activation never touches test registrations and vice
 * versa. Without a webhook id on the node (very old workflows) nothing counts.
 */
function staleUrls(fn: IHookFunctions, staticData: IDataObject, url: string): string[] {
	const webhookId = fn.getNode().webhookId;
	if (!webhookId) return [];
	const current = trimSlashes(url);
	const at = current.lastIndexOf(`/${webhookId}/`);
	if (at <= 0) return [];
	const tail = current.slice(at);
	const endpoint = lastPathSegment(current.slice(0, at));
	if (!endpoint) return [];
	return Object.keys(hooksRoot(staticData)).filter((key) => {
		const k = trimSlashes(key);
		if (k === current || k.length <= tail.length || !k.endsWith(tail)) return false;
		return lastPathSegment(k.slice(0, k.length - tail.length)) === endpoint;
	});
}

/** checkExists: true only when every topic has our active webhook with our URL and a known secret, and nothing extra points at us. */
export async function webhooksExist(fn: IHookFunctions): Promise<boolean> {
	const topics = selectedTopics(fn);
	const ctx = await context(fn);
	checkUrl(fn, ctx);
	const staticData = fn.getWorkflowStaticData('node');
	const stored = getStoredHooks(staticData, ctx.url);
	let store: StoreWebhook[];
	try {
		store = await listStoreWebhooks(fn, ctx);
	} catch (error) {
		throw activationError(ctx.node, error, "list the store's webhooks");
	}
	// Webhooks left under an earlier URL of the same kind: create() removes them.
	if (staleUrls(fn, staticData, ctx.url).length > 0) return false;
	for (const topic of topics) {
		const hook = stored[topic];
		const found = hook && store.find((w) => w.id === hook.id);
		if (!found || found.status !== 'active' || found.topic !== topic || !sameUrl(found.delivery_url, ctx.url)) {
			return false;
		}
	}
	if (Object.keys(stored).some((topic) => !topics.includes(topic))) return false;
	const extras = store.filter(
		(w) => sameUrl(w.delivery_url, ctx.url) && !(w.topic && stored[w.topic]?.id === w.id && topics.includes(w.topic)),
	);
	return extras.length === 0;
}

async function deleteWebhook(fn: IHookFunctions, id: number, api: ApiVersion | undefined): Promise<'deleted' | 'gone'> {
	try {
		await wooApiRequest.call(fn, 'DELETE', `webhooks/${id}`, { qs: { force: true }, apiVersion: api });
		return 'deleted';
	} catch (error) {
		if (httpCodeOf(error) === '404') return 'gone';
		throw activationError(fn.getNode(), error, `delete webhook ${id} in WooCommerce`);
	}
}

/**
 * Deletes (force) the webhooks stored under the stale URLs (see staleUrls) and forgets them. Ids
 * in `keep` (also stored for the current URL) are only forgotten here. With the store's list, a
 * webhook that is gone is just forgotten, and one that no longer points at its stored URL (changed
 * in WooCommerce) is forgotten but left in the store: only webhooks provably ours are deleted.
 * Without the list (it failed), the stored ids are deleted as for the current URL. Returns the
 * failures; their webhooks stay remembered for the next try.
 */
async function removeStaleWebhooks(
	fn: IHookFunctions,
	staticData: IDataObject,
	urls: string[],
	store: StoreWebhook[] | undefined,
	keep: Set<number>,
	api: ApiVersion | undefined,
): Promise<string[]> {
	const failures: string[] = [];
	for (const url of urls) {
		const hooks = getStoredHooks(staticData, url);
		for (const [topic, hook] of Object.entries(hooks)) {
			const id = hook?.id;
			if (typeof id !== 'number' || keep.has(id)) {
				delete hooks[topic];
				continue;
			}
			if (store) {
				const found = store.find((w) => w.id === id);
				if (!found) {
					delete hooks[topic];
					continue;
				}
				if (!sameUrl(found.delivery_url, url)) {
					fn.logger.warn(
						`WooCommerce Trigger: webhook ${id} no longer points at the URL it was created for; it is left in WooCommerce and forgotten`,
					);
					delete hooks[topic];
					continue;
				}
			}
			try {
				await deleteWebhook(fn, id, api);
				delete hooks[topic];
			} catch (error) {
				failures.push(`webhook ${id} (for an earlier webhook URL): ${messageOf(error).trim()}`);
			}
		}
		setStoredHooks(staticData, url, hooks);
	}
	return failures;
}

/**
 * One topic's webhook: ours (by stored id, or by topic and our URL) is repaired where it differs (status, URL, name,
 * or a secret we no longer know); without one, it is created. Returns the hook to store, and whether it is new.
 */
async function ensureTopicWebhook(
	fn: IHookFunctions,
	ctx: Context,
	topic: string,
	known: StoredHook | undefined,
	store: StoreWebhookList,
): Promise<{ hook: StoredHook; created: boolean }> {
	const workflow = fn.getWorkflow();
	const name = webhookName(workflow.name, workflow.id, topic);
	const match =
		(known && store.find((w) => w.id === known.id && w.topic === topic)) ??
		store.find((w) => w.topic === topic && sameUrl(w.delivery_url, ctx.url));
	if (match) {
		const update: IDataObject = {};
		let secret = known?.id === match.id ? known.secret : undefined;
		if (!secret) {
			// We do not know the secret WooCommerce signs with (static data lost): set ours.
			secret = ctx.secretFor(topic);
			update.secret = secret;
		}
		if (match.status !== 'active') update.status = 'active';
		if (!sameUrl(match.delivery_url, ctx.url)) update.delivery_url = ctx.url;
		if (match.name !== name) update.name = name;
		if (Object.keys(update).length > 0) {
			try {
				await wooApiRequest.call(fn, 'PUT', `webhooks/${match.id}`, { body: body(ctx, update), apiVersion: ctx.api });
			} catch (error) {
				throw activationError(ctx.node, error, `re-activate the webhook for "${topic}" (id ${match.id})`);
			}
		}
		return { hook: { id: match.id, secret }, created: false };
	}
	const secret = ctx.secretFor(topic);
	let response: unknown;
	try {
		response = await wooApiRequest.call(fn, 'POST', 'webhooks', {
			apiVersion: ctx.api,
			body: body(ctx, { name, topic, delivery_url: ctx.url, secret, status: 'active', api_version: ctx.apiVersion }),
		});
	} catch (error) {
		throw activationError(ctx.node, error, `create the webhook for "${topic}"`);
	}
	const id = Number(unwrap(response, 'webhook').id);
	if (!Number.isInteger(id)) {
		throw new NodeOperationError(ctx.node, `WooCommerce did not return the new webhook's id for "${topic}"`);
	}
	return { hook: { id, secret }, created: true };
}

/** Webhooks pointing at this node that are not the chosen ones (duplicates, or topics removed from the node) go. */
async function removeExtraWebhooks(fn: IHookFunctions, ctx: Context, topics: string[], stored: StoredHooks, store: StoreWebhookList) {
	const keep = new Set(topics.map((t) => stored[t].id));
	const extras = new Set<number>();
	for (const w of store) {
		if (sameUrl(w.delivery_url, ctx.url) && !keep.has(w.id)) extras.add(w.id);
	}
	for (const [topic, hook] of Object.entries(stored)) {
		if (!topics.includes(topic)) {
			if (!keep.has(hook.id)) extras.add(hook.id);
			delete stored[topic];
		}
	}
	for (const id of extras) await deleteWebhook(fn, id, ctx.api);
}

/** After a failed activation, the webhooks it created go again: n8n will not know about them. */
async function undoCreated(fn: IHookFunctions, createdNow: number[], api: ApiVersion | undefined) {
	for (const id of createdNow) {
		try {
			await wooApiRequest.call(fn, 'DELETE', `webhooks/${id}`, { qs: { force: true }, apiVersion: api });
		} catch (cleanupError) {
			fn.logger.warn(`WooCommerce Trigger: could not remove webhook ${id} after a failed activation: ${messageOf(cleanupError).trim()}`);
		}
	}
}

/** create: re-activates/repairs our existing webhooks, creates the missing ones, removes extras. */
export async function createWebhooks(fn: IHookFunctions): Promise<boolean> {
	const topics = selectedTopics(fn);
	const ctx = await context(fn);
	checkUrl(fn, ctx);
	const staticData = fn.getWorkflowStaticData('node');
	const stored = getStoredHooks(staticData, ctx.url);

	let store: StoreWebhookList;
	try {
		store = await listStoreWebhooks(fn, ctx);
	} catch (error) {
		throw activationError(ctx.node, error, "list the store's webhooks");
	}

	// Catch-up after downtime starts here for topics with no delivery yet, by the store's clock (record dates use it).
	startMarks(staticData, topics, store.now ?? new Date().toISOString().slice(0, 19));
	const createdNow: number[] = [];
	try {
		for (const topic of topics) {
			const { hook, created } = await ensureTopicWebhook(fn, ctx, topic, stored[topic], store);
			if (created) createdNow.push(hook.id);
			stored[topic] = hook;
			setStoredHooks(staticData, ctx.url, stored);
		}
		await removeExtraWebhooks(fn, ctx, topics, stored, store);
		setStoredHooks(staticData, ctx.url, stored);
	} catch (error) {
		await undoCreated(fn, createdNow, ctx.api);
		for (const [topic, hook] of Object.entries(stored)) {
			if (createdNow.includes(hook.id)) delete stored[topic];
		}
		setStoredHooks(staticData, ctx.url, stored);
		throw activationError(ctx.node, error, 'activate the WooCommerce Trigger');
	}

	// Webhooks of an earlier URL of the same kind (n8n's webhook URL changed): they would keep
	// sending data there. A failure does not fail the activation; they are tried again next time.
	const stale = staleUrls(fn, staticData, ctx.url);
	if (stale.length > 0) {
		const keep = new Set(Object.values(stored).map((h) => h.id));
		const failures = await removeStaleWebhooks(fn, staticData, stale, store, keep, ctx.api);
		if (failures.length > 0) {
			fn.logger.warn(
				`WooCommerce Trigger: could not remove ${failures.length} webhook(s) registered for an earlier webhook URL; they are tried again on the next activation: ${failures.join('; ')}`,
			);
		}
	}
	return true;
}

/** delete: removes every webhook this node registered (by id, and any other pointing at its URL), and those of earlier URLs of the same kind. */
export async function deleteWebhooks(fn: IHookFunctions): Promise<boolean> {
	const staticData = fn.getWorkflowStaticData('node');
	const url = fn.getNodeWebhookUrl('default');
	if (!url) throw new NodeOperationError(fn.getNode(), 'n8n did not give this trigger a webhook URL');
	const stored = getStoredHooks(staticData, url);
	const ids = new Set<number>(Object.values(stored).map((h) => h.id));
	let store: StoreWebhook[] | undefined;
	const api = await webhookApi(fn);

	try {
		store = await listStoreWebhooks(fn, await context(fn));
		for (const w of store) {
			if (sameUrl(w.delivery_url, url)) ids.add(w.id);
		}
	} catch (error) {
		// The ids we stored are still deleted below; a failure there is reported.
		fn.logger.warn(
			`WooCommerce Trigger: could not list the store's webhooks while deactivating: ${messageOf(error).trim()}`,
		);
	}

	const failures: string[] = [];
	for (const id of ids) {
		try {
			await deleteWebhook(fn, id, api);
		} catch (error) {
			failures.push(`webhook ${id}: ${messageOf(error).trim()}`);
			continue;
		}
		for (const [topic, hook] of Object.entries(stored)) if (hook.id === id) delete stored[topic];
	}
	setStoredHooks(staticData, url, stored);
	// Also the webhooks of an earlier URL of the same kind (n8n's webhook URL changed).
	failures.push(...(await removeStaleWebhooks(fn, staticData, staleUrls(fn, staticData, url), store, ids, api)));
	if (failures.length > 0) {
		throw new NodeOperationError(
			fn.getNode(),
			`Could not remove ${failures.length} webhook(s) from WooCommerce`,
			{
				description: `${failures.join('; ')}. Delete them in WooCommerce > Settings > Advanced > Webhooks, or deactivate the workflow again.`,
			},
		);
	}
	return true;
}
