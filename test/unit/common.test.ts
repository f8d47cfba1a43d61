import type { IExecuteFunctions, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { buildBody } from '../../nodes/WooCommerce/actions/shared/bodies';
import { idObjects, parseId } from '../../nodes/WooCommerce/actions/shared/ids';
import { parseFieldList, selectFields, topLevelFields, valueAtPath } from '../../nodes/WooCommerce/actions/shared/records';
import { parseJsonParameter, toApiValue } from '../../nodes/WooCommerce/actions/shared/values';
import { filtersToQuery } from '../../nodes/WooCommerce/actions/shared/records';

const node: INode = {
	id: '1',
	name: 'WooCommerce',
	type: 'n8n-nodes-woocommerce.wooCommerce',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};
// Only getNode is used by these pure helpers (to build errors).
const ctx = { getNode: () => node } as unknown as IExecuteFunctions;

function errorOf(fn: () => unknown): NodeOperationError {
	try {
		fn();
	} catch (error) {
		return error as NodeOperationError;
	}
	throw new Error('expected an error');
}

describe('parseId: IDs a number cannot hold exactly are refused, never rounded', () => {
	it.each([
		['9007199254740993', 'text beyond Number.MAX_SAFE_INTEGER'],
		['12345678901234567890123', 'a 23-digit ID'],
		[{ __rl: true, mode: 'id', value: '9007199254740992' }, 'a resource locator'],
		[{ __rl: true, mode: 'url', value: 'https://shop.test/wp-admin/post.php?post=9007199254740993&action=edit' }, 'a URL'],
		[9007199254740992, 'a number above the limit'],
	] as Array<[unknown, string]>)('%j (%s)', (raw) => {
		const error = errorOf(() => parseId(ctx, raw, 4, 'product'));
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toMatch(/^The product ID "[\d.e+]+" in item 5 is too large to be a WooCommerce ID$/);
		expect(error.context.itemIndex).toBe(4);
	});

	it('1e22 given as a number (as an expression yields it) is too large, not sent as 1e+22', () => {
		expect(errorOf(() => parseId(ctx, 1e22, 0, 'order')).message).toBe('The order ID "1e+22" in item 1 is too large to be a WooCommerce ID');
	});

	it('the largest exact ID still passes', () => {
		expect(parseId(ctx, '9007199254740991', 0, 'product')).toBe(9007199254740991);
	});
});

describe('parseId', () => {
	it('accepts numbers, numeric strings and resource locator values', () => {
		expect(parseId(ctx, 12, 0, 'product')).toBe(12);
		expect(parseId(ctx, ' 34 ', 0, 'product')).toBe(34);
		expect(parseId(ctx, { __rl: true, mode: 'list', value: '56' }, 0, 'product')).toBe(56);
	});

	it('reads the ID from wp-admin and REST URLs', () => {
		const url = (value: string) => ({ __rl: true, mode: 'url', value });
		expect(parseId(ctx, url('https://shop.test/wp-admin/post.php?post=77&action=edit'), 0, 'product')).toBe(77);
		expect(parseId(ctx, url('https://shop.test/wp-admin/admin.php?page=wc-orders&action=edit&id=91'), 0, 'order')).toBe(91);
		expect(parseId(ctx, url('https://shop.test/wp-admin/user-edit.php?user_id=5'), 0, 'customer')).toBe(5);
		expect(parseId(ctx, url('https://shop.test/wp-json/wc/v3/orders/15/notes/8'), 0, 'note')).toBe(8);
		expect(parseId(ctx, url('https://shop.test/wp-json/wc/v3/products/14'), 0, 'product')).toBe(14);
	});

	it('names the field and the 1-based item when the ID is empty, not a number, or a URL without an ID', () => {
		const empty = errorOf(() => parseId(ctx, '', 2, 'product'));
		expect(empty).toBeInstanceOf(NodeOperationError);
		expect(empty.message).toBe('The product ID is empty in item 3');
		expect(empty.context.itemIndex).toBe(2);
		expect(errorOf(() => parseId(ctx, 'blue-shirt', 0, 'product')).message).toBe(
			'The product ID "blue-shirt" in item 1 is not a positive whole number',
		);
		expect(errorOf(() => parseId(ctx, '-4', 0, 'order')).message).toContain('not a positive whole number');
		expect(errorOf(() => parseId(ctx, { __rl: true, mode: 'url', value: 'https://shop.test/shop/' }, 1, 'order')).message).toBe(
			'The order URL in item 2 does not contain an ID',
		);
	});
});

describe('parseJsonParameter', () => {
	it('parses strings and passes objects through', () => {
		expect(parseJsonParameter(ctx, '{"a":1}', 0, 'Body')).toEqual({ a: 1 });
		expect(parseJsonParameter(ctx, { b: 2 }, 0, 'Body')).toEqual({ b: 2 });
		expect(parseJsonParameter(ctx, '', 0, 'Body')).toEqual({});
	});

	it('names the field and the item for invalid JSON', () => {
		const error = errorOf(() => parseJsonParameter(ctx, '{"a":', 4, 'Data (JSON)'));
		expect(error.message).toBe('The field "Data (JSON)" in item 5 is not valid JSON');
		expect(error.context.itemIndex).toBe(4);
	});
});

describe('body building', () => {
	it('unwraps fixedCollections and resource locators, drops empty values, merges Extra Fields last', () => {
		const body = buildBody(
			ctx,
			0,
			{ name: 'Shirt', regular_price: '9.90', sku: '' },
			{
				images: { values: [{ src: 'https://img.test/a.jpg' }] },
				parent: { __rl: true, mode: 'id', value: '3' },
				extraFieldsJson: '{"menu_order": 2, "name": "Shirt (blue)"}',
			},
		);
		expect(body).toEqual({
			name: 'Shirt (blue)',
			regular_price: '9.90',
			images: [{ src: 'https://img.test/a.jpg' }],
			parent: '3',
			menu_order: 2,
		});
	});

	it('refuses an Extra Fields array', () => {
		expect(errorOf(() => buildBody(ctx, 1, { extraFieldsJson: '[1]' })).message).toBe(
			'The field "Extra Fields (JSON)" in item 2 must be a JSON object, not an array',
		);
	});

	it('turns ID lists into [{ id }]', () => {
		expect(idObjects([3, '4'])).toEqual([{ id: 3 }, { id: 4 }]);
		expect(idObjects('5, 6,')).toEqual([{ id: 5 }, { id: 6 }]);
		expect(toApiValue({ values: { key: 'a' } })).toEqual({ key: 'a' });
	});
});

describe('field selection', () => {
	const order = {
		id: 7,
		status: 'processing',
		billing: { email: 'a@b.test', phone: '1', address_1: 'x' },
		line_items: [
			{ id: 1, sku: 'A', quantity: 2, meta_data: [{ key: 'k', value: 'v' }] },
			{ id: 2, sku: 'B', quantity: 1, meta_data: [] },
		],
	};

	it('asks the store for top-level names only', () => {
		const paths = parseFieldList('id, billing.email,line_items.sku ,');
		expect(paths).toEqual(['id', 'billing.email', 'line_items.sku']);
		expect(topLevelFields(paths)).toEqual(['id', 'billing', 'line_items']);
	});

	it('keeps nested fields by dot notation, also inside arrays of objects', () => {
		expect(selectFields(order, ['id', 'billing.email', 'billing.phone', 'line_items.sku'])).toEqual({
			id: 7,
			billing: { email: 'a@b.test', phone: '1' },
			line_items: [{ sku: 'A' }, { sku: 'B' }],
		});
		expect(selectFields(order, ['line_items.sku', 'line_items.quantity'])).toEqual({
			line_items: [
				{ sku: 'A', quantity: 2 },
				{ sku: 'B', quantity: 1 },
			],
		});
		expect(selectFields(order, ['missing', 'status'])).toEqual({ status: 'processing' });
		expect(valueAtPath(order, 'billing.email')).toBe('a@b.test');
	});
});

describe('filtersToQuery', () => {
	it('passes WooCommerce dates through and converts zoned ones to UTC with dates_are_gmt', () => {
		expect(filtersToQuery(ctx, 0, { after: '2026-11-22T10:00:00', status: ['processing', 'on-hold'] }, ['after'])).toEqual({
			after: '2026-11-22T10:00:00',
			status: ['processing', 'on-hold'],
		});
		expect(filtersToQuery(ctx, 0, { before: '2026-11-22T10:00:00.000+02:00' }, ['before'])).toEqual({
			before: '2026-11-22T08:00:00',
			dates_are_gmt: true,
		});
		expect(filtersToQuery(ctx, 0, { search: '', include: [] })).toEqual({});
	});

	it('names an invalid date filter and the item', () => {
		expect(errorOf(() => filtersToQuery(ctx, 1, { after: 'yesterday' }, ['after'])).message).toBe(
			'The filter "after" in item 2 is not a valid date: "yesterday"',
		);
	});
});
