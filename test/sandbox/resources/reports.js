'use strict';
// reports: sales, top_sellers and the totals reports
const { RestError, validateArgs, ok } = require('../lib/rest');
const { captured, withHome } = require('../lib/format');

function register(router, sb) {
	const store = sb.store;
	const fx = (ctx, key) => withHome(captured[key], ctx.home);
	router.route('reports', { GET: { perm: 'list', handler: (ctx) => ok(fx(ctx, 'reportsIndex')) } });
	// reports/sales and reports/top_sellers (legacy report code): period enum (week, month, last_month, year) and
	// date_min/date_max (wc_rest_validate_reports_request_arg: YYYY-MM-DD only) are validated like the real store.
	// HPOS: the legacy report reads the posts table, so every total is zero and top_sellers is [] (captures 134/135).
	const REPORT_ARGS = { context: { type: 'string', enum: ['view'] }, period: { type: 'string', enum: ['week', 'month', 'last_month', 'year'] } };
	const validateReport = (ctx) => {
		const params = {};
		const details = {};
		try {
			validateArgs(ctx.query, REPORT_ARGS);
		} catch (e) {
			if (!(e instanceof RestError) || e.code !== 'rest_invalid_param') throw e;
			Object.assign(params, e.data.params);
			Object.assign(details, e.data.details);
		}
		for (const name of ['date_min', 'date_max']) {
			const v = ctx.query[name];
			if (v === undefined) continue;
			if (typeof v !== 'string') {
				params[name] = `${name} is not of type string`;
				details[name] = { code: 'woocommerce_rest_invalid_param', message: params[name], data: null };
			} else if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) {
				params[name] = 'The date you provided is invalid.';
				details[name] = { code: 'woocommerce_rest_invalid_date', message: params[name], data: null };
			}
		}
		const bad = Object.keys(params);
		if (bad.length) throw new RestError('rest_invalid_param', `Invalid parameter(s): ${bad.join(', ')}`, 400, { params, details });
	};
	const pad2 = (n) => String(n).padStart(2, '0');
	const dayKey = (d) => `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
	const monthKey = (d) => `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}`;
	const utcDay = (y, m, d) => new Date(Date.UTC(y, m, d));
	/** WC_Admin_Report::calculate_current_range for the REST filter: [start, end, groupby]. */
	const reportRange = (q) => {
		const now = store.now();
		const today = utcDay(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
		const period = q.period;
		if (period === 'year') return [utcDay(today.getUTCFullYear(), 0, 1), today, 'month'];
		if (period === 'last_month') return [utcDay(today.getUTCFullYear(), today.getUTCMonth() - 1, 1), utcDay(today.getUTCFullYear(), today.getUTCMonth(), 0), 'day'];
		if (period === 'month') return [utcDay(today.getUTCFullYear(), today.getUTCMonth(), 1), today, 'day'];
		if (period === 'week') return [new Date(today.getTime() - 6 * 86400000), today, 'day'];
		// Custom range (no period): date_min..date_max, today when neither is given; more than 3 months -> by month.
		const parse = (v) => { const [y, m, d] = v.split('-').map(Number); return utcDay(y, m - 1, d); };
		const start = q.date_min ? parse(q.date_min) : q.date_max ? parse(q.date_max) : today;
		let end = q.date_max ? parse(q.date_max) : today;
		if (end < start) end = start;
		let months = 0;
		for (let t = utcDay(start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate()); t <= end; t = utcDay(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())) months++;
		return [start, end, months > 3 ? 'month' : 'day'];
	};
	const salesReport = (ctx) => {
		validateReport(ctx);
		const [start, end, groupby] = reportRange(ctx.query);
		const totals = {};
		const zero = () => ({ sales: '0.00', orders: 0, items: 0, tax: '0.00', shipping: '0.00', discount: '0.00', customers: 0 });
		if (groupby === 'month') {
			for (let t = utcDay(start.getUTCFullYear(), start.getUTCMonth(), 1); t <= end; t = utcDay(t.getUTCFullYear(), t.getUTCMonth() + 1, 1)) totals[monthKey(t)] = zero();
		} else {
			for (let t = start; t <= end; t = new Date(t.getTime() + 86400000)) totals[dayKey(t)] = zero();
		}
		const base = fx(ctx, 'reportsSales')[0];
		return ok([{ ...base, totals_grouped_by: groupby, totals }]);
	};
	router.route('reports/sales', { GET: { perm: 'list', handler: salesReport, validate: validateReport } });
	router.route('reports/top_sellers', { GET: { perm: 'list', handler: (ctx) => { validateReport(ctx); return ok([]); }, validate: validateReport } });
	const totals = (rows) => ok(rows);
	router.route('reports/orders/totals', {
		GET: { perm: 'list', handler: () => totals(Object.entries(store.orderStatuses()).map(([slug, name]) => ({ slug, name, total: [...store.orders.values()].filter((o) => o.type === 'order' && o.status === slug).length }))) },
	});
	router.route('reports/products/totals', {
		GET: { perm: 'list', handler: () => totals(['external', 'grouped', 'simple', 'variable'].map((slug) => ({ slug, name: { external: 'External/Affiliate product', grouped: 'Grouped product', simple: 'Simple product', variable: 'Variable product' }[slug], total: [...store.products.values()].filter((p) => p.type === slug && p.status !== 'trash').length }))) },
	});
	router.route('reports/customers/totals', {
		GET: { perm: 'list', handler: () => { const cs = [...store.customers.values()].filter((c) => c.role === 'customer'); return totals([{ slug: 'paying', name: 'Paying customer', total: cs.filter((c) => c.is_paying_customer).length }, { slug: 'non_paying', name: 'Non-paying customer', total: cs.filter((c) => !c.is_paying_customer).length }]); } },
	});
	router.route('reports/coupons/totals', {
		GET: { perm: 'list', handler: () => totals(['percent', 'fixed_cart', 'fixed_product'].map((slug) => ({ slug, name: { percent: 'Percentage discount', fixed_cart: 'Fixed cart discount', fixed_product: 'Fixed product discount' }[slug], total: [...store.coupons.values()].filter((c) => c.discount_type === slug && c.status !== 'trash').length }))) },
	});
	router.route('reports/reviews/totals', {
		GET: { perm: 'list', handler: () => totals([1, 2, 3, 4, 5].map((n) => ({ slug: `rated_${n}_out_of_5`, name: `Rated ${n} out of 5`, total: [...store.comments.values()].filter((c) => c.type === 'review' && c.rating === n).length }))) },
	});
}

module.exports = { register };
