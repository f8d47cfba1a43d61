/**
 * Paths relative to the API root (`wc/v3`, `wc-api/v3`) must stay under it: `../../wp/v2/users` would read
 * WordPress users with the store's key. Servers decode `%2e` and `%2f` and treat `\` as `/`, so the path is
 * normalised the way the server will see it before it is checked.
 */

/** Percent-encodings a server may turn into path syntax: `.`, `/`, `\` and an encoded `%` in front of them. */
const PATH_SYNTAX = /%(2e|2f|5c|25)/i;
const PATH_SYNTAX_ALL = new RegExp(PATH_SYNTAX.source, 'gi');

export type ApiPathResult = { ok: true; path: string } | { ok: false; reason: string };

/** Normalises the path part of an endpoint (no query string) and refuses one that leaves the API root. */
export function normalizeApiPath(raw: string): ApiPathResult {
	let path = raw;
	// Decode until stable: `%252e` is `%2e` once a proxy has decoded it.
	for (let round = 0; round < 5 && PATH_SYNTAX.test(path); round++) {
		path = path.replace(PATH_SYNTAX_ALL, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
	}
	if (PATH_SYNTAX.test(path)) return { ok: false, reason: 'it is percent-encoded too many times' };
	const segments: string[] = [];
	for (const segment of path.replace(/\\/g, '/').split('/')) {
		if (segment === '' || segment === '.') continue;
		if (segment === '..') {
			if (segments.length === 0) return { ok: false, reason: 'it leaves the API root (".." above it)' };
			segments.pop();
			continue;
		}
		segments.push(segment);
	}
	return { ok: true, path: segments.join('/') };
}
