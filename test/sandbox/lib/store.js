'use strict';
// In-memory WordPress/WooCommerce data. IDs come from shared sequences like the real tables:
// posts (products, variations, orders, refunds, coupons), terms, users, comments (notes, reviews), webhooks.

function pad(n) {
	return String(n).padStart(2, '0');
}
/** 'YYYY-MM-DDTHH:MM:SS' (store timezone is UTC). */
function fmtDate(d) {
	if (!d) return null;
	const x = d instanceof Date ? d : new Date(d);
	return `${x.getUTCFullYear()}-${pad(x.getUTCMonth() + 1)}-${pad(x.getUTCDate())}T${pad(x.getUTCHours())}:${pad(x.getUTCMinutes())}:${pad(x.getUTCSeconds())}`;
}
/** Parse a WP date parameter (site timezone = UTC). */
function parseDate(s) {
	if (!s) return null;
	let v = String(s).trim().replace(' ', 'T');
	if (!/([Zz]|[+-]\d{2}:?\d{2})$/.test(v)) v += 'Z';
	const t = Date.parse(v);
	return isNaN(t) ? null : new Date(t);
}
function money(v) {
	const n = Number(v);
	return (isNaN(n) ? 0 : n).toFixed(2);
}
function slugify(s) {
	return String(s)
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9\s-]/g, '')
		.trim()
		.replace(/[\s-]+/g, '-');
}

const TRASH_META = ['_wp_trash_meta_status', '_wp_trash_meta_time', '_wp_desired_post_slug'];
const ORDER_STATUSES = { pending: 'Pending payment', processing: 'Processing', 'on-hold': 'On hold', completed: 'Completed', cancelled: 'Cancelled', refunded: 'Refunded', failed: 'Failed', 'checkout-draft': 'Draft' };

class Store {
	constructor(sandbox) {
		this.sb = sandbox;
		this.seq = { post: 10, term: 15, user: 1, comment: 0, webhook: 0, attribute: 0, meta: 0, item: 0, zone: 0, instance: 0, tax: 0 };
		this.products = new Map(); // includes variations (type 'variation')
		this.orders = new Map(); // includes refunds (type 'refund')
		this.customers = new Map(); // users, incl. the administrator (id 1)
		this.coupons = new Map();
		this.terms = new Map(); // every term: {id, taxonomy, name, slug, parent, description, ...}
		this.attributes = new Map();
		this.comments = new Map(); // order notes and product reviews
		this.webhooks = new Map();
		this.taxes = new Map();
		this.taxClasses = [
			{ slug: 'standard', name: 'Standard rate' },
			{ slug: 'reduced-rate', name: 'Reduced rate' },
			{ slug: 'zero-rate', name: 'Zero rate' },
		];
		this.zones = new Map();
		this.settings = new Map(); // option id -> value overrides
		this.downloads = [];
		const t = this.now();
		// The installer's admin: never saved through WooCommerce (no last_update: date_modified null), seen today.
		const today = Math.floor(t.getTime() / 86400000) * 86400;
		this.customers.set(1, {
			id: 1, date_created: t, date_modified: null, email: 'admin@example.com', first_name: '', last_name: '', role: 'administrator',
			username: 'admin', billing: {}, shipping: {}, is_paying_customer: false, meta_data: [{ id: this.next('meta'), key: 'wc_last_active', value: String(today) }],
		});
		this.terms.set(15, { id: 15, taxonomy: 'product_cat', name: 'Uncategorized', slug: 'uncategorized', parent: 0, description: '', display: 'default', image: null, menu_order: 0 });
	}
	/**
	 * Register a custom order status (register_post_status('wc-…') + the wc_order_statuses filter):
	 * registerOrderStatus('wc-awaiting-pickup', 'Awaiting pickup') or registerOrderStatus({ slug, label }).
	 * The 'wc-' prefix is optional. Orders accept it, lists filter on it, OPTIONS /orders, orders/statuses and
	 * reports/orders/totals list it.
	 */
	registerOrderStatus(slugOrDef, label) {
		const def = typeof slugOrDef === 'object' && slugOrDef !== null ? slugOrDef : { slug: slugOrDef, label };
		const slug = String(def.slug || '').replace(/^wc-/, '');
		if (!slug) throw new Error('registerOrderStatus: slug is required');
		if (!this.customOrderStatuses) this.customOrderStatuses = new Map();
		this.customOrderStatuses.set(slug, def.label !== undefined ? String(def.label) : slug);
		return slug;
	}
	/** wp_trash_post's bookkeeping meta: the status to restore, the time, and the slug the post gives up (if it has one). */
	addTrashMeta(item, status, slug) {
		// A new array: the delete answer, built before the trash, keeps the meta it had.
		item.meta_data = [...item.meta_data, { id: this.next('meta'), key: '_wp_trash_meta_status', value: status }, { id: this.next('meta'), key: '_wp_trash_meta_time', value: String(this.nowSeconds()) }];
		if (slug) item.meta_data.push({ id: this.next('meta'), key: '_wp_desired_post_slug', value: slug });
	}
	/** Untrashing removes that meta again. */
	removeTrashMeta(item) {
		item.meta_data = item.meta_data.filter((m) => !TRASH_META.includes(m.key));
	}
	/** wc_get_order_statuses() of this store: the core ones, then those registered with registerOrderStatus(). */
	orderStatuses() {
		return { ...ORDER_STATUSES, ...Object.fromEntries(this.customOrderStatuses || []) };
	}
	/**
	 * Add a product review as if written on the storefront (e.g. by a logged-in customer: user_id), which the REST API
	 * cannot do (reviews it creates have user_id 0). Returns the stored review.
	 */
	addReview({ product_id, review = 'Nice.', reviewer = '', reviewer_email = '', rating = 5, status = 'approved', user_id = 0, date_created } = {}) {
		const c = { id: this.next('comment'), type: 'review', date_created: date_created ? new Date(date_created) : this.now(), product_id: Number(product_id), status,
			reviewer, reviewer_email, review, rating: Number(rating), user_id: Number(user_id) || 0 };
		this.comments.set(c.id, c);
		return c;
	}
	now() {
		return new Date(Math.floor((Date.now() + (this.sb.settings.clockSkewSeconds || 0) * 1000) / 1000) * 1000);
	}
	nowSeconds() {
		return Math.floor(this.now().getTime() / 1000);
	}
	next(kind) {
		this.seq[kind] += 1;
		return this.seq[kind];
	}
	termsOf(taxonomy) {
		return [...this.terms.values()].filter((t) => t.taxonomy === taxonomy);
	}
	/** Term ids of `id` and all its descendants. */
	termTree(id) {
		const out = new Set([id]);
		let grew = true;
		while (grew) {
			grew = false;
			for (const t of this.terms.values()) if (out.has(t.parent) && !out.has(t.id)) { out.add(t.id); grew = true; }
		}
		return out;
	}
}

module.exports = { Store, fmtDate, parseDate, money, slugify };
