import type { IDataObject } from 'n8n-workflow';

import { parsePing, signatureFormatOk, verifySignature } from './signature';

/** One webhook this node registered in the store. The secret never leaves static data. */
export interface Registration {
	id: number;
	topic: string;
	secret: string;
	/** Derived for a chosen topic whose webhook id is not saved yet (a delivery during activation): any id. */
	pending?: boolean;
}

const SIGNATURE_MISMATCH =
	'Refused: the signature does not match the body for any event of this trigger (wrong secret, altered body, or an event the trigger does not listen to).';

export type Headers = Record<string, string | string[] | undefined>;

/** The signed delivery, ready to become an output item. */
export interface VerifiedDelivery {
	topic: string;
	resource: string;
	event: string;
	webhookId: number;
	deliveryId: string;
	source: string;
	payload: IDataObject;
	registration: Registration;
}

export type DeliveryDecision =
	| { kind: 'ping'; status: 200; body: IDataObject; webhookId: number }
	| { kind: 'refused'; status: 400 | 401; body: { error: string; message: string } }
	| { kind: 'accepted'; status: 200; body: IDataObject; delivery: VerifiedDelivery };

function single(value: string | string[] | undefined): string | undefined {
	if (Array.isArray(value)) return value.length === 1 ? value[0] : value.join(', ');
	return value;
}

function refuse(status: 400 | 401, error: string, message: string): DeliveryDecision {
	return { kind: 'refused', status, body: { error, message } };
}

/** Lower-cases header names (Node already does; captures and hand-made requests may not). */
export function normalizeHeaders(headers: Headers): Headers {
	const out: Headers = {};
	for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
	return out;
}

/**
 * Decides what to answer to a request on the trigger's URL, before anything starts:
 * ping -> 200; missing/malformed signature -> 401; topic this node did not register or wrong signature
 * (bad secret, tampered body) -> 401 alike; a header contradicting the signed topic -> 401; webhook id this node did not register -> 400;
 * signed body that is not a JSON object -> 400; otherwise accepted.
 * Pure: no I/O, no clock; repeats and filters are decided by the caller.
 */
export function checkDelivery(
	rawHeaders: Headers,
	rawBody: Buffer,
	registrations: Registration[],
): DeliveryDecision {
	const headers = normalizeHeaders(rawHeaders);

	const pingId = parsePing(headers, rawBody);
	if (pingId !== undefined) {
		return { kind: 'ping', status: 200, body: { received: true, ping: true }, webhookId: pingId };
	}

	const signatureHeader = headers['x-wc-webhook-signature'];
	if (signatureHeader === undefined || single(signatureHeader)?.trim() === '') {
		return refuse(
			401,
			'missing_signature',
			'Refused: no X-WC-Webhook-Signature header. Only signed WooCommerce webhook deliveries are accepted.',
		);
	}

	const topic = single(headers['x-wc-webhook-topic'])?.trim() ?? '';
	// Format first, so a malformed header gets the same answer whatever the topic says.
	if (!signatureFormatOk(signatureHeader)) {
		return refuse(
			401,
			'malformed_signature',
			'Refused: X-WC-Webhook-Signature is not a base64 HMAC-SHA256 signature.',
		);
	}
	// Several registrations can share a topic (the production and the test URL): each has its own secret.
	// A topic none of them covers gets the same answer as a wrong signature: a forged request learns nothing
	// about which events this trigger listens to.
	const candidates = registrations.filter((r) => r.topic === topic);
	if (candidates.length === 0) return refuse(401, 'invalid_signature', SIGNATURE_MISMATCH);

	const webhookIdHeader = single(headers['x-wc-webhook-id'])?.trim() ?? '';
	const webhookId = /^\d+$/.test(webhookIdHeader) ? Number(webhookIdHeader) : NaN;
	const registration = candidates.find((r) => r.id === webhookId);
	// The webhook named by the header must have signed it; an unknown id is checked against every
	// secret of the topic, to tell a forged request (401) from one of ours with a wrong id (400).
	const signedBy = registration
		? verifySignature(registration.secret, rawBody, signatureHeader).ok
			? registration
			: undefined
		: candidates.find((r) => verifySignature(r.secret, rawBody, signatureHeader).ok);
	if (!signedBy) {
		return refuse(401, 'invalid_signature', SIGNATURE_MISMATCH);
	}
	if (signedBy.id !== webhookId && !signedBy.pending) {
		return refuse(
			400,
			'unknown_webhook',
			`Refused: webhook ${webhookIdHeader || '(none)'} is not the webhook this trigger registered for "${topic}".`,
		);
	}

	let payload: unknown;
	try {
		payload = JSON.parse(rawBody.toString('utf8'));
	} catch {
		return refuse(400, 'invalid_payload', 'Refused: the body is not JSON.');
	}
	if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
		return refuse(400, 'invalid_payload', 'Refused: the body is not a JSON object.');
	}

	// Resource and event come from the topic whose secret signed the body: the other headers are not signed.
	const dot = topic.indexOf('.');
	const resource = topic.slice(0, dot);
	const event = topic.slice(dot + 1);
	for (const [name, signed] of [
		['x-wc-webhook-resource', resource],
		['x-wc-webhook-event', event],
	]) {
		const claimed = single(headers[name])?.trim();
		if (claimed && claimed.toLowerCase() !== signed.toLowerCase()) {
			return refuse(
				401,
				'header_mismatch',
				`Refused: ${name} says "${claimed}" but the body was signed for the webhook of "${topic}".`,
			);
		}
	}

	return {
		kind: 'accepted',
		status: 200,
		body: { received: true },
		delivery: {
			topic,
			resource,
			event,
			webhookId,
			deliveryId: single(headers['x-wc-webhook-delivery-id'])?.trim() ?? '',
			source: single(headers['x-wc-webhook-source'])?.trim() ?? '',
			payload: payload as IDataObject,
			registration: signedBy,
		},
	};
}

/** Metadata added to every output item under `_woocommerce`. */
export interface DeliveryMeta extends IDataObject {
	topic: string;
	resource: string;
	event: string;
	webhookId: number;
	deliveryId: string;
	source: string;
	receivedAt: string;
	fetchedCurrent: boolean;
}

/** Output item JSON: the payload's own keys at the top level, plus `_woocommerce`. */
export function toOutputJson(
	delivery: VerifiedDelivery,
	receivedAt: string,
	current?: IDataObject,
): IDataObject {
	const meta: DeliveryMeta = {
		topic: delivery.topic,
		resource: delivery.resource,
		event: delivery.event,
		webhookId: delivery.webhookId,
		deliveryId: delivery.deliveryId,
		source: delivery.source,
		receivedAt,
		fetchedCurrent: current !== undefined,
	};
	return { ...(current ?? delivery.payload), _woocommerce: meta };
}
