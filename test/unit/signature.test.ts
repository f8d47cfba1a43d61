import { createHmac } from 'crypto';

import {
	computeSignature,
	generateWebhookSecret,
	parsePing,
	verifySignature,
	wpSpecialcharsDecode,
} from '../../nodes/WooCommerce/trigger/signature';
import { checkDelivery, type Registration } from '../../nodes/WooCommerce/trigger/delivery';

/**
 * Every real delivery captured from WooCommerce 10.0.2 (../shared/woocommerce-captures/
 * *-webhook-delivery-*.json, copied byte for byte into signature.captures.json): raw_body is the
 * exact body, webhook_secret the secret given when the webhook was created.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const captures = require('./signature.captures.json') as {
	deliveries: Array<{
		file: string;
		headers: Record<string, string>;
		raw_body: string;
		webhook_secret: string;
		capture_signature_match?: boolean;
	}>;
};

const lower = (h: Record<string, string>) =>
	Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));

const signed = captures.deliveries.filter((d) => d.headers['X-WC-Webhook-Signature']);
const ping = captures.deliveries.find((d) => d.file.includes('-ping'))!;

describe('captured real deliveries', () => {
	it('has every captured delivery file (15 signed + the ping)', () => {
		expect(signed).toHaveLength(15);
		expect(ping).toBeDefined();
	});

	it.each(signed.map((d) => [d.file, d]))('%s verifies with its secret and raw bytes', (_f, d) => {
		const raw = Buffer.from(d.raw_body, 'utf8');
		expect(Buffer.byteLength(d.raw_body, 'utf8')).toBe(Number(d.headers['Content-Length']));
		const header = d.headers['X-WC-Webhook-Signature'];
		expect(verifySignature(d.webhook_secret, raw, header)).toEqual({ ok: true });
		expect(computeSignature(d.webhook_secret, raw)).toBe(header);
	});

	it.each(signed.map((d) => [d.file, d]))('%s: a changed byte fails (mismatch)', (_f, d) => {
		const raw = Buffer.from(d.raw_body, 'utf8');
		const tampered = Buffer.from(raw);
		tampered[Math.floor(tampered.length / 2)] ^= 0x01;
		const header = d.headers['X-WC-Webhook-Signature'];
		expect(verifySignature(d.webhook_secret, tampered, header)).toEqual({ ok: false, reason: 'mismatch' });
		// Re-serialising the JSON is not the same bytes either (escaped slashes in the real body).
		const reserialised = Buffer.from(JSON.stringify(JSON.parse(d.raw_body)), 'utf8');
		if (!reserialised.equals(raw)) {
			expect(verifySignature(d.webhook_secret, reserialised, header).ok).toBe(false);
		}
	});

	it('168 (secret a&b<c>"d\') verifies with the raw secret, not its HTML-encoded form', () => {
		const d = signed.find((x) => x.file.startsWith('168'))!;
		const raw = Buffer.from(d.raw_body, 'utf8');
		expect(d.webhook_secret).toBe('a&b<c>"d\'');
		expect(verifySignature(d.webhook_secret, raw, d.headers['X-WC-Webhook-Signature']).ok).toBe(true);
		// An HMAC keyed with the HTML-encoded form does not match (what a naive receiver might try).
		expect(
			createHmac('sha256', 'a&amp;b&lt;c&gt;&quot;d&#039;').update(raw).digest('base64'),
		).not.toBe(d.headers['X-WC-Webhook-Signature']);
	});

	it('169 (secret p&amp;q&lt;r&#039;s): WooCommerce signs with the entity-decoded secret p&q<r\'s', () => {
		const d = signed.find((x) => x.file.startsWith('169'))!;
		const raw = Buffer.from(d.raw_body, 'utf8');
		const header = d.headers['X-WC-Webhook-Signature'];
		// The capture's own naive check (HMAC with the secret as typed) fails...
		expect(d.capture_signature_match).toBe(false);
		expect(createHmac('sha256', d.webhook_secret).update(raw).digest('base64')).not.toBe(header);
		// ...the decoded key verifies, which verifySignature applies.
		expect(wpSpecialcharsDecode(d.webhook_secret)).toBe("p&q<r's");
		expect(createHmac('sha256', "p&q<r's").update(raw).digest('base64')).toBe(header);
		expect(verifySignature(d.webhook_secret, raw, header)).toEqual({ ok: true });
	});

	it('the ping (155) is recognised: form body webhook_id=1, no X-WC headers, no signature', () => {
		expect(parsePing(lower(ping.headers), Buffer.from(ping.raw_body))).toBe(1);
		for (const d of signed) expect(parsePing(lower(d.headers), Buffer.from(d.raw_body))).toBeUndefined();
	});
});

describe('verifySignature refusals', () => {
	const secret = 'S3cretLettersAndDigits0123456789abcdefXYZ';
	const body = Buffer.from('{"id":1}');
	const good = computeSignature(secret, body);

	it('missing header', () => {
		expect(verifySignature(secret, body, undefined)).toEqual({ ok: false, reason: 'missing' });
		expect(verifySignature(secret, body, '')).toEqual({ ok: false, reason: 'missing' });
		expect(verifySignature(secret, body, [])).toEqual({ ok: false, reason: 'missing' });
	});

	it('malformed base64 or wrong length', () => {
		for (const bad of [
			'not base64!',
			good.slice(0, -1), // no padding
			good.slice(1), // 43 chars
			`${good}=`,
			'AAAA',
			Buffer.alloc(20).toString('base64'), // a SHA-1 sized value
			good.replace(/[+/]/g, '-'), // base64url is not what WooCommerce sends
			`sha256=${good}`,
		]) {
			if (bad === good) continue;
			expect(verifySignature(secret, body, bad)).toEqual({ ok: false, reason: 'malformed' });
		}
		expect(verifySignature(secret, body, [good, good])).toEqual({ ok: false, reason: 'malformed' });
	});

	it('wrong secret / tampered body', () => {
		expect(verifySignature(`${secret}x`, body, good)).toEqual({ ok: false, reason: 'mismatch' });
		expect(verifySignature(secret, Buffer.from('{"id":2}'), good)).toEqual({ ok: false, reason: 'mismatch' });
		expect(verifySignature(secret, body, computeSignature(secret, Buffer.from('{"id":2}')))).toEqual({
			ok: false,
			reason: 'mismatch',
		});
	});

	it('accepts surrounding whitespace and a one-element header array', () => {
		expect(verifySignature(secret, body, ` ${good} `)).toEqual({ ok: true });
		expect(verifySignature(secret, body, [good])).toEqual({ ok: true });
	});
});

describe('generateWebhookSecret', () => {
	it('is >= 32 letters and digits, random, not derived from anything', () => {
		const seen = new Set<string>();
		for (let i = 0; i < 200; i++) {
			const s = generateWebhookSecret();
			expect(s).toMatch(/^[A-Za-z0-9]{48}$/);
			// Letters and digits are their own HTML-entity decoding: WooCommerce signs with exactly this.
			expect(wpSpecialcharsDecode(s)).toBe(s);
			seen.add(s);
		}
		expect(seen.size).toBe(200);
		expect(generateWebhookSecret(32)).toHaveLength(32);
		expect(() => generateWebhookSecret(31)).toThrow(RangeError);
	});

	it('uses all 62 symbols (no modulo bias cut-off)', () => {
		const chars = new Set(Array.from({ length: 50 }, () => generateWebhookSecret(64)).join(''));
		expect(chars.size).toBe(62);
	});
});

describe('wpSpecialcharsDecode (PHP wp_specialchars_decode, ENT_QUOTES)', () => {
	it.each([
		['a&amp;b', 'a&b'],
		['&lt;&gt;&quot;&#039;&#39;&#x27;&#X27;&#034;&#x22;&#060;&#062;&#038;&#x26;', '<>"\'\'\'\'""<>&&'],
		['&amp;lt;', '&lt;'], // one pass, like strtr
		['&nbsp;&copy;&#65;', '&nbsp;&copy;&#65;'], // only the special characters are decoded
		['&AMP;', '&AMP;'],
		['plain', 'plain'],
	])('%s -> %s', (input, expected) => {
		expect(wpSpecialcharsDecode(input)).toBe(expected);
	});
});

describe('checkDelivery on the real deliveries: each refusal path', () => {
	const d = signed.find((x) => x.file.startsWith('156'))!; // order.created, webhook 1
	const raw = Buffer.from(d.raw_body, 'utf8');
	const headers = lower(d.headers);
	const regs: Registration[] = [{ id: 1, topic: 'order.created', secret: d.webhook_secret }];

	it('accepted: 200 {received:true}, workflow would start, meta from the headers', () => {
		const r = checkDelivery(headers, raw, regs);
		expect(r.kind).toBe('accepted');
		expect(r.status).toBe(200);
		expect(r.body).toEqual({ received: true });
		if (r.kind !== 'accepted') throw new Error('unreachable');
		expect(r.delivery).toMatchObject({
			topic: 'order.created',
			resource: 'order',
			event: 'created',
			webhookId: 1,
			deliveryId: 'bbe56ba285a35895dd5aefeb861f0b27',
			source: 'http://127.0.0.1:8080/',
		});
		expect(r.delivery.payload.id).toBe(37);
	});

	it('ping: 200 {received:true, ping:true}, workflow would not start', () => {
		const r = checkDelivery(lower(ping.headers), Buffer.from(ping.raw_body), regs);
		expect(r).toEqual({ kind: 'ping', status: 200, body: { received: true, ping: true }, webhookId: 1 });
	});

	it('missing signature: 401 missing_signature, no start', () => {
		const { 'x-wc-webhook-signature': _omit, ...rest } = headers;
		const r = checkDelivery(rest, raw, regs);
		expect(r.status).toBe(401);
		expect(r.kind).toBe('refused');
		expect((r.body as { error: string }).error).toBe('missing_signature');
	});

	it('malformed signature: 401 malformed_signature, no start', () => {
		const r = checkDelivery({ ...headers, 'x-wc-webhook-signature': '%%%not-base64%%%' }, raw, regs);
		expect([r.kind, r.status, (r.body as { error: string }).error]).toEqual([
			'refused',
			401,
			'malformed_signature',
		]);
	});

	it('wrong secret: 401 invalid_signature, no start', () => {
		const r = checkDelivery(headers, raw, [{ ...regs[0], secret: 'AnotherSecretOfLettersAndDigits0123456789' }]);
		expect([r.kind, r.status, (r.body as { error: string }).error]).toEqual(['refused', 401, 'invalid_signature']);
	});

	it('tampered body (total changed): 401 invalid_signature, no start', () => {
		const tampered = Buffer.from(d.raw_body.replace('"total":"9.50"', '"total":"0.01"'), 'utf8');
		expect(tampered.equals(raw)).toBe(false);
		const r = checkDelivery(headers, tampered, regs);
		expect([r.kind, r.status, (r.body as { error: string }).error]).toEqual(['refused', 401, 'invalid_signature']);
	});

	it('a forged signature computed with another secret: 401', () => {
		const forged = computeSignature('attacker-guess', raw);
		const r = checkDelivery({ ...headers, 'x-wc-webhook-signature': forged }, raw, regs);
		expect(r.status).toBe(401);
	});

	it('topic this node did not register: the same 401 as a forged signature, no start', () => {
		const forged = checkDelivery({ ...headers, 'x-wc-webhook-signature': computeSignature('guess', raw) }, raw, regs);
		const r = checkDelivery({ ...headers, 'x-wc-webhook-topic': 'order.deleted' }, raw, regs);
		expect([r.kind, r.status, (r.body as { error: string }).error]).toEqual(['refused', 401, 'invalid_signature']);
		expect(r.body).toEqual(forged.body);
		const none = checkDelivery({ ...headers, 'x-wc-webhook-topic': undefined }, raw, regs);
		expect(none.status).toBe(401);
	});

	it('resource and event come from the signed topic; a header that contradicts it: 401', () => {
		const ok = checkDelivery(headers, raw, regs);
		expect(ok.kind).toBe('accepted');
		const topic = String(headers['x-wc-webhook-topic']);
		if (ok.kind === 'accepted') expect(`${ok.delivery.resource}.${ok.delivery.event}`).toBe(topic);
		const lying = checkDelivery({ ...headers, 'x-wc-webhook-resource': 'coupon' }, raw, regs);
		expect([lying.status, (lying.body as { error: string }).error]).toEqual([401, 'header_mismatch']);
	});

	it('a pending registration (derived secret, id not saved yet) accepts its signed delivery whatever the id', () => {
		const topic = String(headers['x-wc-webhook-topic']);
		const pending = regs.filter((r) => r.topic === topic).map((r) => ({ ...r, id: Number.NaN, pending: true }));
		const r = checkDelivery({ ...headers, 'x-wc-webhook-id': '12345' }, raw, pending);
		expect(r.kind).toBe('accepted');
		if (r.kind === 'accepted') expect(r.delivery.webhookId).toBe(12345);
	});

	it('webhook id this node did not register: 400 unknown_webhook, no start', () => {
		const r = checkDelivery({ ...headers, 'x-wc-webhook-id': '99' }, raw, regs);
		expect([r.kind, r.status, (r.body as { error: string }).error]).toEqual(['refused', 400, 'unknown_webhook']);
	});

	it('refusal bodies never contain the secret', () => {
		const variants = [
			checkDelivery({ ...headers, 'x-wc-webhook-id': '99' }, raw, regs),
			checkDelivery({ ...headers, 'x-wc-webhook-signature': 'x' }, raw, regs),
			checkDelivery(headers, Buffer.from('{}'), regs),
		];
		for (const v of variants) expect(JSON.stringify(v.body)).not.toContain(d.webhook_secret);
	});

	it('signed body that is not a JSON object: 400 invalid_payload', () => {
		const body = Buffer.from('[1,2]');
		const r = checkDelivery(
			{ ...headers, 'x-wc-webhook-signature': computeSignature(d.webhook_secret, body) },
			body,
			regs,
		);
		expect([r.status, (r.body as { error: string }).error]).toEqual([400, 'invalid_payload']);
	});

	it('two webhooks with the same topic (production and test URL): each delivery is checked with its own secret', () => {
		const both: Registration[] = [
			{ id: 7, topic: 'order.created', secret: 'ProductionSecretLettersDigits0123456789abcd' },
			{ id: 1, topic: 'order.created', secret: d.webhook_secret },
		];
		const ok = checkDelivery(headers, raw, both);
		expect([ok.kind, ok.status]).toEqual(['accepted', 200]);
		if (ok.kind === 'accepted') expect(ok.delivery.registration.id).toBe(1);
		// Signed with one of our secrets but naming an id we do not know: 400; signed by none: 401.
		expect(checkDelivery({ ...headers, 'x-wc-webhook-id': '8' }, raw, both).status).toBe(400);
		expect(checkDelivery(headers, raw, [{ ...both[0], id: 1 }]).status).toBe(401);
	});

	it('every real delivery is accepted by a node that registered its topic/id/secret', () => {
		for (const x of signed) {
			const h = lower(x.headers);
			const reg = { id: Number(h['x-wc-webhook-id']), topic: h['x-wc-webhook-topic'], secret: x.webhook_secret };
			const r = checkDelivery(h, Buffer.from(x.raw_body, 'utf8'), [reg]);
			expect([x.file, r.kind]).toEqual([x.file, 'accepted']);
		}
	});
});
