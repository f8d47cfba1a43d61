'use strict';
// Injected faults: match on method and path, fire `times` times (default: forever).
class Faults {
	constructor() {
		this.list = [];
	}
	/**
	 * add({ method?, path?: string prefix | RegExp (matched against the path after /wp-json/wc/vN, e.g. '/products',
	 *        and also against the full request path), times?, status?, headers?, body?, rawBody?, html?, delayMs?, reset?, truncate?, after? (run the real handler first, then answer with the fault),
	 *        when?: (request) => boolean (the logged request: method, path, query, body; e.g. one chunk of a batch) })
	 */
	add(f) {
		const fault = { times: Infinity, ...f, fired: 0 };
		this.list.push(fault);
		return fault;
	}
	clear() {
		this.list = [];
	}
	match(method, apiPath, fullPath, request) {
		for (const f of this.list) {
			if (f.fired >= f.times) continue;
			if (f.method && f.method.toUpperCase() !== method) continue;
			if (f.path !== undefined) {
				const test = (p) => p !== null && (f.path instanceof RegExp ? f.path.test(p) : p.startsWith(f.path));
				if (!test(apiPath) && !test(fullPath)) continue;
			}
			if (f.when && !f.when(request)) continue;
			f.fired += 1;
			return f;
		}
		return null;
	}
}
module.exports = { Faults };
