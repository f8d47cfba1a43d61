/**
 * Pure parts of the sales resources: the Simplify shapes, status normalisation, and how UI values become
 * WooCommerce bodies (line items, coupons) — with the errors that name the field and the item.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { prepareCouponBody } from '../../nodes/WooCommerce/actions/coupon/body';
import { prepareCustomerBody } from '../../nodes/WooCommerce/actions/customer/body';
import { listOf, moneyString } from '../../nodes/WooCommerce/actions/shared/values';
import { metaList, prepareLineItems } from '../../nodes/WooCommerce/actions/order/body';
import { normalizeStatus, statusOption } from '../../nodes/WooCommerce/actions/order/statuses';
import { simplifyCustomer } from '../../nodes/WooCommerce/actions/simplify/customer';
import { simplifyOrder } from '../../nodes/WooCommerce/actions/simplify/order';
import { salesResources } from '../../nodes/WooCommerce/actions/groups/sales';
import { ctx, messageOf } from '../helpers/pureContext';

// The order of capture 038 (POST orders), trimmed to what Simplify reads plus a few fields it drops.
const order: IDataObject = {
	id: 25,
	parent_id: 0,
	status: 'pending',
	currency: 'USD',
	date_created: '2026-11-22T17:38:41',
	date_modified: '2026-11-22T17:38:41',
	discount_total: '0.00',
	shipping_total: '5.00',
	total: '80.00',
	total_tax: '0.00',
	customer_id: 0,
	order_key: 'wc_order_rZVStbROP9t1u',
	billing: { first_name: 'Jane', last_name: 'Doe', company: '', address_1: '1 Market St', address_2: 'Suite 5', city: 'San Francisco', state: 'CA', postcode: '94105', country: 'US', email: 'jane.doe@example.com', phone: '+1 415 555 0100' },
	shipping: { first_name: 'Jane', last_name: 'Doe', company: '', address_1: '1 Market St', address_2: 'Suite 5', city: 'San Francisco', state: 'CA', postcode: '94105', country: 'US', phone: '' },
	payment_method: 'bacs',
	payment_method_title: 'Direct bank transfer',
	customer_note: 'Leave at the door',
	date_completed: null,
	date_paid: null,
	number: '25',
	meta_data: [{ id: 1, key: 'channel', value: 'api-test' }],
	line_items: [
		{ id: 1, name: 'Basic Tee (2025)', product_id: 11, variation_id: 0, quantity: 2, subtotal: '30.00', total: '30.00', sku: 'WOO-TEE-1', price: 15, taxes: [] },
		{ id: 2, name: 'Logo Hoodie - S', product_id: 17, variation_id: 18, quantity: 1, subtotal: '45.00', total: '45.00', sku: 'WOO-HOODIE-S', price: 45, taxes: [] },
	],
	_links: { self: [{ href: '{store}/wp-json/wc/v3/orders/25' }] },
};

describe('simplifyOrder', () => {
	it('gives the documented compact shape', () => {
		expect(simplifyOrder(order)).toEqual({
			id: 25,
			number: '25',
			status: 'pending',
			currency: 'USD',
			total: '80.00',
			subtotal: '75.00',
			total_tax: '0.00',
			shipping_total: '5.00',
			discount_total: '0.00',
			date_created: '2026-11-22T17:38:41',
			date_modified: '2026-11-22T17:38:41',
			date_paid: null,
			date_completed: null,
			customer_id: 0,
			billing: { name: 'Jane Doe', email: 'jane.doe@example.com', phone: '+1 415 555 0100' },
			shipping: { name: 'Jane Doe', company: '', address_1: '1 Market St', address_2: 'Suite 5', city: 'San Francisco', state: 'CA', postcode: '94105', country: 'US' },
			line_items: [
				{ id: 1, name: 'Basic Tee (2025)', product_id: 11, variation_id: 0, sku: 'WOO-TEE-1', quantity: 2, total: '30.00' },
				{ id: 2, name: 'Logo Hoodie - S', product_id: 17, variation_id: 18, sku: 'WOO-HOODIE-S', quantity: 1, total: '45.00' },
			],
			payment_method: 'bacs',
			payment_method_title: 'Direct bank transfer',
			customer_note: 'Leave at the door',
		});
	});

	it('copes with a partial order (e.g. from Fields)', () => {
		expect(simplifyOrder({ id: 1 })).toMatchObject({ id: 1, subtotal: '0.00', line_items: [], billing: { name: '', email: '', phone: '' } });
	});
});

describe('simplifyCustomer', () => {
	it('drops avatar, meta and links, keeps both addresses', () => {
		const simple = simplifyCustomer({
			id: 2,
			email: 'alice@example.com',
			first_name: 'Alice',
			last_name: 'Smith',
			role: 'customer',
			username: 'alice',
			date_created: '2026-11-22T17:38:50',
			date_modified: '2026-11-22T17:38:50',
			billing: { first_name: 'Alice', last_name: 'Smith', company: '', address_1: '1 Market St', address_2: 'Suite 5', city: 'San Francisco', postcode: '94105', country: 'US', state: 'CA', email: 'alice@example.com', phone: '555-0101' },
			shipping: { first_name: 'Alice', last_name: 'Smith', company: '', address_1: '1 Market St', address_2: 'Suite 5', city: 'San Francisco', postcode: '94105', country: 'US', state: 'CA', phone: '' },
			is_paying_customer: false,
			avatar_url: 'https://secure.gravatar.com/avatar/x',
			meta_data: [],
			_links: {},
		});
		expect(Object.keys(simple)).toEqual(['id', 'email', 'first_name', 'last_name', 'username', 'role', 'is_paying_customer', 'date_created', 'date_modified', 'billing', 'shipping']);
		expect(simple.billing).toMatchObject({ email: 'alice@example.com', postcode: '94105', state: 'CA' });
		expect(simple.shipping).not.toHaveProperty('email');
	});
});

describe('order statuses', () => {
	it('normalises how people write them', () => {
		expect(normalizeStatus('On hold')).toBe('on-hold');
		expect(normalizeStatus('wc-completed')).toBe('completed');
		expect(normalizeStatus(' PROCESSING ')).toBe('processing');
		expect(normalizeStatus('awaiting_shipment')).toBe('awaiting-shipment');
	});

	it('names core and custom statuses', () => {
		expect(statusOption('pending')).toEqual({ name: 'Pending Payment', value: 'pending' });
		expect(statusOption('awaiting-shipment')).toEqual({ name: 'Awaiting Shipment', value: 'awaiting-shipment' });
	});
});

describe('order line items', () => {
	it('turns UI values into WooCommerce line items', () => {
		expect(
			prepareLineItems(ctx, 0, [
				{ id: 0, product_id: '11', variation_id: 0, quantity: 2, subtotal: '', total: '', meta_data: '' },
				{ product_id: 'https://shop.example/wp-admin/post.php?post=17&action=edit', variation_id: '18', quantity: '1', total: '40.00', meta_data: '[{"key":"size","value":"S"}]' },
				{ id: 7, quantity: 3 },
			]),
		).toEqual([
			{ product_id: 11, quantity: 2 },
			{ product_id: 17, variation_id: 18, quantity: 1, total: '40.00', meta_data: [{ key: 'size', value: 'S' }] },
			{ id: 7, quantity: 3 },
		]);
	});

	it('names the field, the line and the item', () => {
		expect(messageOf(() => prepareLineItems(ctx, 2, [{ product_id: 11, quantity: 1 }, { product_id: 11, quantity: -1 }]))).toBe(
			'The field "Quantity" of line item 2 in item 3 must be a whole number of at least 1, not -1',
		);
		expect(messageOf(() => prepareLineItems(ctx, 0, [{ product_id: '', quantity: 1 }]))).toBe('The field "Product ID" of line item 1 in item 1 is empty');
		expect(messageOf(() => prepareLineItems(ctx, 0, [{ product_id: 11, variation_id: -3 }]))).toBe(
			'The field "Variation ID" of line item 1 in item 1 must be a positive whole number',
		);
		expect(messageOf(() => prepareLineItems(ctx, 0, [{ product_id: 11, total: '1,5' }]))).toBe(
			'The field "Total" of "line item 1" in item 1 is not an amount: "1,5"',
		);
		expect(messageOf(() => prepareLineItems(ctx, 0, [{ product_id: 11, meta_data: '{oops' }]))).toBe(
			'The field "Meta Data (JSON)" of "line item 1" in item 1 is not valid JSON',
		);
	});

	it('reads fixedCollection shapes and meta in both forms', () => {
		expect(listOf({})).toEqual([]);
		expect(listOf({ code: 'x' })).toEqual([{ code: 'x' }]);
		expect(metaList(ctx, 0, '{"a": "1"}', 'Meta')).toEqual([{ key: 'a', value: '1' }]);
		expect(moneyString(ctx, 0, 9.5, 'Amount')).toBe('9.5');
		expect(moneyString(ctx, 0, '', 'Amount')).toBeUndefined();
	});
});

describe('coupon and customer bodies', () => {
	it('types coupon restrictions', () => {
		expect(
			prepareCouponBody(ctx, 0, {
				code: ' SUMMER10 ',
				product_ids: '11, 12',
				amount: '10',
				usage_limit: 0,
				limit_usage_to_x_items: 3,
				email_restrictions: 'a@example.com, b@example.com',
				date_expires: '2030-12-31T23:59:59',
				meta_data: [],
			}),
		).toEqual({
			code: 'SUMMER10',
			product_ids: [11, 12],
			amount: '10',
			usage_limit: null,
			limit_usage_to_x_items: 3,
			email_restrictions: ['a@example.com', 'b@example.com'],
			date_expires: '2030-12-31T23:59:59',
		});
		// A date with a zone (e.g. from an expression) is sent in UTC.
		expect(prepareCouponBody(ctx, 0, { date_expires: '2030-12-31T23:59:59+02:00' })).toEqual({ date_expires_gmt: '2030-12-31T21:59:59' });
		expect(messageOf(() => prepareCouponBody(ctx, 0, { date_expires: 'next year' }))).toBe('The field "Expiry Date" in item 1 is not a valid date: "next year"');
		expect(messageOf(() => prepareCouponBody(ctx, 1, { usage_limit: -1 }))).toBe('The field "Usage Limit" in item 2 must be a whole number (0 for no limit)');
	});

	it('drops empty customer addresses and checks emails', () => {
		expect(prepareCustomerBody(ctx, 0, { email: ' a@example.com ', billing: {}, shipping: { city: 'Oakland' }, meta_data: [] })).toEqual({
			email: 'a@example.com',
			shipping: { city: 'Oakland' },
		});
		expect(messageOf(() => prepareCustomerBody(ctx, 0, { billing: { email: 'nope' } }))).toBe(
			'The field "Billing Address > Email" in item 1 is not an email address: "nope"',
		);
	});
});

describe('Order Refund description', () => {
	it('warns that Refund Through Gateway really moves money, and leaves it off by default', () => {
		const refund = salesResources.find((entry) => entry.value === 'orderRefund')!.module as { description: INodeProperties[] };
		const gateway = refund.description.find((property) => property.name === 'api_refund')!;
		expect(gateway.default).toBe(false);
		expect(gateway.description).toMatch(/really moves money/);
	});
});
