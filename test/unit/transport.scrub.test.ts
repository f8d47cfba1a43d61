import { REDACTED, answerMayHoldSecrets, scrubAndCut, scrubAnswer, scrubSecrets, scrubText } from '../../nodes/WooCommerce/transport/scrub';

const SECRET = 'cs_fake+secret/with=chars&more';

describe('scrubSecrets', () => {
	it('removes the secret, raw and URL-encoded', () => {
		const encoded = encodeURIComponent(SECRET);
		const text = `raw ${SECRET} enc ${encoded} form ${encoded.replace(/%20/g, '+')}`;
		const out = scrubText(text, [SECRET]);
		expect(out).not.toContain(SECRET);
		expect(out).not.toContain(encoded);
		expect(out).toContain(REDACTED);
	});

	it('removes consumer_secret= and oauth_signature= values from URLs and Link headers', () => {
		const link =
			'<https://shop/wp-json/wc/v3/products?consumer_key=ck_x&consumer_secret=cs_unknown_value&page=2>; rel="next", ' +
			'<https://shop/wp-json/wc/v3/products?oauth_signature=abc%2Bdef%3D&oauth_nonce=n>; rel="prev"';
		const out = scrubText(link);
		expect(out).not.toContain('cs_unknown_value');
		expect(out).not.toContain('abc%2Bdef');
		expect(out).toContain('consumer_key=ck_x');
		expect(out).toContain('oauth_nonce=n');
	});

	it('removes encoded values inside an OAuth base string', () => {
		const base = 'GET&https%3A%2F%2Fshop%2F&consumer_secret%3Dtopsecret%26oauth_signature%3Dsig%26page%3D2';
		const out = scrubText(base);
		expect(out).not.toContain('topsecret');
		expect(out).not.toContain('%3Dsig');
		expect(out).toContain('page%3D2');
	});

	it('removes Authorization header values and Basic tokens', () => {
		const token = Buffer.from('ck_key:cs_secret').toString('base64');
		expect(scrubText(`Authorization: Basic ${token}\r\nAccept: x`)).toBe(`Authorization: ${REDACTED}\r\nAccept: x`);
		expect(scrubText(`sent Basic ${token} to the store`)).not.toContain(token);
		expect(scrubText('Authorization: OAuth oauth_consumer_key="ck", oauth_signature="s%2B1"')).not.toContain('s%2B1');
		expect(scrubText('{"authorization":"Bearer abc.def"}')).not.toContain('abc.def');
	});

	it('leaves ordinary words after "Basic" alone', () => {
		expect(scrubText('Basic Auth is not used over plain HTTP')).toBe('Basic Auth is not used over plain HTTP');
		expect(scrubText('Authentication: Basic Authentication')).toBe('Authentication: Basic Authentication');
	});

	it('walks objects, redacts secret keys and leaves the input alone', () => {
		const input = {
			url: `https://shop/x?consumer_secret=${encodeURIComponent(SECRET)}`,
			headers: { Authorization: 'Basic Zm9vOmJhcg==', Accept: 'application/json' },
			nested: [{ message: `bad ${SECRET}` }],
			consumerSecret: SECRET,
		};
		const out = scrubSecrets(input, [SECRET]);
		const text = JSON.stringify(out);
		expect(text).not.toContain(SECRET);
		expect(text).not.toContain(encodeURIComponent(SECRET));
		expect(text).not.toContain('Zm9vOmJhcg==');
		expect(out.headers.Accept).toBe('application/json');
		expect(input.consumerSecret).toBe(SECRET);
	});

	it('survives cycles', () => {
		const a: Record<string, unknown> = { secret: 'x' };
		a.self = a;
		const out = scrubSecrets(a) as Record<string, unknown>;
		expect(out.self).toBe(out);
		expect(out.secret).toBe(REDACTED);
	});

	it('ignores very short secret values (they would mangle ordinary text)', () => {
		expect(scrubText('a cat', ['a'])).toBe('a cat');
	});
});

describe('scrubAndCut: scrub first, then cut', () => {
	const secret = 'cs_0123456789abcdef0123456789abcdef';

	it('a secret that straddles the cut is redacted, never shown in part', () => {
		const text = `${'x'.repeat(100)} ${secret} tail`;
		const out = scrubAndCut(text, 120, [secret]);
		expect(out.length).toBeLessThanOrEqual(120);
		expect(out).not.toContain(secret.slice(0, 8));
		expect(out).not.toContain('cs_0123');
	});

	it('never ends in half a [redacted] marker', () => {
		const out = scrubAndCut(`${'y'.repeat(115)}${secret}`, 120, [secret]);
		expect(out).toBe('y'.repeat(115));
	});
});

describe('answerMayHoldSecrets: whether an answer needs the walk over every string', () => {
	const secret = 'cs_0123456789abcdef';
	const token = 'Y2tfYWJj/Zm9v+YmFy==';
	const secrets = [secret, token];
	const page = (extra: string) => JSON.stringify([{ id: 1, name: 'Caf\u00e9 au lait', note: extra, permalink: 'https://shop/x/' }]).replace(/\//g, '\\/').replace(/é/g, '\\u00e9');

	it('is false for an ordinary page (non-ASCII escaped as WordPress writes it)', () => {
		expect(answerMayHoldSecrets(page('ok'), secrets)).toBe(false);
	});

	it.each([
		['the secret', `see ${secret}`],
		['the secret URL-encoded form of the token', 'Y2tfYWJj%2FZm9v%2BYmFy%3D%3D'],
		['a query-string secret in any case', 'x?CONSUMER_SECRET=abc'],
		['an OAuth signature', 'oauth_signature=abc'],
	])('is true when the text holds %s', (_what, note) => {
		expect(answerMayHoldSecrets(page(note), secrets)).toBe(true);
	});

	it('is true for the token as JSON writes it (slashes escaped), and for an ASCII \\u escape that could spell a key', () => {
		expect(answerMayHoldSecrets(JSON.stringify({ note: `Basic ${token}` }).replace(/\//g, '\\/'), secrets)).toBe(true);
		expect(answerMayHoldSecrets('{"note":"\\u0063onsumer_secret=abc"}', secrets)).toBe(true);
	});

	it('what it lets through, scrubAnswer would have returned unchanged', () => {
		const text = page('nothing secret here');
		expect(answerMayHoldSecrets(text, secrets)).toBe(false);
		expect(scrubAnswer(JSON.parse(text), secrets)).toEqual(JSON.parse(text));
	});
});
