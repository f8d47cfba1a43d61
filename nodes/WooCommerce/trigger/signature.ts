import { createHmac, randomBytes, timingSafeEqual } from 'crypto';

/**
 * WooCommerce webhook signatures.
 *
 * Facts (seen on a real WooCommerce 10 store):
 * - `X-WC-Webhook-Signature = base64(HMAC-SHA256(secret, raw body bytes))`. Re-serialised JSON gives
 *   another value, so the raw bytes must be hashed.
 * - WooCommerce signs with `wp_specialchars_decode(secret, ENT_QUOTES)`: a secret typed as
 *   `p&amp;q` is used as `p&q`. Secrets we generate are letters and digits only, so this never
 *   matters for them; {@link wooSigningKey} reproduces it for secrets set elsewhere.
 * - The ping sent when a webhook is created (or its URL changes) is a form body `webhook_id=N`
 *   with no `X-WC-Webhook-*` headers and no signature.
 */

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALPHANUMERIC_SYMBOLS = `${UPPER}${UPPER.toLowerCase()}0123456789`;

/**
 * The secret of the webhook this trigger registers for a topic: an HMAC of its delivery URL and topic keyed with
 * the consumer secret. Every n8n process that holds the credential can check a delivery with it, also one that
 * arrives before the activation's static data is saved (queue mode: webhook processes read static data from the
 * database). The HMAC reveals nothing of the consumer secret; letters and digits, as WooCommerce needs.
 */
export function deriveWebhookSecret(consumerSecret: string, deliveryUrl: string, topic: string): string {
	return createHmac('sha256', consumerSecret)
		.update(`n8n-nodes-woocommerce webhook secret v1\n${deliveryUrl}\n${topic}`)
		.digest('hex');
}

/** Length of the secrets this package creates (>= 32 as required; 48 characters ~ 285 bits). */
export const WEBHOOK_SECRET_LENGTH = 48;

/**
 * A random secret of letters and digits, drawn from the OS CSPRNG with rejection sampling
 * (no modulo bias).
 */
export function generateWebhookSecret(length = WEBHOOK_SECRET_LENGTH): string {
	if (!Number.isInteger(length) || length < 32) {
		throw new RangeError('A webhook secret must have at least 32 characters');
	}
	// 62 symbols: accept bytes < 248 (= 4 * 62) and take them modulo 62.
	const limit = 248;
	let out = '';
	while (out.length < length) {
		const bytes = randomBytes(length * 2);
		for (const byte of bytes) {
			if (byte < limit) {
				out += ALPHANUMERIC_SYMBOLS[byte % 62];
				if (out.length === length) break;
			}
		}
	}
	return out;
}

/**
 * PHP's `wp_specialchars_decode($text, ENT_QUOTES)`: decodes only `&amp; &lt; &gt; &quot;` and the
 * numeric forms of `' " < > &` (decimal with optional leading zeros, hex with `x`/`X`). One pass,
 * like PHP's `strtr`: `&amp;lt;` becomes `&lt;`, not `<`.
 */
export function wpSpecialcharsDecode(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(
		/&(amp|lt|gt|quot|#0*(?:39|34|60|62|38)|#[xX]0*(?:27|22|26));/g,
		(_match, entity: string) => {
			switch (entity) {
				case 'amp':
					return '&';
				case 'lt':
					return '<';
				case 'gt':
					return '>';
				case 'quot':
					return '"';
				default: {
					const code = /^#[xX]/.test(entity)
						? parseInt(entity.slice(2), 16)
						: parseInt(entity.slice(1), 10);
					return String.fromCharCode(code);
				}
			}
		},
	);
}

/** The key WooCommerce really signs with for a secret given through the API. */
export function wooSigningKey(secret: string): string {
	return wpSpecialcharsDecode(secret);
}

/** `base64(HMAC-SHA256(key, rawBody))`, the value WooCommerce puts in `X-WC-Webhook-Signature`. */
export function computeSignature(secret: string, rawBody: Buffer | string): string {
	return createHmac('sha256', wooSigningKey(secret)).update(rawBody).digest('base64');
}

export type SignatureCheck =
	| { ok: true }
	| { ok: false; reason: 'missing' | 'malformed' | 'mismatch' };

/** A SHA-256 digest in standard base64: 43 characters and one `=`. */
const SIGNATURE_FORMAT = /^[A-Za-z0-9+/]{43}=$/;

function headerValue(value: string | string[] | undefined): string | undefined {
	if (Array.isArray(value)) return value.length === 1 ? value[0] : undefined;
	return value;
}

/** Whether a signature header has the shape of one (one value, base64 of 32 bytes). */
export function signatureFormatOk(signatureHeader: string | string[] | undefined): boolean {
	if (Array.isArray(signatureHeader) && signatureHeader.length > 1) return false;
	const header = headerValue(signatureHeader)?.trim();
	return !!header && SIGNATURE_FORMAT.test(header) && Buffer.from(header, 'base64').length === 32;
}

/**
 * Verifies a delivery's signature header against the raw body in constant time.
 * `missing`: no header (or an empty one); `malformed`: not the base64 of 32 bytes (also several
 * headers at once); `mismatch`: well-formed but signed with another secret or another body.
 */
export function verifySignature(
	secret: string,
	rawBody: Buffer,
	signatureHeader: string | string[] | undefined,
): SignatureCheck {
	if (Array.isArray(signatureHeader) && signatureHeader.length > 1) {
		return { ok: false, reason: 'malformed' };
	}
	const header = headerValue(signatureHeader)?.trim();
	if (!header) return { ok: false, reason: 'missing' };
	if (!SIGNATURE_FORMAT.test(header)) return { ok: false, reason: 'malformed' };
	const received = Buffer.from(header, 'base64');
	if (received.length !== 32) return { ok: false, reason: 'malformed' };
	const expected = createHmac('sha256', wooSigningKey(secret)).update(rawBody).digest();
	return timingSafeEqual(received, expected) ? { ok: true } : { ok: false, reason: 'mismatch' };
}

/**
 * Whether a request is WooCommerce's ping: a form body `webhook_id=<digits>` and no
 * `X-WC-Webhook-Topic`/`X-WC-Webhook-Signature` header. Returns the webhook id, or undefined.
 */
export function parsePing(
	headers: Record<string, string | string[] | undefined>,
	rawBody: Buffer,
): number | undefined {
	if (headers['x-wc-webhook-topic'] !== undefined) return undefined;
	if (headers['x-wc-webhook-signature'] !== undefined) return undefined;
	if (rawBody.length > 40) return undefined;
	const match = /^webhook_id=(\d{1,18})$/.exec(rawBody.toString('latin1').trim());
	return match ? Number(match[1]) : undefined;
}
