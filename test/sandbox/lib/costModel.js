'use strict';
// What a request costs a real store, so benchmarks see its shape: a latency L per request (network and
// WordPress bootstrap, not holding a PHP worker), W of work per item inside a worker (each operation of a batch,
// a single write, or one read), a pool of P workers (requests beyond P queue), and an optional rate limit answered
// with 429 + Retry-After (counted per window, like a host's limiter).
//
//   startSandbox({ cost: 'network' | 'real store' | { latencyMs, itemWorkMs, workers, rateLimit: { requests, windowMs } } })
//
// Measured on a real WooCommerce 10.0.2 store with 4 PHP workers (issue 11): ~35 ms of work per product in a batch.

const PROFILES = {
	network: { latencyMs: 20, itemWorkMs: 0, workers: 8 },
	'real store': { latencyMs: 20, itemWorkMs: 35, workers: 4 },
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Items of work in a request: the operations of a batch, else one. */
function itemsOf(request) {
	if (/\/batch\/?$/.test(request.path) && request.body && typeof request.body === 'object') {
		const n = ['create', 'update', 'delete'].reduce((sum, k) => sum + (Array.isArray(request.body[k]) ? request.body[k].length : 0), 0);
		return Math.max(1, n);
	}
	return 1;
}

class CostModel {
	constructor(spec) {
		const base = typeof spec === 'string' ? PROFILES[spec] : { ...(spec.profile ? PROFILES[spec.profile] : {}), ...spec };
		if (!base) throw new Error(`sandbox cost model: unknown profile "${spec}" (use ${Object.keys(PROFILES).map((p) => `"${p}"`).join(' or ')})`);
		this.latencyMs = Number(base.latencyMs) || 0;
		this.itemWorkMs = Number(base.itemWorkMs) || 0;
		this.workers = base.workers > 0 ? Math.floor(base.workers) : Infinity;
		this.rateLimit = base.rateLimit || null;
		this.busy = 0;
		this.queue = [];
		this.window = { start: 0, count: 0 };
		/** The most requests served at the same time, and how many had to wait for a worker. */
		this.stats = { peakBusy: 0, queued: 0, throttled: 0 };
	}

	/** Seconds until the rate-limit window lets a request through, or 0 when it may go now. */
	throttle(now = Date.now()) {
		if (!this.rateLimit) return 0;
		const { requests, windowMs } = this.rateLimit;
		if (now - this.window.start >= windowMs) this.window = { start: now, count: 0 };
		if (this.window.count >= requests) {
			this.stats.throttled++;
			return Math.max(1, Math.ceil((this.window.start + windowMs - now) / 1000));
		}
		this.window.count++;
		return 0;
	}

	async acquire() {
		if (this.busy < this.workers) {
			this.busy++;
		} else {
			this.stats.queued++;
			await new Promise((resolve) => this.queue.push(resolve));
		}
		this.stats.peakBusy = Math.max(this.stats.peakBusy, this.busy);
	}

	release() {
		const next = this.queue.shift();
		if (next) next();
		else this.busy--;
	}

	/** Spends the request's time; returns { retryAfter } when the rate limit refuses it. */
	async serve(request) {
		const retryAfter = this.throttle();
		if (retryAfter) return { retryAfter };
		if (this.latencyMs) await sleep(this.latencyMs);
		const work = this.itemWorkMs * itemsOf(request);
		if (work || this.workers !== Infinity) {
			await this.acquire();
			try {
				if (work) await sleep(work);
			} finally {
				this.release();
			}
		}
		return {};
	}
}

module.exports = { CostModel, PROFILES, itemsOf };
