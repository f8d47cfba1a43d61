'use strict';
// Injected faults: match on method and path, fire `times` times (default: forever).
class Faults {
	constructor() {
		this.list = [];
	}
	/**
	 * add({ method?, path?: string prefix | RegExp (matched against the path after /wp-json/wc/vN, e.g. '/products',
	 *        and also against the full request path), times?, status?, headers?, body?, rawBody?, html?, delayMs?, reset?, truncate?, after? (run the real handler first, then answer with the fault),
	 *        when?: (request) => boolean (the logged request: method, path, query, body; e.g. one chunk of a batch),
	 *        onRequest?(sb, request) })
	 * `onRequest` runs (and is awaited) when a matching request arrives, before the store answers (e.g. to change the
	 * store between two page reads); such a fault does nothing else. `headers` alone (no status/body) are merged into the real
	 * answer (a null value removes that header).
	 */
	add(f) {
		const fault = { times: Infinity, ...f, fired: 0 };
		this.list.push(fault);
		return fault;
	}
	clear() {
		this.list = [];
	}
	/** Runs the `onRequest` hooks matching this request, in the order they were added. */
	async observe(sb, method, apiPath, fullPath, request) {
		for (const f of this.list) {
			if (!f.onRequest || !this.matches(f, method, apiPath, fullPath, request)) continue;
			f.fired += 1;
			await f.onRequest(sb, request);
		}
	}
	matches(f, method, apiPath, fullPath, request) {
		if (f.fired >= f.times) return false;
		if (f.method && f.method.toUpperCase() !== method) return false;
		if (f.path !== undefined) {
			const test = (p) => p !== null && (f.path instanceof RegExp ? f.path.test(p) : p.startsWith(f.path));
			if (!test(apiPath) && !test(fullPath)) return false;
		}
		return !(f.when && !f.when(request));
	}
	match(method, apiPath, fullPath, request) {
		for (const f of this.list) {
			if (f.onRequest || !this.matches(f, method, apiPath, fullPath, request)) continue;
			f.fired += 1;
			return f;
		}
		return null;
	}
}
module.exports = { Faults };
