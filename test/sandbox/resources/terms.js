'use strict';
// products/categories, products/tags, products/shipping_classes, products/attributes (+ terms), products/reviews
const { registerCrud, itemLinks } = require('../lib/crud');
const { RestError } = require('../lib/rest');
const { slugify, fmtDate } = require('../lib/store');
const { gravatar } = require('../lib/format');

function register(router, sb) {
	const store = sb.store;
	const countOf = (t) => {
		if (t.taxonomy === 'product_cat') return [...store.products.values()].filter((p) => p.category_ids && p.category_ids.includes(t.id) && p.status === 'publish').length;
		if (t.taxonomy === 'product_tag') return [...store.products.values()].filter((p) => p.tag_ids && p.tag_ids.includes(t.id) && p.status === 'publish').length;
		if (t.taxonomy === 'product_shipping_class') return [...store.products.values()].filter((p) => p.shipping_class === t.slug).length;
		return 0;
	};
	const termArgs = {
		orderby: { type: 'string', enum: ['id', 'include', 'name', 'slug', 'term_group', 'description', 'count'], default: 'name' },
		order: { type: 'string', enum: ['asc', 'desc'], default: 'asc' },
		hide_empty: { type: 'boolean', default: false },
		parent: { type: 'integer' },
		product: { type: 'integer' },
		slug: { type: 'string' },
	};

	function termResource({ base, taxonomy, format, extraFields = [], hierarchical = false, taxonomyOf }) {
		const tax = (params) => (taxonomyOf ? taxonomyOf(params) : taxonomy);
		registerCrud(router, {
			base, postTypeLabel: 'term',
			map: () => store.terms,
			visible: (t, ctx, params) => t.taxonomy === tax(params),
			invalidId: ['woocommerce_rest_term_invalid', 'Resource does not exist.'],
			updateInvalidStatus: 404,
			trash: '501', trashMessage: 'Resource does not support trashing.',
			orderbyEnum: termArgs.orderby.enum, defaultOrderby: 'name', defaultOrder: 'asc',
			listArgs: { ...termArgs, parent: hierarchical ? { type: 'integer' } : undefined },
			keyOf: (t, ob) => (ob === 'name' ? t.name.toLowerCase() : ob === 'count' ? countOf(t) : ob === 'description' ? t.description : undefined),
			filter: (items, a) => {
				if (a.search) items = items.filter((t) => (t.name + ' ' + t.slug).toLowerCase().includes(a.search.toLowerCase()));
				if (a.hide_empty) items = items.filter((t) => countOf(t) > 0);
				if (hierarchical && a.parent !== undefined && !Array.isArray(a.parent)) items = items.filter((t) => t.parent === a.parent);
				if (a.slug) items = items.filter((t) => t.slug === a.slug);
				if (a.product) {
					const p = store.products.get(a.product);
					items = items.filter((t) => p && ((p.category_ids || []).includes(t.id) || (p.tag_ids || []).includes(t.id)));
				}
				return items;
			},
			format: (t, ctx, params) => ({ ...format(t, countOf(t)), _links: links(ctx, base.replace(/\(\?<(\w+)>[^)]*\)/g, (_, n) => params[n]), t) }),
			create: (body, ctx, params) => {
				if (!body.name) throw new RestError('rest_missing_callback_param', 'Missing parameter(s): name', 400, { params: ['name'] });
				const parent = hierarchical ? Number(body.parent || 0) : 0;
				const dup = store.terms.size && [...store.terms.values()].find((t) => t.taxonomy === tax(params) && t.name.toLowerCase() === String(body.name).toLowerCase() && t.parent === parent);
				if (dup) throw new RestError('term_exists', 'A term with the name provided already exists with this parent.', 400, { resource_id: dup.id });
				let slug = slugify(body.slug || body.name);
				let n = 2;
				const base0 = slug;
				while ([...store.terms.values()].some((t) => t.taxonomy === tax(params) && t.slug === slug)) slug = `${base0}-${n++}`;
				const t = { id: store.next('term'), taxonomy: tax(params), name: String(body.name), slug, parent, description: body.description || '', display: body.display || 'default', image: body.image || null, menu_order: body.menu_order || 0 };
				for (const f of extraFields) if (body[f] !== undefined) t[f] = body[f];
				store.terms.set(t.id, t);
				return t;
			},
			update: (t, body) => {
				for (const f of ['name', 'description', 'display', 'image', 'menu_order', ...extraFields]) if (body[f] !== undefined) t[f] = body[f];
				if (body.slug !== undefined) t.slug = slugify(body.slug);
				if (hierarchical && body.parent !== undefined) t.parent = Number(body.parent);
				return t;
			},
			remove: (t) => {
				store.terms.delete(t.id);
				for (const p of store.products.values()) {
					if (p.category_ids) p.category_ids = p.category_ids.filter((x) => x !== t.id);
					if (p.tag_ids) p.tag_ids = p.tag_ids.filter((x) => x !== t.id);
				}
			},
		});
	}
	const links = (ctx, route, t) => itemLinks(ctx, route, t.id, t.parent ? { up: [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/${route}/${t.parent}` }] } : {});

	termResource({
		base: 'products/categories', taxonomy: 'product_cat', hierarchical: true,
		format: (t, count) => ({ id: t.id, name: t.name, slug: t.slug, parent: t.parent, description: t.description, display: t.display, image: t.image, menu_order: t.menu_order, count }),
	});
	termResource({ base: 'products/tags', taxonomy: 'product_tag', format: (t, count) => ({ id: t.id, name: t.name, slug: t.slug, description: t.description, count }) });
	termResource({ base: 'products/shipping_classes', taxonomy: 'product_shipping_class', format: (t, count) => ({ id: t.id, name: t.name, slug: t.slug, description: t.description, count }) });
	termResource({
		base: 'products/attributes/(?<attribute_id>[\\d]+)/terms',
		taxonomyOf: (params) => {
			const a = store.attributes.get(Number(params.attribute_id));
			if (!a) throw new RestError('woocommerce_rest_taxonomy_invalid', 'Taxonomy does not exist.', 404);
			return a.slug;
		},
		format: (t, count) => ({ id: t.id, name: t.name, slug: t.slug, description: t.description, menu_order: t.menu_order, count }),
	});

	// Global attributes: get_items returns every attribute (wc_get_attribute_taxonomies(), ORDER BY attribute_name) in one
	// answer with X-WP-Total = count and X-WP-TotalPages = 1 (capture 035); only `context` is a registered argument, so
	// page/per_page/orderby are ignored, never rejected.
	registerCrud(router, {
		base: 'products/attributes', postTypeLabel: 'attribute', paginated: false, unpaginatedHeaders: true, replaceListArgs: true,
		listArgs: { context: { type: 'string', enum: ['view', 'edit'] } },
		listSort: (items) => items.slice().sort((x, y) => (x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : x.id - y.id)),
		map: () => store.attributes,
		invalidId: ['woocommerce_rest_attribute_invalid', 'Resource does not exist.'],
		updateInvalidStatus: 404,
		trash: '501', trashMessage: 'Resource does not support trashing.',
		format: (a, ctx) => ({ id: a.id, name: a.name, slug: a.slug, type: a.type, order_by: a.order_by, has_archives: a.has_archives, _links: itemLinks(ctx, 'products/attributes', a.id) }),
		create: (body) => {
			if (!body.name) throw new RestError('rest_missing_callback_param', 'Missing parameter(s): name', 400, { params: ['name'] });
			const slug = 'pa_' + slugify(body.slug || body.name).slice(0, 25);
			if ([...store.attributes.values()].some((a) => a.slug === slug)) {
				throw new RestError('woocommerce_rest_cannot_create', `Slug "${slug.slice(3)}" is already in use. Change it, please.`, 400);
			}
			const a = { id: store.next('attribute'), name: String(body.name), slug, type: body.type || 'select', order_by: body.order_by || 'menu_order', has_archives: !!body.has_archives };
			store.attributes.set(a.id, a);
			return a;
		},
		update: (a, body) => {
			for (const f of ['name', 'type', 'order_by', 'has_archives']) if (body[f] !== undefined) a[f] = body[f];
			return a;
		},
		remove: (a) => {
			store.attributes.delete(a.id);
			for (const t of [...store.terms.values()]) if (t.taxonomy === a.slug) store.terms.delete(t.id);
		},
	});

	// Product reviews (comments of type review). WP_Comment_Query: reviewer -> author__in (user ids), reviewer_exclude ->
	// author__not_in, reviewer_email -> author_email, product -> post__in; status 'all' means hold + approved (not spam/trash).
	registerCrud(router, {
		base: 'products/reviews', postTypeLabel: 'review',
		map: () => store.comments,
		visible: (c) => c.type === 'review',
		invalidId: ['woocommerce_rest_review_invalid_id', 'Invalid review ID.'],
		updateInvalidStatus: 404,
		trash: 'trash',
		wrapForcedDelete: true,
		orderbyEnum: ['date', 'date_gmt', 'id', 'include', 'product'], defaultOrderby: 'date_gmt',
		keyOf: (c, ob) => (ob === 'date_gmt' ? +c.date_created || 0 : ob === 'product' ? c.product_id : undefined),
		listArgs: {
			product: { type: 'array', items: { type: 'integer' }, default: [] },
			status: { type: 'string', enum: ['all', 'hold', 'approved', 'spam', 'trash'], default: 'approved' },
			reviewer: { type: 'array', items: { type: 'integer' } },
			reviewer_exclude: { type: 'array', items: { type: 'integer' } },
			reviewer_email: { type: 'string', format: 'email' },
		},
		filter: (items, a) => {
			if (a.status === 'all') items = items.filter((c) => c.status === 'approved' || c.status === 'hold');
			else items = items.filter((c) => c.status === a.status);
			if (a.product && a.product.length) items = items.filter((c) => a.product.includes(c.product_id));
			if (a.reviewer && a.reviewer.length) items = items.filter((c) => a.reviewer.includes(c.user_id || 0));
			if (a.reviewer_exclude && a.reviewer_exclude.length) items = items.filter((c) => !a.reviewer_exclude.includes(c.user_id || 0));
			if (a.reviewer_email) items = items.filter((c) => String(c.reviewer_email).toLowerCase() === a.reviewer_email.toLowerCase());
			if (a.search) {
				const s = a.search.toLowerCase();
				items = items.filter((c) => [c.review, c.reviewer, c.reviewer_email].some((x) => String(x || '').toLowerCase().includes(s)));
			}
			return items;
		},
		format: (c, ctx) => {
			const p = store.products.get(c.product_id);
			return {
				id: c.id, date_created: fmtDate(c.date_created), date_created_gmt: fmtDate(c.date_created), product_id: c.product_id,
				product_name: p ? p.name : '', product_permalink: p ? `${ctx.home}/product/${p.slug}/` : '', status: c.status, reviewer: c.reviewer,
				reviewer_email: c.reviewer_email, review: c.review, rating: c.rating, verified: false,
				reviewer_avatar_urls: { 24: gravatar(c.reviewer_email, 24), 48: gravatar(c.reviewer_email, 48), 96: gravatar(c.reviewer_email, 96) },
				_links: itemLinks(ctx, 'products/reviews', c.id, {
					up: [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/products/${c.product_id}` }],
					...(c.user_id ? { reviewer: [{ embeddable: true, href: `${ctx.home}/wp-json/wp/v2/users/${c.user_id}` }] } : {}),
				}),
			};
		},
		create: (body) => {
			const p = store.products.get(Number(body.product_id));
			if (!p) throw new RestError('woocommerce_rest_product_invalid_id', 'Invalid product ID.', 404);
			if (!body.review) throw new RestError('woocommerce_rest_review_content_invalid', 'Invalid review content.', 400);
			const c = { id: store.next('comment'), type: 'review', date_created: store.now(), product_id: p.id, status: body.status || 'approved',
				reviewer: body.reviewer || '', reviewer_email: body.reviewer_email || '', review: body.review, rating: Number(body.rating || 0),
				// Reviews created through the REST API have no user (wp_insert_comment without user_id); seed with store.addReview().
				user_id: 0 };
			store.comments.set(c.id, c);
			return c;
		},
		update: (c, body) => {
			for (const f of ['status', 'reviewer', 'reviewer_email', 'review']) if (body[f] !== undefined) c[f] = body[f];
			if (body.rating !== undefined) c.rating = Number(body.rating);
			return c;
		},
		remove: (c, { force }) => {
			if (force) store.comments.delete(c.id);
			else c.status = 'trash';
		},
	});
}

module.exports = { register };
