/**
 * The sandbox's OAuth verifier (test/sandbox/lib/oauth.js) against the oracle of real accepted/refused requests:
 * every accepted request must verify byte for byte, every refused one must be refused.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CAPTURES_DIR } from './captures';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseStr } = require('../sandbox/lib/php');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const oauth = require('../sandbox/lib/oauth');

const dir = path.join(CAPTURES_DIR, 'oauth-oracle');
// The oracle is part of the repo: a missing one fails the suite, never skips it.
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'basic-auth.json');

describe('contract: sandbox OAuth verifier vs the oauth-oracle', () => {
	test('the oracle is there', () => {
		expect(files.length).toBeGreaterThan(0);
	});

	test.each(files)('%s', (file) => {
		const c = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
		const u = new URL(c.url_sent);
		const q = parseStr(c.url_sent.includes('?') ? c.url_sent.slice(c.url_sent.indexOf('?') + 1) : '');
		const post = c.method === 'POST' && String(c.content_type || '').includes('form') ? parseStr(c.body) : parseStr('');
		const header = c.authorization_header || (c.headers_set_on_purpose || {}).Authorization;
		const got = oauth.getOAuthParameters(q, post, header);
		const base = u.origin + u.pathname;
		const err = oauth.checkSignature(c.method, base, got.params, 'cs_published_example_secret');
		if (file.startsWith('rejected')) {
			expect(err && err.message).toBe('Invalid signature - provided signature does not match.');
		} else {
			expect(oauth.baseString(c.method, base, got.params)).toBe(c.base_string);
			expect(err).toBeNull();
		}
	});
});
