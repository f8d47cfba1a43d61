'use strict';
// Data-driven CRUD routes: list (filters, paging, order, _fields), get, create, update, delete (trash or 501), batch.
const { RestError, validateArgs, pagingHeaders, filterFields, sortItems } = require('./rest');
const { parseDate } = require('./store');

const LIST_ARGS = {
	context: { type: 'string', enum: ['view', 'edit'] },
	page: { type: 'integer', minimum: 1, default: 1 },
	per_page: { type: 'integer', minimum: 1, maximum: 100, default: 10 },
	search: { type: 'string' },
	after: { type: 'string', format: 'date-time' },
	before: { type: 'string', format: 'date-time' },
	modified_after: { type: 'string', format: 'date-time' },
	modified_before: { type: 'string', format: 'date-time' },
	exclude: { type: 'array', items: { type: 'integer' } },
	include: { type: 'array', items: { type: 'integer' } },
	offset: { type: 'integer' },
	order: { type: 'string', enum: ['asc', 'desc'], default: 'desc' },
	orderby: { type: 'string', enum: ['date', 'id', 'include', 'title', 'slug', 'modified'], default: 'date' },
	parent: { type: 'array', items: { type: 'integer' } },
	parent_exclude: { type: 'array', items: { type: 'integer' } },
};

/**
 * def: {
 *   base, idName ('id'), map(ctx, params) -> Map, format(item, ctx, params, {edit}), create(body, ctx, params), update(item, body, ctx, params),
 *   remove(item, {force}, ctx, params) -> optional custom delete, trash: 'trash' | '501', trashMessage,
 *   invalidId: [code, message], updateInvalidStatus (400), listArgs, orderbyEnum, keyOf(item, orderby), filter(items, args, ctx, params),
 *   nestedFields, paginated (true), batch (true), bodyArgs (create/update schema), visible(item) -> bool (hidden from lists/gets),
 *   itemPermitted(params) -> bool (see Router.route), afterCreateAnswer(item) (runs once the answer is built)
 * }
 */
function registerCrud(router, def) {
	const idName = def.idName || 'id';
	const itemPattern = `${def.base}/(?<${idName}>[\\d]+)`;
	// replaceListArgs: the route registers only def.listArgs (e.g. products/attributes: context only), so paging
	// parameters are not validated at all, like any unregistered argument in WordPress.
	const listArgs = def.replaceListArgs ? { ...(def.listArgs || {}) } : { ...LIST_ARGS, ...(def.listArgs || {}) };
	if (def.orderbyEnum) listArgs.orderby = { type: 'string', enum: def.orderbyEnum, default: def.defaultOrderby || 'date' };
	if (def.defaultOrder) listArgs.order = { ...listArgs.order, default: def.defaultOrder };
	const [invCode, invMsg] = def.invalidId;

	const find = (ctx, params, id) => {
		const it = def.map(ctx, params).get(Number(id));
		if (!it || (def.visible && !def.visible(it, ctx, params))) return null;
		return it;
	};
	const out = (item, ctx, params, opts = {}) => def.format(item, ctx, params, opts);
	const routeOf = (params, ctx) => '/' + ((ctx && ctx.ns) || 'wc/v3') + '/' + def.base.replace(/\(\?<(\w+)>[^)]*\)/g, (_, n) => params[n]);

	const list = (ctx, params) => {
		const args = validateArgs(ctx.query, listArgs);
		let items = [...def.map(ctx, params).values()].filter((it) => !def.visible || def.visible(it, ctx, params));
		if (args.include && args.include.length) items = items.filter((it) => args.include.includes(it.id));
		if (args.exclude && args.exclude.length) items = items.filter((it) => !args.exclude.includes(it.id));
		const dateFilter = (field, after, before) => {
			if (after) { const d = parseDate(after); items = items.filter((it) => it[field] > d); }
			if (before) { const d = parseDate(before); items = items.filter((it) => it[field] < d); }
		};
		dateFilter('date_created', args.after, args.before);
		dateFilter('date_modified', args.modified_after, args.modified_before);
		if (def.filter) items = def.filter(items, args, ctx, params);
		const keyOf = (it, ob) => {
			if (def.keyOf) { const k = def.keyOf(it, ob); if (k !== undefined) return k; }
			if (ob === 'id') return it.id;
			if (ob === 'include') return args.include ? args.include.indexOf(it.id) : it.id;
			if (ob === 'title' || ob === 'name') return String(it.name || it.title || '').toLowerCase();
			if (ob === 'slug') return it.slug || '';
			if (ob === 'modified') return +it.date_modified || 0;
			if (ob === 'date') return +it.date_created || 0;
			return it[ob] === undefined ? 0 : it[ob];
		};
		const perPage = args.per_page;
		const page = args.page;
		items = def.listSort ? def.listSort(items) : sortItems(items, { orderby: args.orderby, order: args.order, page, keyOf });
		if (def.paginated === false) {
			// Every item in one answer; some routes still send X-WP-Total = count and X-WP-TotalPages = 1.
			const headers = def.unpaginatedHeaders ? { 'X-WP-Total': String(items.length), 'X-WP-TotalPages': '1' } : undefined;
			return { status: 200, headers, body: items.map((it) => filterFields(out(it, ctx, params), ctx.query._fields, { nested: def.nestedFields })) };
		}
		const total = items.length;
		const start = args.offset !== undefined ? args.offset : (page - 1) * perPage;
		const slice = items.slice(start, start + perPage);
		return {
			status: 200,
			headers: pagingHeaders(ctx, total, perPage, page, routeOf(params, ctx)),
			body: slice.map((it) => filterFields(out(it, ctx, params), ctx.query._fields, { nested: def.nestedFields })),
		};
	};

	const get = (ctx, params) => {
		const it = find(ctx, params, params[idName]);
		if (!it) throw new RestError(invCode, invMsg, 404);
		return { status: 200, body: filterFields(out(it, ctx, params), ctx.query._fields, { nested: def.nestedFields, keepLinks: true }) };
	};

	const createOne = (body, ctx, params) => {
		if (body.id !== undefined && body.id !== 0 && body.id !== '0' && def.rejectIdOnCreate !== false) {
			throw new RestError(def.existsCode || `woocommerce_rest_${def.postType || 'object'}_exists`, `Cannot create existing ${def.postTypeLabel || def.postType || 'object'}.`, 400);
		}
		if (def.bodyArgs) validateArgs(body, def.bodyArgs);
		const it = def.create(body, ctx, params);
		return it;
	};
	const create = async (ctx, params) => {
		const it = await createOne(ctx.body, ctx, params);
		const body = out(it, ctx, params, { edit: true });
		if (def.afterCreateAnswer) await def.afterCreateAnswer(it);
		// WooCommerce quirk (real): variations and refunds answer Location with the raw route pattern, e.g.
		// /wc/v3/products/(?P<product_id>[\d]+)/variations/18.
		const locRoute = def.rawLocation ? '/' + (ctx.ns || 'wc/v3') + '/' + def.base.replace(/\(\?</g, '(?P<') : routeOf(params, ctx);
		return { status: def.createStatus || 201, headers: { Location: `${ctx.home}/wp-json${locRoute}/${it.id}` }, body };
	};

	const updateOne = (id, body, ctx, params) => {
		const it = find(ctx, params, id);
		if (!it) throw new RestError(def.updateInvalidCode || invCode, def.updateInvalidMessage || invMsg, def.updateInvalidStatus || 400);
		if (def.bodyArgs) validateArgs(body, def.bodyArgs);
		return def.update(it, body, ctx, params) || it;
	};
	const update = async (ctx, params) => {
		const it = await updateOne(params[idName], ctx.body, ctx, params);
		return { status: 200, body: out(it, ctx, params, { edit: true }) };
	};

	const deleteOne = (id, force, ctx, params) => {
		const it = find(ctx, params, id);
		if (!it) throw new RestError(invCode, invMsg, 404);
		if (!force && def.trash !== 'trash') {
			throw new RestError('woocommerce_rest_trash_not_supported', def.trashMessage || 'Resource does not support trashing.', 501);
		}
		const before = out(it, ctx, params, { edit: true });
		if (!force && it.status === 'trash') {
			throw new RestError(`woocommerce_rest_already_trashed`, `The ${def.postTypeLabel || 'resource'} has already been deleted.`, 410);
		}
		if (def.remove) def.remove(it, { force }, ctx, params);
		else def.map(ctx, params).delete(it.id);
		// The reviews controller wraps a permanent delete as { deleted, previous }, unlike the others.
		if (force && def.wrapForcedDelete) return { deleted: true, previous: before };
		return before;
	};
	const del = (ctx, params) => {
		const force = ['true', '1', 'yes'].includes(String(ctx.query.force !== undefined ? ctx.query.force : ctx.body && ctx.body.force));
		return { status: 200, body: deleteOne(params[idName], force, ctx, params) };
	};

	const batch = async (ctx, params) => {
		const b = ctx.body || {};
		const count = ['create', 'update', 'delete'].reduce((n, k) => n + (Array.isArray(b[k]) ? b[k].length : 0), 0);
		if (count > 100) throw new RestError('woocommerce_rest_request_entity_too_large', 'Unable to accept more than 100 items for this request.', 413);
		const res = {};
		const errOf = (e) => (e instanceof RestError ? { code: e.code, message: e.message, data: e.data } : { code: 'woocommerce_rest_error', message: String(e.message), data: { status: 500 } });
		if (Array.isArray(b.create) && b.create.length) {
			res.create = [];
			for (const item of b.create) {
				try {
					const it = await createOne(item || {}, ctx, params);
					res.create.push(out(it, ctx, params, { edit: true }));
					if (def.afterCreateAnswer) await def.afterCreateAnswer(it);
				} catch (e) {
					res.create.push({ id: 0, error: errOf(e) });
				}
			}
		}
		if (Array.isArray(b.update) && b.update.length) {
			res.update = [];
			for (const item of b.update) {
				const id = item && item.id !== undefined ? item.id : 0;
				try {
					const it = await updateOne(Number(id), item || {}, ctx, params);
					res.update.push(out(it, ctx, params, { edit: true }));
				} catch (e) {
					res.update.push({ id: isNaN(Number(id)) ? id : Number(id), error: errOf(e) });
				}
			}
		}
		if (Array.isArray(b.delete) && b.delete.length) {
			res.delete = [];
			for (const raw of b.delete) {
				const id = parseInt(raw, 10) || 0;
				if (id === 0) continue;
				try {
					res.delete.push(deleteOne(id, true, ctx, params));
				} catch (e) {
					res.delete.push({ id, error: errOf(e) });
				}
			}
		}
		return { status: 200, body: res };
	};

	// `validate` runs WordPress's has_valid_params() step, which comes before the permission check.
	const validateBody = (ctx) => def.bodyArgs && ctx.body && typeof ctx.body === 'object' && validateArgs(ctx.body, def.bodyArgs);
	router.route(def.base, {
		GET: { perm: 'list', handler: list, validate: (ctx) => validateArgs(ctx.query, listArgs) },
		POST: { perm: 'create', handler: create, write: true, validate: validateBody },
	});
	if (def.batch !== false) router.route(`${def.base}/batch`, { EDITABLE: { perm: 'batch', handler: batch, write: true } });
	if (def.extraRoutes) def.extraRoutes(router);
	const itemMethods = { GET: { perm: 'view', handler: get } };
	if (def.update) itemMethods.EDITABLE = { perm: 'edit', handler: update, write: true, validate: validateBody };
	itemMethods.DELETE = { perm: 'delete', handler: del, write: true };
	router.route(itemPattern, itemMethods, { permitted: def.itemPermitted });
	return { list, get, create, update, del, batch, find, createOne, updateOne, deleteOne };
}

/** Standard _links for an item. */
function itemLinks(ctx, route, id, extra = {}, allow = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
	return {
		self: [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/${route}/${id}`, targetHints: { allow } }],
		collection: [{ href: `${ctx.home}/wp-json/${ctx.ns || 'wc/v3'}/${route}` }],
		...extra,
	};
}

module.exports = { registerCrud, itemLinks, LIST_ARGS };
